"""WSGI entry point for gunicorn: Django, with page-cache hits answered before it (core.pagecache)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.prod")

from core.pagecache import CachedPagesApplication  # noqa: E402 - after Django is set up

application = CachedPagesApplication(get_wsgi_application())
