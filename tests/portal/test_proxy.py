"""nginx (deploy/nginx/portal.conf.template) in front of gunicorn: slow clients, limits, ids.

A request announcing `Content-Length: 100000` and sending 6 bytes holds gunicorn's only worker
when it reaches gunicorn directly; through nginx it waits in nginx and gunicorn stays free.
"""

import shutil
import socket
import time

import pytest

from benchmarks.client import request
from benchmarks.stack import Gunicorn, Nginx, production_env

pytestmark = pytest.mark.skipif(shutil.which("nginx") is None, reason="needs nginx (Debian)")

SLOW = (
    b"POST /lv/ask/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nabcdef"
)


def raw(port, data, timeout=5):
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    sock.sendall(data)
    return sock


def answers_within(port, seconds):
    try:
        return request(port, "GET", "/robots.txt", timeout=seconds)[0] == 200
    except OSError:  # timed out
        return False


@pytest.fixture(scope="module")
def stack():
    env = production_env("postgres://postgres@127.0.0.1:1/unused")  # robots.txt needs no database
    app = Gunicorn(env, workers=1, threads=1)  # one sync worker: holding it stops the site
    proxy = Nginx(app.port)
    yield app, proxy
    proxy.stop()
    app.stop()


def test_a_slow_body_holds_gunicorn_directly_and_not_behind_nginx(stack):
    app, proxy = stack
    held = raw(app.port, SLOW)
    assert not answers_within(app.port, 2), "gunicorn's worker should be held by the slow body"
    held.close()
    time.sleep(0.5)
    assert answers_within(app.port, 5)

    slow = [raw(proxy.port, SLOW) for _ in range(20)]
    started = time.perf_counter()
    assert all(answers_within(proxy.port, 2) for _ in range(20))
    assert answers_within(app.port, 2), "gunicorn is free while nginx holds the slow bodies"
    assert time.perf_counter() - started < 5
    for sock in slow:
        sock.close()


def test_nginx_refuses_oversized_bodies_and_headers_before_gunicorn(stack):
    _, proxy = stack
    big = raw(proxy.port, SLOW.replace(b"100000", b"40000000").replace(b"abcdef", b""))
    assert big.recv(200).split(b" ")[1] == b"413"
    big.close()
    huge_header = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Junk: " + b"a" * 20000 + b"\r\n\r\n"
    sock = raw(proxy.port, huge_header)
    assert sock.recv(200).split(b" ")[1] == b"400"
    sock.close()


def test_the_request_id_joins_nginx_and_the_application(stack):
    _, proxy = stack
    status, headers, _ = request(
        proxy.port, "GET", "/robots.txt", headers={"X-Request-ID": "forged"}
    )
    assert status == 200
    assert len(headers["X-Request-ID"]) == 32 and headers["X-Request-ID"] != "forged"
    time.sleep(0.2)
    assert headers["X-Request-ID"] in (proxy.folder / "access.log").read_text()
