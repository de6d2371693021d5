# Production image: Python 3.11 slim, dependencies from uv.lock, run by a non-root user.
FROM python:3.11-slim-bookworm AS base

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    PATH="/opt/venv/bin:$PATH"

RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext libicu72 \
    && rm -rf /var/lib/apt/lists/* \
    && pip install --no-cache-dir uv==0.13.9 \
    && useradd --create-home --uid 10001 portal

WORKDIR /app
COPY pyproject.toml uv.lock ./
# PyICU compiles against ICU's headers; the compiler and headers leave the image afterwards.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libicu-dev pkg-config g++ \
    && uv sync --frozen --no-dev --no-install-project --python /usr/local/bin/python3 \
    && apt-get purge -y --auto-remove libicu-dev pkg-config g++ \
    && rm -rf /var/lib/apt/lists/* /root/.cache

COPY --chown=portal:portal . .

# Catalogues and static files are built into the image, not at start-up.
RUN DJANGO_SETTINGS_MODULE=portal.settings.dev python manage.py compilemessages --ignore=.venv -v0 \
    && DJANGO_SETTINGS_MODULE=portal.settings.dev DJANGO_STATIC_ROOT=/app/staticfiles \
       python manage.py collectstatic --noinput -v0 \
    && mkdir -p /app/media && chown -R portal:portal /app/media /app/staticfiles

USER portal
ENV DJANGO_SETTINGS_MODULE=portal.settings.prod \
    DJANGO_STATIC_ROOT=/app/staticfiles \
    DJANGO_MEDIA_ROOT=/app/media
EXPOSE 8000
# The check sends the first allowed host name, so ALLOWED_HOSTS need not list 127.0.0.1.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import os, sys, urllib.request as u; host = os.environ.get('DJANGO_ALLOWED_HOSTS', 'localhost').split(',')[0].strip(); r = u.urlopen(u.Request('http://127.0.0.1:8000/healthz', headers={'Host': host}), timeout=4); sys.exit(0 if r.status == 200 else 1)"
CMD ["gunicorn", "--config", "gunicorn.conf.py"]
