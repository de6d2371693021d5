"""The floor: the least a Django project can be. No apps, no middleware, no database."""

SECRET_KEY = "floor-benchmark-only"  # signs nothing: no sessions, no forms, no cookies
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "benchmarks.floor.urls"
INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {}
USE_TZ = True
