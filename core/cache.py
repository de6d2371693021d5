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
import redis.backoff
import redis.retry
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

    @property
    def redis_source(self):
        """The Redis servers of this cache: where core.pagememory subscribes."""
        return self._servers

    @_or_miss(CacheUnavailable)
    def incr_and_publish(self, key):
        """Add one to the number under `key` and publish the new number, in one step: a
        subscriber (subscribe()) never misses a number once it holds.

        A missing number (Redis emptied or restarted) starts at the time in milliseconds,
        not at 1, so that it never repeats one a subscriber may still hold.
        """
        client = self._cache.get_client(key, write=True)
        script = client.register_script(_INCR_AND_PUBLISH)
        made = self.make_and_validate_key(key)
        start = time.time_ns() // 1_000_000
        return int(script(keys=[made], args=[_channel(client, made), start]))

    def subscribe(self, key):
        """(a PubSub hearing each number incr_and_publish() gives `key`, the number under
        `key` or 0), the number read once the subscription holds; raises redis.RedisError
        when Redis does not answer."""
        client = self._cache.get_client(key, write=True)
        made = self.make_and_validate_key(key)
        subscription = client.pubsub()
        try:
            subscription.subscribe(_channel(client, made))
            # redis-py would reconnect and subscribe again on its own, and the numbers
            # published meanwhile would go unheard: a lost connection must be an error.
            subscription.connection.retry = redis.retry.Retry(redis.backoff.NoBackoff(), 0)
            confirmed = subscription.get_message(timeout=TIMEOUT)
            if confirmed is None or confirmed["type"] != "subscribe":
                raise redis.TimeoutError("the subscription was not confirmed")
            number = client.get(made)
        except BaseException:
            subscription.close()
            raise
        return subscription, int(number or 0)


def _channel(client, key):
    """The channel of `key`: named after it and its database (a channel is server-wide)."""
    return f"{client.connection_pool.connection_kwargs.get('db', 0)}:{key}"


_INCR_AND_PUBLISH = """
local number
if redis.call('EXISTS', KEYS[1]) == 1 then
  number = redis.call('INCR', KEYS[1])
else
  number = tonumber(ARGV[2])
  redis.call('SET', KEYS[1], number)
end
redis.call('PUBLISH', ARGV[1], number)
return number
"""
