"""The anonymous page cache: whole public pages for visitors who are not signed in.

A page is kept per host, scheme, path and query string (core.pagekeys) and per content
encoding, in the default cache: Redis when configured, so every app process shares one copy,
else local memory. One generation number, also in that cache, stands for "the content as
editors left it": any save or delete of public content, and any change an editor posts in the
admin, moves it on, and every page stored under an older number is a miss. With Redis, each
process also keeps the pages it served lately and hears each new number as it is published
(core.pagememory): most hits cost no round trip at all. Otherwise a hit costs one round trip
(the page and the number are read together). No hit costs a database query.

Never kept: requests with a session (editors) or pending messages; anything but GET and HEAD;
a response that is not 200, sets a cookie other than the language cookie, carries a CSRF
token (a form), a CSP nonce, or says `private`/`no-store`. A page that shows the clock ("open
now") calls `expires_at()` with the moment its text changes; every other page lives at most
settings.PAGE_CACHE_SECONDS, so a post scheduled for later appears within that time.

Two doors lead to the same pages. CachedPagesApplication wraps the WSGI application (what
gunicorn serves): a hit is answered there, before Django builds a request or sends its request
signals (a hit then costs about half as much). On a miss it leaves the key and the generation
it read in the environ, and PageCacheMiddleware renders and stores the page without reading
again. Without the wrapper (Django's test client), the middleware serves hits itself.
"""

import contextvars
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.core.handlers.wsgi import get_str_from_wsgi
from django.http import HttpResponse
from django.http.cookie import parse_cookie
from django.utils import timezone

from core.cache import CacheUnavailable
from core.i18n import remember_language
from core.middleware import SAFE_ID
from core.pagekeys import admin_marker, page_key, path_language, prefix_languages
from core.pagememory import PageMemory, shared

GENERATION_KEY = "page:generation"
# The pages this process keeps, and the generation as it hears it (core.pagememory).
memory = PageMemory(GENERATION_KEY)
# Environ key: (key, generation) of a lookup made by CachedPagesApplication that found no page.
LOOKED_UP = "portal.page_cache"
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
    """Move the generation on: every stored page is stale from now (a signal receiver too).

    When the cache does not answer (core.cache), the move is kept pending in this process and
    made before the next page it serves or stores: a save during a Redis outage that kept
    Redis's data would otherwise leave its old pages standing until they expire.
    """
    global _bump_pending
    try:
        if shared():  # Redis: every process hears the new number (core.pagememory)
            memory.moved(cache.incr_and_publish(GENERATION_KEY))
        else:
            cache.incr(GENERATION_KEY)
        moved = True
    except CacheUnavailable:
        moved = False
    except ValueError:  # not there yet, or evicted
        moved = cache.set(GENERATION_KEY, 1, timeout=None) is not False
    if not moved:
        memory.forget()
    _bump_pending = not moved


_bump_pending = False  # a bump the cache did not take (see bump())


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


def _lookup(key):
    """(generation, entry or None): the page under `key` and the current generation, from
    this process's memory, else in one read of the cache."""
    if _bump_pending:
        bump()
    generation = memory.generation()
    if generation is not None:
        entry = memory.get(key, generation)
        if entry is None:
            entry = cache.get(key)
            if entry is None or entry[0] != generation or entry[3] <= time.time():
                return generation, None
            memory.keep(key, entry)
        return generation, entry
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
        header = get_str_from_wsgi(environ, "HTTP_COOKIE", "")  # decoded as Django does
        cookies = parse_cookie(header) if header else {}
        key = page_key(environ, cookies)
        if key is None:
            return self.application(environ, start_response)
        generation, entry = _lookup(key)
        if entry is None:
            environ[LOOKED_UP] = (key, generation)
            return self.application(environ, start_response)
        _generation, headers, content, _expires = entry
        incoming = environ.get("HTTP_X_REQUEST_ID", "")
        response_headers = [
            *headers.values(),
            ("X-Page-Cache", "hit"),
            ("X-Request-ID", incoming if SAFE_ID.fullmatch(incoming) else uuid.uuid4().hex),
        ]
        language = path_language(environ.get("PATH_INFO", "/"))
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
        self.language_cookies = {code: _language_morsel(code) for code in prefix_languages()}

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS:
            return self.get_response(request)
        key = None
        if request.method in ("GET", "HEAD"):
            key = page_key(request.META, request.COOKIES)
        if key is None:
            response = self.get_response(request)
            if request.method == "POST" and admin_marker() in request.path:
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
        entry = (generation, headers, response.content, time.time() + timeout)
        if cache.set(key, entry, timeout=timeout) is not False:
            memory.keep(key, entry)

    def _replay(self, request, entry):
        _generation, headers, content, _expires = entry
        response = HttpResponse(content)
        # Django checked every header when the page was made: they go back in as its
        # ResponseHeaders keeps them, not one by one through the checks again (a fifth of
        # the time of a hit).
        response.headers._store.update(headers)
        language = path_language(request.path)
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
