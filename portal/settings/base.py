"""Settings shared by every environment; the rest comes from the environment."""

import os
from pathlib import Path

import dj_database_url
import dj_email_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    """Read DJANGO_<name> from the environment."""
    return os.environ.get(f"DJANGO_{name}", default)


def env_bool(name, default=False):
    """DJANGO_<name> read as a yes/no value."""
    value = env(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """DJANGO_<name> read as a comma-separated list."""
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def require(name):
    """Fail at start-up when a variable production needs is missing."""
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value


DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before django.contrib.admin.
    "modeltranslation",
    # Django's admin with the back office's site (its home page is the dashboard).
    "backoffice.apps.BackOfficeAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_filters",
    "reversion",
    "django_prose_editor",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    # Dependencies run up this list: core at the bottom, portal (the site's pages) at the top.
    "core",
    "languages",
    "topics",
    "branches",
    "services",
    "enquiries",
    "news",
    "events",
    "dialogue",
    "materials",
    "search",
    "privacy",
    "backoffice",
    "demo",
    "portal",
]

MIDDLEWARE = [
    # First, so that every log line of the request, even a redirect's, carries its id.
    "core.middleware.RequestIdMiddleware",
    # Then whole pages for anonymous visitors (a hit ends here), compressed on the way in.
    "core.pagecache.PageCacheMiddleware",
    "core.compression.CompressionMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.RequestSanityMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.middleware.PermissionsPolicyMiddleware",
    "core.middleware.MediaNonceMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LanguageMiddleware",
    "portal.middleware.RememberLanguageMiddleware",
    "portal.middleware.ErrorPageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it answers a locked-out login with the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site",
            ],
            # {% url %} without arguments: each address worked out once.
            "builtins": ["core.templatetags.constant_urls"],
        },
    },
]

DATABASES = {
    # PostgreSQL in production and CI; SQLite only as the embedded default for a first run.
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Languages: Latvian first and default. Ukrainian is switched on by one setting.
LANGUAGE_CODE = "lv"
LANGUAGES = [
    ("lv", _("Latvian")),
    ("ru", _("Russian")),
    ("en", _("English")),
]
if env_bool("ENABLE_UKRAINIAN"):
    LANGUAGES.append(("uk", _("Ukrainian")))
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates and times as Europe writes them (portal/formats/en): 29 November 2026, 10:00.
FORMAT_MODULE_PATH = ["portal.formats"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Riga"

MODELTRANSLATION_DEFAULT_LANGUAGE = "lv"
# Content columns exist for Ukrainian too, so turning it on needs no migration.
MODELTRANSLATION_LANGUAGES = ("lv", "ru", "en", "uk")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("lv", "en")}
# Served from static/, never from a CDN (see FIELD-NOTES).
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "core.staticfiles.StaticFilesStorage"},
}
if env("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env("AWS_S3_ENDPOINT_URL"),
            "region_name": env("AWS_S3_REGION_NAME"),
            "access_key": env("AWS_ACCESS_KEY_ID"),
            "secret_key": env("AWS_SECRET_ACCESS_KEY"),
            "default_acl": None,
            "querystring_auth": False,
        },
    }

if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "core.cache.SharedClientRedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": "portal",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The anonymous page cache (core.pagecache): a page lives this many seconds at most, less when
# it shows the clock, and goes stale at once when an editor changes content of these apps.
PAGE_CACHE_SECONDS = 300 if env_bool("PAGE_CACHE", True) else 0
PAGE_CACHE_APPS = {
    "languages",
    "topics",
    "branches",
    "services",
    "news",
    "events",
    "dialogue",
    "materials",
    "search",
    "backoffice",
}

# Uploads: images and documents are checked by content in the model fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

LOGIN_URL = "admin:login"
# After logging in, an editor lands on the back office's dashboard, where their work is.
LOGIN_REDIRECT_URL = "admin:index"

# A branch, an offer or a service not checked for this many days is listed as "needs review".
BACKOFFICE_REVIEW_AFTER_DAYS = int(env("REVIEW_AFTER_DAYS", "183"))

# One line per record with the request's id; JSON in production (see prod.py). Personal data
# never reaches a log: callers log kinds and ids, and the filter masks addresses and numbers.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "core.logs.RequestIdFilter"},
        "personal_data": {"()": "core.logs.PersonalDataFilter"},
    },
    "formatters": {
        "plain": {"format": "%(levelname)s %(name)s [%(request_id)s] %(message)s"},
        "json": {"()": "core.logs.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["request_id", "personal_data"],
            "formatter": env("LOG_FORMAT", "plain"),
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Both announce themselves at INFO on every start, management commands included.
        "axes": {"level": "WARNING"},
        "pikepdf": {"level": "WARNING"},
    },
}

# The agency's public contact details, shown in the footer and contact page.
AGENCY_EMAIL = env("AGENCY_EMAIL", "info@example.lv")
AGENCY_PHONE = env("AGENCY_PHONE", "+371 67 000 000")

# Mail: every message goes through the outbox (core.mail) and the task queue, never inline.
# DJANGO_EMAIL_URL: smtp://user:password@host:587/?tls=True, or console:// on a developer's machine.
_email = dj_email_url.parse(env("EMAIL_URL", "console://"))
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
EMAIL_HOST = _email["EMAIL_HOST"]
EMAIL_PORT = _email["EMAIL_PORT"]
EMAIL_HOST_USER = _email["EMAIL_HOST_USER"]
EMAIL_HOST_PASSWORD = _email["EMAIL_HOST_PASSWORD"]
EMAIL_USE_TLS = _email["EMAIL_USE_TLS"]
EMAIL_USE_SSL = _email["EMAIL_USE_SSL"]
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "20"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "One-Stop Agency <no-reply@example.lv>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The language of notices to staff (the agency works in Latvian).
STAFF_LANGUAGE = env("STAFF_LANGUAGE", "lv")
# Absolute links in e-mails (a worker has no request to take the host from).
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

# The persistent queue: django-tasks with its database backend; `manage.py db_worker` runs it.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# A failed delivery is tried again after 1, 2, 4 ... minutes, at most an hour apart, for two days.
MAIL_RETRY_BASE_SECONDS = int(env("MAIL_RETRY_BASE_SECONDS", "60"))
MAIL_RETRY_MAX_SECONDS = int(env("MAIL_RETRY_MAX_SECONDS", "3600"))
MAIL_MAX_ATTEMPTS = int(env("MAIL_MAX_ATTEMPTS", "60"))
# Sent messages are kept this long for the log, then deleted by `privacy_cleanup`.
MAIL_KEEP_DAYS = int(env("MAIL_KEEP_DAYS", "90"))

# Public forms: a per-address limit shared through the cache (Redis across processes).
FORM_RATE_LIMIT = int(env("FORM_RATE_LIMIT", "5"))
FORM_RATE_WINDOW_SECONDS = int(env("FORM_RATE_WINDOW_SECONDS", "600"))
# Behind a proxy, the header that holds the visitor's address (e.g. HTTP_X_REAL_IP).
CLIENT_IP_HEADER = env("CLIENT_IP_HEADER", "")

# Privacy: personal data of closed requests is anonymised after this many days.
ENQUIRY_RETENTION_DAYS = int(env("ENQUIRY_RETENTION_DAYS", "365"))
# A personal link in a registration e-mail stops working after this many days.
REGISTRATION_LINK_MAX_AGE_DAYS = int(env("REGISTRATION_LINK_MAX_AGE_DAYS", "180"))
# The events series the Dialogue Platform page shows.
DIALOGUE_SERIES_SLUG = env("DIALOGUE_SERIES_SLUG", "dialogue-platform")

from .security import *  # noqa: E402, F403 - headers, passwords, lockout, admin path
