"""Compressed pages: brotli or gzip, whichever the browser takes, for text responses.

BREACH: an attacker who can inject text into a compressed page and watch its size can guess
a secret on that page byte by byte. Public pages hold no secret (the page cache keeps them
the same for every visitor). A page with a form holds the CSRF token: Django masks it anew
on every response, so it never repeats, and such a page is sent with gzip only, whose
header Django pads with random bytes ("Heal the Breach") so sizes do not line up; it never
gets brotli. Pages under a session (the admin) are compressed the same way.
"""

import brotli
from django.conf import settings
from django.utils.cache import patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile
from django.utils.text import compress_string

from core.pagekeys import accepted_encoding

TEXT_TYPES = _lazy_re_compile(
    r"^(text/|application/(json|xml|atom\+xml|rss\+xml|ld\+json|javascript))"
)
MIN_SIZE = 200
BROTLI_QUALITY = 5  # close to gzip -6 in speed, about a sixth smaller on these pages


class CompressionMiddleware:
    """Compress text responses of 200 bytes or more (see the module docstring on BREACH)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.streaming
            or response.has_header("Content-Encoding")
            or len(response.content) < MIN_SIZE
            or not TEXT_TYPES.match(response.get("Content-Type", ""))
        ):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        encoding = accepted_encoding(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        # Django sets the CSRF cookie on every response whose page used the token.
        secret = (
            settings.CSRF_COOKIE_NAME in response.cookies
            or settings.SESSION_COOKIE_NAME in request.COOKIES
        )
        if encoding == "br" and not secret:
            body = brotli.compress(response.content, quality=BROTLI_QUALITY)
        elif encoding:
            encoding = "gzip"
            body = compress_string(response.content, max_random_bytes=100)
        else:
            return response
        if len(body) >= len(response.content):
            return response
        response.content = body
        response["Content-Length"] = str(len(body))
        response["Content-Encoding"] = encoding
        if response.has_header("ETag"):
            response["ETag"] = response["ETag"].replace('"', f'-{encoding}"', 1)
        return response
