"""The Redis cache backend, with one Redis client per server instead of one per call.

Django's RedisCacheClient builds a new `redis.Redis` for every get and set, and each one
registers some 170 response callbacks: about a third of a millisecond of Python on every
cache call, which is most of what a page served from the page cache costs. A `redis.Redis`
over a connection pool is safe to share between threads, so one per pool does.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


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


class SharedClientRedisCache(RedisCache):
    """settings.CACHES backend: Django's RedisCache with the shared client above."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient

    def validate_key(self, key):
        """Nothing to check: Redis takes any key. Django's check warns of what memcached
        refuses, a character at a time, on each key of every call (two on each page served)."""
