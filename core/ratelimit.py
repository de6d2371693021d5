"""A per-address limit on public forms, counted in the shared cache (Redis across processes)."""

import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac


def client_address(request):
    """The visitor's address: from the proxy's header when one is configured, else the socket.

    Only a well-formed IP address is taken from the header: django-axes stores the result in an
    address column, where anything else would be an error instead of a login attempt.
    """
    header = settings.CLIENT_IP_HEADER
    value = request.META.get(header, "") if header else ""
    candidate = value.split(",")[0].strip()
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return request.META.get("REMOTE_ADDR", "") or "0.0.0.0"


def rate_limit_hit(*, scope, address, limit=None, window=None):
    """Count one submission from `address`; True when it goes over the limit of the window.

    The key holds a keyed hash of the address, never the address itself. ``cache.add`` starts
    the window and ``cache.incr`` is atomic in Redis, so processes sharing it count together.
    """
    limit = settings.FORM_RATE_LIMIT if limit is None else limit
    window = settings.FORM_RATE_WINDOW_SECONDS if window is None else window
    digest = salted_hmac("core.ratelimit", address).hexdigest()[:32]
    key = f"ratelimit:{scope}:{digest}"
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=window)
        count = 1
    return count > limit
