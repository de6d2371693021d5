"""Site-wide middleware: request ids, sane requests, Permissions-Policy, nonces for form media."""

import re
import uuid

from django.conf import settings
from django.core.exceptions import BadRequest
from js_asset.media import Media

from core.logs import request_id

# An id from the proxy (nginx's $request_id) is kept so both logs tell of one request; anything
# else a client sends in its place is replaced, so it cannot forge or break a log line.
SAFE_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")


class RequestIdMiddleware:
    """Give each request an id: on every log line written for it and in X-Request-ID."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")
        request.id = incoming if SAFE_ID.fullmatch(incoming) else uuid.uuid4().hex
        token = request_id.set(request.id)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response["X-Request-ID"] = request.id
        return response


class RequestSanityMiddleware:
    """Refuse, with the 400 page, what no browser sends and Django would take for a bug.

    A Content-Length that is not a number reaches `int()` in `request.body`; a NUL in the path
    reaches PostgreSQL, which refuses it with an error of its own. (Parameters are the forms'
    business: their fields refuse a NUL with a message.)
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = request.META.get("CONTENT_LENGTH") or "0"
        if not length.isascii() or not length.isdigit():
            raise BadRequest("Content-Length is not a number.")
        if "\x00" in request.path:
            raise BadRequest("NUL in the address.")
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Switch off the browser features the site never uses (settings.PERMISSIONS_POLICY)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class MediaNonceMiddleware:
    """Give form media that carry an inline import map the request's CSP nonce.

    django-prose-editor's widget media (django-js-asset) render a `<script type="importmap">`;
    the Content-Security-Policy runs it only with the nonce. Media without one stay as they
    are, so a page asks for a nonce only when it has inline code (the admin's forms).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        media = (response.context_data or {}).get("media")
        if getattr(media, "_importmap", None) is not None:
            response.context_data["media"] = Media.from_media(media, nonce=request.csp_nonce)
        return response
