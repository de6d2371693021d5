"""What guards the site in every environment: headers, passwords, lockout, the admin's address.

Imported at the end of `base`, so each environment sees it and may tighten it (prod does).
"""

import re
from datetime import timedelta

from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from .base import env, env_list

# Argon2 for every new or changed password; the older hashers only read what is already stored
# (Django re-hashes such a password with Argon2 at the person's next login).
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# django-axes: after this many wrong passwords for one user name from one address, that pair
# is locked out until the cool-off passes or an administrator deletes the attempt in the admin.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(env("LOGIN_FAILURE_LIMIT", "5"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_COOLOFF_TIME = timedelta(minutes=int(env("LOGIN_LOCKOUT_MINUTES", "30")))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "core.accounts.axes_lockout_response"
# The same visitor's address as the forms' rate limit (the proxy's header when configured).
AXES_CLIENT_IP_CALLABLE = "core.ratelimit.client_address"
# Log lines name an attempt by a keyed hash, never by the user name or the address.
AXES_CLIENT_STR_CALLABLE = "core.accounts.axes_client_str"
AXES_USERNAME_CALLABLE = "core.accounts.axes_username"

# The admin's address below the language prefix: /lv/<ADMIN_PATH>/. Moving it off "admin/"
# spares the log the scanners that try every site's /admin/; it is not a secret.
ADMIN_PATH = env("ADMIN_PATH", "admin").strip("/") + "/"
if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,49}/", ADMIN_PATH):
    raise ImproperlyConfigured("DJANGO_ADMIN_PATH: lowercase letters, digits, - and _ only.")

# Content-Security-Policy (django-csp 4). Public pages need no inline code at all, so their
# policy is the same on every response; only admin pages that must run an inline <style> (and
# are never cached) use a nonce, which django-csp adds to the header when a template asks for it.
CSP_MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS")
# The stylesheet Tiptap (django-prose-editor 0.28) injects as a <style>; the browser test of
# the admin's news form fails on an upgrade that changes it, and tells the new hash.
TIPTAP_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE, TIPTAP_STYLE_HASH],
        "img-src": [SELF, "data:", *CSP_MEDIA_ORIGINS],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
if env("CSP_REPORT_URI"):
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["report-uri"] = env("CSP_REPORT_URI")

# Features the site never uses, switched off for it and anything it could be made to embed.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

# While the database does not answer, pages say 503 and ask to come back after this long.
DATABASE_RETRY_AFTER_SECONDS = int(env("DATABASE_RETRY_AFTER_SECONDS", "30"))
