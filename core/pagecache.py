"""The anonymous page cache: whole public pages for visitors who are not signed in.

A page is kept per address (path and query string) and per content encoding, in the default
cache: Redis when configured, so every app process shares one copy, else local memory. One
generation number, also in that cache, stands for "the content as editors left it": any save
or delete of public content, and any change an editor posts in the admin, moves it on, and
every page stored under an older number is a miss. A hit costs one round trip (the page and
the number are read together) and no database query.

Never kept: requests with a session (editors) or pending messages; anything but GET and HEAD;
a response that is not 200, sets a cookie other than the language cookie, carries a CSRF
token (a form), a CSP nonce, or says `private`/`no-store`. A page that shows the clock ("open
now") calls `expires_at()` with the moment its text changes; every other page lives at most
settings.PAGE_CACHE_SECONDS, so a post scheduled for later appears within that time.

Two doors lead to the same pages. CachedPagesApplication wraps the WSGI application (what
gunicorn serves): a hit is answered there, before Django builds a request or sends its request
signals (a hit then costs about half as much). On a miss it leaves the key and the generation
it read in the environ, and PageCacheMiddleware renders and stores the page without reading
again. Without the wrapper (the test client, `runserver`), the middleware serves hits itself.
"""

import contextvars
import hashlib
import uuid
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.http.cookie import parse_cookie
from django.http.request import split_domain_port, validate_host
from django.utils import timezone

from core.i18n import remember_language
from core.middleware import SAFE_ID

GENERATION_KEY = "page:generation"
PREFIX = "page3:"  # 3: the address as the WSGI environ gives it
# Environ key: (key, generation) of a lookup made by CachedPagesApplication that found no page.
LOOKED_UP = "portal.page_cache"
BYPASS_PREFIXES = ("/healthz", "/i18n/", "/static/", "/media/")
MAX_QUERY = 512
# Headers set on the way out by the middleware outside this one, never stored.
NOT_STORED = {"x-request-id", "set-cookie"}

_expires = contextvars.ContextVar("page_cache_expires", default=None)


def expires_at(moment):
    """Keep the page being rendered no later than `moment` (an aware datetime)."""
    if moment is None:
        return
    current = _expires.get()
    if current is None or moment < current:
        _expires.set(moment)


def bump(**_ignored):
    """Move the generation on: every stored page is stale from now (a signal receiver too)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there yet, or evicted
        cache.set(GENERATION_KEY, 1, timeout=None)


@lru_cache(maxsize=128)
def accepted_encoding(header):
    """'br', 'gzip' or '' for an Accept-Encoding header; a coding with q=0 is refused."""
    accepted = set()
    for part in header.lower().split(","):
        name, *params = (piece.strip() for piece in part.split(";"))
        refused = False
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    refused = float(value) <= 0
                except ValueError:
                    refused = True
        if name and not refused:
            accepted.add(name)
    if "br" in accepted:
        return "br"
    if "gzip" in accepted or "*" in accepted:
        return "gzip"
    return ""


def connect_signals(app_labels):
    """Move the generation on whenever a model of `app_labels` is saved, deleted or relinked."""
    from django.apps import apps
    from django.db.models.signals import m2m_changed, post_delete, post_save

    for model in apps.get_models():
        if model._meta.app_label in app_labels:
            post_save.connect(
                bump, sender=model, dispatch_uid=f"pagecache-save-{model._meta.label}"
            )
            post_delete.connect(
                bump, sender=model, dispatch_uid=f"pagecache-delete-{model._meta.label}"
            )
    m2m_changed.connect(_relinked, dispatch_uid="pagecache-m2m")


def _relinked(sender, instance, **_kwargs):
    if instance._meta.app_label in settings.PAGE_CACHE_APPS:
        bump()


def page_key(meta, cookies):
    """The cache key of the page a GET or HEAD asks for, or None when it is neither kept nor
    served from the cache. `meta` is the WSGI environ (request.META), `cookies` its cookies."""
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    path = meta.get("PATH_INFO", "/")
    if path.startswith(BYPASS_PREFIXES) or _admin_marker() in path:
        return None
    query = meta.get("QUERY_STRING", "")
    if len(query) > MAX_QUERY or not _allowed_host(meta):
        return None
    if settings.SECURE_SSL_REDIRECT and not _secure(meta):
        return None  # SecurityMiddleware sends it to https
    address = f"{path}?{query}"
    if _language(path) is None:
        # Outside /lv/, /ru/, /en/ the language is negotiated (Vary: Accept-Language).
        address += "\n" + meta.get("HTTP_ACCEPT_LANGUAGE", "")
        address += "\n" + cookies.get(settings.LANGUAGE_COOKIE_NAME, "")
    encoding = accepted_encoding(meta.get("HTTP_ACCEPT_ENCODING", ""))
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()
    return f"{PREFIX}{encoding}:{digest}"


@lru_cache(maxsize=1)
def _admin_marker():
    return "/" + settings.ADMIN_PATH.strip("/") + "/"


def _allowed_host(meta):
    """Whether Django would take the Host header (else it answers 400, never from here)."""
    domain, _port = split_domain_port(meta.get("HTTP_HOST") or meta.get("SERVER_NAME", ""))
    return bool(domain) and validate_host(domain, settings.ALLOWED_HOSTS)


def _secure(meta):
    """request.is_secure() from the environ, the proxy's header included."""
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure_value = settings.SECURE_PROXY_SSL_HEADER
        if header in meta:
            return meta[header].split(",", 1)[0].strip() == secure_value
    return meta.get("wsgi.url_scheme") == "https"


def _language(path):
    code = path.split("/", 2)[1] if path.count("/") > 1 else ""
    return code if code in _languages() else None


@lru_cache(maxsize=1)
def _languages():
    return frozenset(code for code, _name in settings.LANGUAGES)


def _lookup(key):
    """(generation, entry or None): the page under `key` and the generation, in one read."""
    found = cache.get_many([key, GENERATION_KEY])
    generation = found.get(GENERATION_KEY, 0)
    entry = found.get(key)
    return generation, entry if entry is not None and entry[0] == generation else None


class CachedPagesApplication:
    """The WSGI application answering page-cache hits itself (see the module docstring)."""

    def __init__(self, application):
        self.application = application
        self.language_cookies = {}

    def __call__(self, environ, start_response):
        if not settings.PAGE_CACHE_SECONDS or environ.get("REQUEST_METHOD") != "GET":
            return self.application(environ, start_response)
        header = environ.get("HTTP_COOKIE")
        cookies = parse_cookie(header) if header else {}
        key = page_key(environ, cookies)
        if key is None:
            return self.application(environ, start_response)
        generation, entry = _lookup(key)
        if entry is None:
            environ[LOOKED_UP] = (key, generation)
            return self.application(environ, start_response)
        _generation, headers, content = entry
        incoming = environ.get("HTTP_X_REQUEST_ID", "")
        response_headers = [
            *headers.values(),
            ("X-Page-Cache", "hit"),
            ("X-Request-ID", incoming if SAFE_ID.fullmatch(incoming) else uuid.uuid4().hex),
        ]
        language = _language(environ.get("PATH_INFO", "/"))
        if language and cookies.get(settings.LANGUAGE_COOKIE_NAME) != language:
            response_headers.append(("Set-Cookie", self._language_cookie(language)))
        start_response("200 OK", response_headers)
        return [content]

    def _language_cookie(self, code):
        value = self.language_cookies.get(code)
        if value is None:
            value = self.language_cookies[code] = _language_morsel(code).OutputString()
        return value


class PageCacheMiddleware:
    """Serve and keep whole pages for anonymous GET requests (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.language_cookies = {code: _language_morsel(code) for code in _languages()}

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS:
            return self.get_response(request)
        key = None
        if request.method in ("GET", "HEAD"):
            key = page_key(request.META, request.COOKIES)
        if key is None:
            response = self.get_response(request)
            if request.method == "POST" and _admin_marker() in request.path:
                self._after_editor_post(request, response)
            return response
        looked_up = request.META.pop(LOOKED_UP, None)
        if looked_up is not None and looked_up[0] == key:
            generation = looked_up[1]  # CachedPagesApplication found no page: render it
        else:
            generation, entry = _lookup(key)
            if entry is not None:
                return self._replay(request, entry)
        token = _expires.set(None)
        try:
            response = self.get_response(request)
            self._store(request, response, key, generation, _expires.get())
        finally:
            _expires.reset(token)
        response["X-Page-Cache"] = "miss"
        return response

    def _store(self, request, response, key, generation, expires):
        if response.status_code != 200 or response.streaming:
            return
        # A page with a form sets the CSRF cookie (Django sets it whenever the token is used).
        if set(response.cookies) - {settings.LANGUAGE_COOKIE_NAME}:
            return
        control = response.get("Cache-Control", "")
        if "private" in control or "no-store" in control or "no-cache" in control:
            return
        if "nonce-" in response.get("Content-Security-Policy", ""):
            return
        timeout = settings.PAGE_CACHE_SECONDS
        if expires is not None:
            timeout = min(timeout, int((expires - timezone.now()).total_seconds()))
        if timeout < 1:
            return
        headers = {
            name.lower(): (name, value)
            for name, value in response.items()
            if name.lower() not in NOT_STORED
        }
        cache.set(key, (generation, headers, response.content), timeout=timeout)

    def _replay(self, request, entry):
        _generation, headers, content = entry
        response = HttpResponse(content)
        # Django checked every header when the page was made: they go back in as its
        # ResponseHeaders keeps them, not one by one through the checks again (a fifth of
        # the time of a hit).
        response.headers._store.update(headers)
        language = _language(request.path)
        if language and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language:
            response.cookies[settings.LANGUAGE_COOKIE_NAME] = self.language_cookies[language]
        response["X-Page-Cache"] = "hit"
        return response

    @staticmethod
    def _after_editor_post(request, response):
        """An editor's change in the admin (saves, deletes, bulk actions) stales every page."""
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and response.status_code < 400:
            bump()


def _language_morsel(code):
    """The language cookie for `code`, made once: a hit only attaches it (Max-Age, no date)."""
    response = HttpResponse()
    remember_language(response, code)
    morsel = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    morsel["expires"] = ""
    return morsel
