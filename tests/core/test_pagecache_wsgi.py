"""Page-cache hits answered by the WSGI application gunicorn serves (portal.wsgi), before Django.

Each test drives the real WSGI application as gunicorn would: an environ in, a status, headers
and a body out. It must give what the middleware gives, and pass to Django whatever it must
not answer itself.
"""

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

from core import pagecache
from portal.wsgi import application
from tests.factories.news import PostFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture(autouse=True)
def keep_the_test_transaction():
    """As Django's test client does: the request signals must not close the test's connection."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


class Served:
    """Signals Django sent while serving, and the answer (status, headers, body)."""

    def __init__(self):
        self.signals = []
        request_started.connect(self.started)

    def started(self, **_kwargs):
        self.signals.append("started")

    def __call__(self, method, path, **headers):
        factory = RequestFactory(**{"HTTP_HOST": "127.0.0.1", **headers})
        environ = getattr(factory, method.lower())(path).environ
        answer = {}

        def start_response(status, response_headers, exc_info=None):
            answer["status"], answer["headers"] = status, response_headers

        chunks = application(environ, start_response)
        body = b"".join(chunks)
        getattr(chunks, "close", lambda: None)()
        self.signals, signals = [], self.signals
        headers = {}
        for name, value in answer["headers"]:
            headers.setdefault(name.lower(), []).append(value)
        return answer["status"], headers, body, signals

    def close(self):
        request_started.disconnect(self.started)


@pytest.fixture
def serve():
    served = Served()
    yield served
    served.close()


def test_a_hit_is_answered_before_django_with_what_the_middleware_stored(serve):
    PostFactory(title_lv="Jauni noteikumi")
    status, first_headers, first, signals = serve("GET", "/lv/news/")
    assert status == "200 OK" and signals == ["started"]
    assert first_headers["x-page-cache"] == ["miss"]
    status, headers, body, signals = serve("GET", "/lv/news/")
    assert status == "200 OK" and signals == [], "Django never saw the request"
    assert body == first and "Jauni noteikumi" in body.decode()
    assert headers["x-page-cache"] == ["hit"]
    for name in ("content-type", "content-security-policy", "vary", "content-language"):
        assert headers[name] == first_headers[name]
    assert headers["x-request-id"] != first_headers["x-request-id"]


def test_an_edit_shows_on_the_next_request_through_the_wsgi_door(serve):
    post = PostFactory(title_lv="Jauni noteikumi")
    serve("GET", "/lv/news/")
    post.title_lv = "Jauni noteikumi par vīzām"
    post.save()
    _, headers, body, signals = serve("GET", "/lv/news/")
    assert headers["x-page-cache"] == ["miss"] and signals == ["started"]
    assert "par vīzām" in body.decode()


def test_a_miss_reads_the_cache_once(serve, monkeypatch):
    reads = []
    lookup = pagecache._lookup
    monkeypatch.setattr(pagecache, "_lookup", lambda key: reads.append(key) or lookup(key))
    serve("GET", "/en/news/")
    assert len(reads) == 1, "the middleware took the wrapper's lookup"
    serve("GET", "/en/news/")
    assert len(reads) == 2


def test_a_newcomer_gets_the_language_remembered_from_a_hit(serve):
    serve("GET", "/ru/news/", HTTP_COOKIE="django_language=ru")
    _, headers, _, signals = serve("GET", "/ru/news/")
    assert signals == [] and headers["set-cookie"][0].startswith("django_language=ru;")
    _, headers, _, signals = serve("GET", "/ru/news/", HTTP_COOKIE="django_language=ru")
    assert signals == [] and "set-cookie" not in headers


@pytest.mark.parametrize(
    ("method", "headers"),
    [
        ("GET", {"HTTP_COOKIE": "sessionid=abc"}),  # an editor, or someone who was one
        ("GET", {"HTTP_COOKIE": "messages=abc"}),  # a message waits to be shown
        ("HEAD", {}),  # Django answers HEAD without a body
        ("POST", {}),
    ],
)
def test_what_may_not_be_served_from_the_cache_reaches_django(serve, method, headers):
    serve("GET", "/en/news/")
    _, answer, _, signals = serve(method, "/en/news/", **headers)
    assert signals == ["started"]
    assert answer.get("x-page-cache") != ["hit"] or method == "HEAD"


def test_a_host_django_refuses_is_refused_never_served_from_the_cache(serve, settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    serve("GET", "/en/news/")
    status, _, _, signals = serve("GET", "/en/news/", HTTP_HOST="evil.example")
    assert status.startswith("400") and signals == ["started"]


def test_plain_http_reaches_django_when_the_site_sends_it_to_https(serve, settings):
    # SecurityMiddleware, built with the application, answers it (its redirect is tested with
    # the security settings); the cache must not answer it with the page instead.
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    serve("GET", "/en/news/", HTTP_X_FORWARDED_PROTO="https")
    settings.SECURE_SSL_REDIRECT = True
    assert serve("GET", "/en/news/")[3] == ["started"]
    assert serve("GET", "/en/news/", HTTP_X_FORWARDED_PROTO="http")[3] == ["started"]
    _, headers, _, signals = serve("GET", "/en/news/", HTTP_X_FORWARDED_PROTO="https")
    assert signals == [] and headers["x-page-cache"] == ["hit"]


def test_switched_off_every_request_reaches_django(serve, settings):
    settings.PAGE_CACHE_SECONDS = 0
    serve("GET", "/en/news/")
    _, headers, _, signals = serve("GET", "/en/news/")
    assert signals == ["started"] and "x-page-cache" not in headers


def test_a_page_is_never_served_to_another_host_or_script_name(serve, settings):
    settings.ALLOWED_HOSTS = ["example.lv", "www.example.lv"]
    serve("GET", "/en/news/", HTTP_HOST="www.example.lv:8443")
    _, headers, body, signals = serve("GET", "/en/news/", HTTP_HOST="example.lv")
    assert signals == ["started"] and headers["x-page-cache"] == ["miss"]
    assert b"www.example.lv" not in body
    serve("GET", "/en/news/", HTTP_HOST="example.lv", SCRIPT_NAME="/elsewhere")
    _, headers, body, _ = serve("GET", "/en/news/", HTTP_HOST="example.lv")
    assert headers["x-page-cache"] == ["hit"] and b"/elsewhere/" not in body


def test_an_empty_host_is_refused_as_django_does(serve, settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    serve("GET", "/en/news/")
    status, _, _, signals = serve("GET", "/en/news/", HTTP_HOST="")
    assert status.startswith("400") and signals == ["started"]
