"""WSGI entry point of the floor: `gunicorn --config gunicorn.conf.py benchmarks.floor.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.floor.settings"
application = get_wsgi_application()
