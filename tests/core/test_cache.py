"""The Redis cache backend keeps one client per server and still does all a cache does."""

import os

import pytest

from core.cache import SharedClientRedisCache
from tests.live import redis_answers

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/11")


@pytest.mark.skipif(not redis_answers(REDIS_URL) and not os.environ.get("CI"), reason="needs Redis")
def test_one_client_serves_every_call_and_the_cache_still_works():
    cache = SharedClientRedisCache(REDIS_URL, {"KEY_PREFIX": "test-shared-client"})
    cache.delete_many(["page", "generation"])
    cache.set("page", (1, [("Content-Type", "text/html")], b"<p>Sveiki</p>"), 30)
    cache.set("generation", 1, None)
    assert cache.incr("generation") == 2
    found = cache.get_many(["page", "generation", "missing"])
    assert found == {
        "page": (1, [("Content-Type", "text/html")], b"<p>Sveiki</p>"),
        "generation": 2,
    }
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client
    cache.delete("page")
    assert cache.get("page") is None
    cache.delete("generation")
