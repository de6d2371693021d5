"""Development: the embedded SQLite default, debug on, a throw-away key."""

from .base import *  # noqa: F403
from .base import env, env_list

DEBUG = True
# Only for a developer's own machine; production reads DJANGO_SECRET_KEY and refuses to start without.
SECRET_KEY = env("SECRET_KEY") or "dev-only-insecure-key-not-for-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
