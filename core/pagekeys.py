"""The key a page is kept under in the page cache (core.pagecache), from the WSGI environ.

Both doors of the page cache, the WSGI application and the middleware, make the key here from
the same environ, so that a page stored by one is found by the other.
"""

import hashlib
from functools import lru_cache

from django.conf import settings
from django.http.request import split_domain_port, validate_host

PREFIX = "page5:"  # 5: entries carry their expiry (core.pagememory); 4: host, scheme, script name
BYPASS_PREFIXES = ("/healthz", "/i18n/", "/static/", "/media/")
MAX_QUERY = 512


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


def page_key(meta, cookies):
    """The cache key of the page a GET or HEAD asks for, or None when it is neither kept nor
    served from the cache. `meta` is the WSGI environ (request.META), `cookies` its cookies."""
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    path = meta.get("PATH_INFO", "/")
    if path.startswith(BYPASS_PREFIXES) or admin_marker() in path:
        return None
    query = meta.get("QUERY_STRING", "")
    host = _host(meta)
    if len(query) > MAX_QUERY or not _allowed_host(host):
        return None
    secure = _secure(meta)
    if settings.SECURE_SSL_REDIRECT and not secure:
        return None  # SecurityMiddleware sends it to https
    # Everything the page's links are made of: a page is never served to another host, scheme
    # or script name than it was made for (its canonical and alternate links are absolute).
    parts = [host.lower(), secure, meta.get("SCRIPT_NAME", ""), path, query]
    if path_language(path) is None:
        # Outside /lv/, /ru/, /en/ the language is negotiated (Vary: Accept-Language).
        parts += [meta.get("HTTP_ACCEPT_LANGUAGE", ""), cookies.get(settings.LANGUAGE_COOKIE_NAME)]
    encoding = accepted_encoding(meta.get("HTTP_ACCEPT_ENCODING", ""))
    digest = hashlib.sha256(repr(parts).encode("utf-8", "surrogateescape")).hexdigest()
    return f"{PREFIX}{encoding}:{digest}"


def admin_marker():
    """'/<admin path>/': any path holding it is the admin's."""
    return "/" + settings.ADMIN_PATH.strip("/") + "/"


def _host(meta):
    """The host as request.get_host() reads it, before it is checked."""
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in meta:
        return meta["HTTP_X_FORWARDED_HOST"]
    if "HTTP_HOST" in meta:  # even empty: Django then refuses it
        return meta["HTTP_HOST"]
    return f"{meta.get('SERVER_NAME', '')}:{meta.get('SERVER_PORT', '')}"


def _allowed_host(host):
    """Whether Django would take `host` (else it answers 400, never from here)."""
    domain, _port = split_domain_port(host)
    return bool(domain) and validate_host(domain, settings.ALLOWED_HOSTS)


def _secure(meta):
    """request.is_secure() from the environ, the proxy's header included."""
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure_value = settings.SECURE_PROXY_SSL_HEADER
        if header in meta:
            return meta[header].split(",", 1)[0].strip() == secure_value
    return meta.get("wsgi.url_scheme") == "https"


def path_language(path):
    """The language of the path's prefix (/lv/, /ru/, /en/), or None outside them."""
    code = path.split("/", 2)[1] if path.count("/") > 1 else ""
    return code if code in prefix_languages() else None


@lru_cache(maxsize=1)
def prefix_languages():
    """The codes of settings.LANGUAGES."""
    return frozenset(code for code, _name in settings.LANGUAGES)
