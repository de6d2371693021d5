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
"""

import contextvars
import hashlib
from functools import lru_cache

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone

from core.i18n import remember_language

GENERATION_KEY = "page:generation"
PREFIX = "page2:"  # 2: headers kept as ResponseHeaders keeps them
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


class PageCacheMiddleware:
    """Serve and keep whole pages for anonymous GET requests (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _name in settings.LANGUAGES}
        self.bypass_prefixes = ("/healthz", "/i18n/", "/static/", "/media/")
        self.admin_marker = "/" + settings.ADMIN_PATH.strip("/") + "/"
        self.language_cookies = {code: _language_morsel(code) for code in self.languages}

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS:
            return self.get_response(request)
        if request.method not in ("GET", "HEAD") or not self._cacheable(request):
            response = self.get_response(request)
            if request.method == "POST" and self.admin_marker in request.path:
                self._after_editor_post(request, response)
            return response
        key = self._key(request)
        found = cache.get_many([key, GENERATION_KEY])
        generation = found.get(GENERATION_KEY, 0)
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            return self._replay(request, entry)
        token = _expires.set(None)
        try:
            response = self.get_response(request)
            self._store(request, response, key, generation, _expires.get())
        finally:
            _expires.reset(token)
        response["X-Page-Cache"] = "miss"
        return response

    def _cacheable(self, request):
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return False
        path = request.path
        if path.startswith(self.bypass_prefixes) or self.admin_marker in path:
            return False
        return len(request.META.get("QUERY_STRING", "")) <= 512

    def _key(self, request):
        encoding = accepted_encoding(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        address = request.get_full_path()
        if self._language(request) is None:
            # Outside /lv/, /ru/, /en/ the language is negotiated (Vary: Accept-Language).
            address += "\n" + request.META.get("HTTP_ACCEPT_LANGUAGE", "")
            address += "\n" + request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        address = address.encode("utf-8", "surrogateescape")
        return f"{PREFIX}{encoding}:{hashlib.sha256(address).hexdigest()}"

    def _language(self, request):
        code = request.path.split("/", 2)[1] if request.path.count("/") > 1 else ""
        return code if code in self.languages else None

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
        language = self._language(request)
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
