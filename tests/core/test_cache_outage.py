"""Without Redis the site stays up: the cache misses, pages are rendered, forms stay open."""

import logging
import socket

import pytest
import redis
from django.core.cache import cache
from django.test import override_settings

from core import cache as backend
from core import pagecache
from core.ratelimit import rate_limit_hit
from tests.factories.news import PostFactory
from tests.live import redis_answers

pytestmark = pytest.mark.django_db


def closed_port():
    """A loopback port nothing listens on (bound, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(autouse=True)
def no_pause_left(monkeypatch):
    """The pause and a pending bump belong to the process: none leaks into other tests."""
    monkeypatch.setattr(backend, "_paused_until", 0.0)
    monkeypatch.setattr(pagecache, "_bump_pending", False)


@pytest.fixture
def redis_down(settings):
    settings.PAGE_CACHE_SECONDS = 300
    location = f"redis://127.0.0.1:{closed_port()}/0"
    with override_settings(
        CACHES={"default": {"BACKEND": "core.cache.SharedClientRedisCache", "LOCATION": location}}
    ):
        yield cache


def test_pages_are_rendered_for_every_visitor_while_redis_is_down(client, redis_down, caplog):
    PostFactory(title_lv="Jauni noteikumi")
    with caplog.at_level(logging.WARNING, logger="core.cache"):
        first, second = client.get("/lv/news/"), client.get("/lv/news/")
    assert first.status_code == second.status_code == 200
    assert "Jauni noteikumi" in second.content.decode()
    assert second["X-Page-Cache"] == "miss"
    warnings = [record for record in caplog.records if record.name == "core.cache"]
    assert len(warnings) == 1, "one warning, then Redis is left alone for a while"
    assert "did not answer" in warnings[0].getMessage()


def test_every_call_answers_as_a_miss(redis_down):
    assert redis_down.get("page") is None and redis_down.get("page", "default") == "default"
    assert redis_down.get_many(["page", "generation"]) == {}
    assert redis_down.set("page", b"x") is False and redis_down.add("page", b"x") is False
    assert redis_down.set_many({"a": 1, "b": 2}) == ["a", "b"]  # the keys not kept
    with pytest.raises(ValueError):
        redis_down.incr("generation")
    assert redis_down.delete("page") is False and redis_down.has_key("page") is False


def test_the_forms_stay_open_while_redis_is_down(redis_down):
    for _ in range(20):
        assert not rate_limit_hit(scope="enquiry", address="192.0.2.7", limit=3)


def test_redis_is_left_alone_for_a_pause_then_tried_again(redis_down, monkeypatch):
    tries = []
    get_client = backend.SharedClientRedisCacheClient.get_client

    def counted(self, *args, **kwargs):
        tries.append(1)
        return get_client(self, *args, **kwargs)

    monkeypatch.setattr(backend.SharedClientRedisCacheClient, "get_client", counted)
    clock = [1000.0]
    monkeypatch.setattr(backend.time, "monotonic", lambda: clock[0])
    redis_down.get("page")
    redis_down.get("page")
    redis_down.get_many(["page"])
    assert len(tries) == 1, "after the first failure, no call tries Redis during the pause"
    clock[0] += backend.PAUSE + 0.1
    redis_down.get("page")
    assert len(tries) == 2


REDIS_URL = "redis://127.0.0.1:6379/13"


@pytest.mark.skipif(not redis_answers(REDIS_URL), reason="needs Redis on 127.0.0.1:6379")
def test_a_save_while_redis_does_not_answer_stales_the_pages_once_it_does(
    client, settings, monkeypatch
):
    settings.PAGE_CACHE_SECONDS = 300
    backend_settings = {"BACKEND": "core.cache.SharedClientRedisCache", "LOCATION": REDIS_URL}
    with override_settings(CACHES={"default": backend_settings}):
        cache.clear()
        post = PostFactory(title_lv="Jauni noteikumi")
        client.get("/lv/news/")
        assert client.get("/lv/news/")["X-Page-Cache"] == "hit"

        def refused(*args, **kwargs):
            raise redis.ConnectionError("a blip")

        with monkeypatch.context() as blip:  # Redis keeps its data but does not answer
            blip.setattr(backend.SharedClientRedisCacheClient, "get_client", refused)
            post.title_lv = "Jauni noteikumi par vīzām"
            post.save()  # the generation cannot move now
        assert pagecache._bump_pending
        monkeypatch.setattr(backend.time, "monotonic", lambda: backend._paused_until + 1)
        response = client.get("/lv/news/")  # after the pause: the pending move comes first
        assert response["X-Page-Cache"] == "miss"
        assert "par vīzām" in response.content.decode()
        assert not pagecache._bump_pending
        cache.clear()


def test_a_redis_that_hangs_holds_a_page_half_a_second_at_most():
    options = backend.SharedClientRedisCache("redis://127.0.0.1:6379/13", {})._cache._pool_options
    assert options["socket_connect_timeout"] == options["socket_timeout"] == backend.TIMEOUT == 0.5
