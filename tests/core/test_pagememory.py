"""Pages kept in the process (core.pagememory): served without Redis, stale the moment an
editor anywhere moves the generation, and never trusted when the process cannot hear it."""

import logging
import time

import pytest
import redis
from django.core.cache import cache
from django.test import override_settings

from core import cache as backend
from core import pagecache, pagememory
from news.models import Post
from tests.factories.news import PostFactory
from tests.live import redis_answers

REDIS_URL = "redis://127.0.0.1:6379/12"

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def process(monkeypatch):
    """What belongs to the process, new for each test: its memory, the pause, a pending bump."""
    monkeypatch.setattr(backend, "_paused_until", 0.0)
    monkeypatch.setattr(pagecache, "_bump_pending", False)
    memory = pagememory.PageMemory(pagecache.GENERATION_KEY)
    monkeypatch.setattr(pagecache, "memory", memory)
    yield memory
    if memory._subscription is not None:
        memory._subscription.close()


@pytest.fixture
def shared_cache(settings):
    """The page cache in a real Redis (DB 12), as in production."""
    if not redis_answers(REDIS_URL):
        pytest.skip("needs Redis on 127.0.0.1:6379")
    settings.PAGE_CACHE_SECONDS = 300
    options = {"BACKEND": "core.cache.SharedClientRedisCache", "LOCATION": REDIS_URL}
    with override_settings(CACHES={"default": options}):
        cache.clear()
        yield cache
        cache.clear()


def another_process():
    """What another app process has: a cache of its own on the same Redis."""
    return backend.SharedClientRedisCache(REDIS_URL, {})


def refuse(*args, **kwargs):
    raise redis.ConnectionError("refused by the test")


def test_a_hit_is_served_from_the_process_without_asking_redis(client, shared_cache, monkeypatch):
    PostFactory(title_lv="Jauni noteikumi")
    first = client.get("/lv/news/")
    assert first["X-Page-Cache"] == "miss"
    monkeypatch.setattr(backend.SharedClientRedisCacheClient, "get_client", refuse)
    second = client.get("/lv/news/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert backend._paused_until == 0.0, "no call reached Redis"


def test_an_edit_in_another_process_is_heard_before_the_next_request(client, shared_cache):
    post = PostFactory(title_lv="Jauni noteikumi")
    client.get("/lv/news/")
    assert client.get("/lv/news/")["X-Page-Cache"] == "hit"
    # The other process saves (no signal here) and moves the generation, as bump() does.
    Post.objects.filter(pk=post.pk).update(title_lv="Jauni noteikumi par vīzām")
    another_process().incr_and_publish(pagecache.GENERATION_KEY)
    response = client.get("/lv/news/")
    assert response["X-Page-Cache"] == "miss"
    assert "par vīzām" in response.content.decode()


def test_an_edit_after_redis_was_emptied_is_heard_too(client, shared_cache):
    post = PostFactory(title_lv="Jauni noteikumi")
    cache.clear()  # FLUSHDB: the generation is gone, the subscription stays
    another_process().incr_and_publish(pagecache.GENERATION_KEY)  # the first number after it
    client.get("/lv/news/")  # kept in this process under that number
    cache.clear()
    Post.objects.filter(pk=post.pk).update(title_lv="Jauni noteikumi par vīzām")
    another_process().incr_and_publish(pagecache.GENERATION_KEY)  # must not be the same
    assert "par vīzām" in client.get("/lv/news/").content.decode()


def test_a_lost_subscription_is_noticed_and_redis_read_again(client, shared_cache, caplog):
    post = PostFactory(title_lv="Jauni noteikumi")
    client.get("/lv/news/")
    assert client.get("/lv/news/")["X-Page-Cache"] == "hit"
    # Redis closes the connection (a restart): no message is heard, and none will be.
    host, port = pagecache.memory._subscription.connection._sock.getsockname()[:2]
    redis.Redis.from_url(REDIS_URL).client_kill_filter(_type="pubsub", addr=f"{host}:{port}")
    Post.objects.filter(pk=post.pk).update(title_lv="Jauni noteikumi par vīzām")
    another_process().incr_and_publish(pagecache.GENERATION_KEY)  # not heard here
    with caplog.at_level(logging.WARNING, logger="core.pagememory"):
        response = client.get("/lv/news/")
    assert response["X-Page-Cache"] == "miss"
    assert "par vīzām" in response.content.decode()
    assert any("lost" in record.getMessage() for record in caplog.records)


def test_a_quiet_site_pings_redis_and_keeps_its_pages(shared_cache):
    memory = pagecache.memory
    generation = memory.generation()
    assert generation is not None
    memory._heard_at = time.monotonic() - 60  # nobody asked for a minute
    assert memory.generation() == generation, "silence alone is no failure"
    assert memory._pinged_at is not None
    time.sleep(0.05)
    assert memory.generation() == generation and memory._pinged_at is None, "PONG heard"


def test_a_redis_that_does_not_answer_a_ping_is_given_up(shared_cache):
    memory = pagecache.memory
    memory.generation()
    memory.keep("page", (memory._generation, {}, b"<html>", time.time() + 60))
    memory._heard_at = time.monotonic() - pagememory.HEALTH - 1
    memory.generation()  # sends the PING
    memory._subscription.get_message = lambda timeout: None  # the PONG never comes
    memory._pinged_at = time.monotonic() - pagememory.HEALTH - 1
    assert memory.generation() is None
    assert memory._pages == {}


def test_a_failed_bump_forgets_the_pages_kept(client, shared_cache, monkeypatch):
    PostFactory(title_lv="Jauni noteikumi")
    client.get("/lv/news/")
    assert pagecache.memory._pages
    with monkeypatch.context() as blip:
        blip.setattr(backend.SharedClientRedisCacheClient, "get_client", refuse)
        pagecache.bump()
    assert pagecache._bump_pending and pagecache.memory._pages == {}


def test_another_site_on_the_same_redis_is_not_heard(shared_cache):
    memory = pagecache.memory
    generation = memory.generation()
    other_site = backend.SharedClientRedisCache(REDIS_URL, {"KEY_PREFIX": "other-site"})
    other_database = backend.SharedClientRedisCache("redis://127.0.0.1:6379/10", {})
    other_site.incr_and_publish(pagecache.GENERATION_KEY)
    other_database.incr_and_publish(pagecache.GENERATION_KEY)
    time.sleep(0.05)
    assert memory.generation() == generation
    other_site.clear(), other_database.delete(pagecache.GENERATION_KEY)


def test_with_local_memory_as_the_cache_nothing_is_kept_in_the_process(client, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.get("/lv/news/")
    assert client.get("/lv/news/")["X-Page-Cache"] == "hit"
    assert pagecache.memory.generation() is None and pagecache.memory._pages == {}


class TestBudget:
    """The pages kept: within the budget, the oldest forgotten first, never an expired one."""

    @pytest.fixture
    def memory(self):
        memory = pagememory.PageMemory(pagecache.GENERATION_KEY, budget=100)
        memory._generation = 7  # as if subscribed
        return memory

    def entry(self, size, generation=7, expires_in=60):
        return (generation, {}, b"x" * size, time.time() + expires_in)

    def test_the_oldest_pages_go_first_and_the_budget_holds(self, memory):
        for key in ("a", "b", "c"):
            memory.keep(key, self.entry(40))
        assert list(memory._pages) == ["b", "c"] and memory._bytes == 80
        memory.keep("b", self.entry(30))  # kept again: counted once, now the newest
        assert list(memory._pages) == ["c", "b"] and memory._bytes == 70

    def test_an_expired_page_or_another_generation_is_not_served(self, memory):
        memory.keep("old", self.entry(10, expires_in=-1))
        memory.keep("other", self.entry(10, generation=6))
        memory.keep("page", self.entry(10))
        assert memory.get("old", 7) is None and "other" not in memory._pages
        assert memory.get("page", 7) is not None and memory.get("page", 8) is None
