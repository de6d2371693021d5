"""The Redis cache backend: one Redis client per server, and the site stays up without Redis.

Django's RedisCacheClient builds a new `redis.Redis` for every get and set, and each one
registers some 170 response callbacks: about a third of a millisecond of Python on every
cache call, which is most of what a page served from the page cache costs. A `redis.Redis`
over a connection pool is safe to share between threads, so one per pool does.

Everything kept in this cache can be made again: pages (core.pagecache) and the counts of
the form rate limit (core.ratelimit). So when Redis does not answer, a call is taken as a
miss instead of an error (a get finds nothing, a set keeps nothing and returns False, incr()
raises CacheUnavailable, a ValueError as for a missing key), one warning is logged, and for
PAUSE seconds no call of this process tries Redis at all: pages are rendered for every
visitor, nobody waits on a dead server, and the forms stay open (the rate limit counts
nothing meanwhile). Redis is tried again after the pause.
"""

import functools
import logging
import time

import redis
from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

PAUSE = 5.0  # seconds without trying Redis after it failed
TIMEOUT = 0.5  # seconds to connect to Redis, and to wait for an answer
# Until when this process leaves Redis alone. One for the process, not per cache object:
# Django gives each thread its own (gunicorn's gthread workers run two).
_paused_until = 0.0


class CacheUnavailable(ValueError):
    """incr() while the cache does not answer (a ValueError, as for a key that is missing)."""


class SharedClientRedisCacheClient(RedisCacheClient):
    """Django's client, keeping the `redis.Redis` it makes for each connection pool."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


def _or_miss(miss):
    """Run the cache call; while Redis fails or is paused, give `miss` (or raise it)."""

    def decorate(method):
        @functools.wraps(method)
        def call(self, *args, **kwargs):
            global _paused_until
            if time.monotonic() < _paused_until:
                return _missed(miss, args, kwargs)
            try:
                return method(self, *args, **kwargs)
            except redis.RedisError as error:
                _paused_until = time.monotonic() + PAUSE
                logger.warning(
                    "Redis did not answer (%s); the cache is bypassed for %.0f s", error, PAUSE
                )
                return _missed(miss, args, kwargs)

        return call

    return decorate


def _missed(miss, args, kwargs):
    if miss is CacheUnavailable:
        raise CacheUnavailable("the cache does not answer")
    return miss(args, kwargs) if callable(miss) else miss


class SharedClientRedisCache(RedisCache):
    """settings.CACHES backend: Django's RedisCache with the shared client and the miss rule
    above."""

    def __init__(self, server, params):
        # A Redis that hangs holds a page no longer than this (settings' OPTIONS may say more).
        timeouts = {"socket_connect_timeout": TIMEOUT, "socket_timeout": TIMEOUT}
        params = {**params, "OPTIONS": {**timeouts, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient

    def validate_key(self, key):
        """Nothing to check: Redis takes any key. Django's check warns of what memcached
        refuses, a character at a time, on each key of every call (two on each page served)."""

    get = _or_miss(lambda args, kwargs: args[1] if len(args) > 1 else kwargs.get("default"))(
        RedisCache.get
    )
    get_many = _or_miss({})(RedisCache.get_many)
    set = _or_miss(False)(RedisCache.set)
    add = _or_miss(False)(RedisCache.add)
    touch = _or_miss(False)(RedisCache.touch)
    delete = _or_miss(False)(RedisCache.delete)
    has_key = _or_miss(False)(RedisCache.has_key)
    incr = _or_miss(CacheUnavailable)(RedisCache.incr)
    set_many = _or_miss(lambda args, kwargs: list(args[0] if args else kwargs["data"]))(
        RedisCache.set_many
    )
    delete_many = _or_miss(None)(RedisCache.delete_many)
    clear = _or_miss(False)(RedisCache.clear)
