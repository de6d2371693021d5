"""The per-address limit holds across processes that share the cache (Redis)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory

from core.ratelimit import client_address, rate_limit_hit
from tests.live import redis_answers

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/11")

# One separate Django process: five submissions from one address, printed as 0 (let through)
# or 1 (refused). Both processes read and write the same Redis database.
WORKER = """
import django, os
django.setup()
from core.ratelimit import rate_limit_hit
print("".join(str(int(rate_limit_hit(scope="enquiry", address="203.0.113.7", limit=6,
    window=60))) for _ in range(5)), flush=True)
"""


def test_the_limit_counts_per_address_and_scope(settings):
    settings.FORM_RATE_LIMIT = 2
    hits = [rate_limit_hit(scope="enquiry", address="198.51.100.1") for _ in range(3)]
    assert hits == [False, False, True]
    assert rate_limit_hit(scope="enquiry", address="198.51.100.2") is False
    assert rate_limit_hit(scope="registration", address="198.51.100.1") is False


def test_the_address_comes_from_the_proxy_header_when_configured(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.9")
    assert client_address(request) == "10.0.0.1"
    settings.CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    assert client_address(request) == "203.0.113.9"


def test_two_app_processes_share_one_limit_through_redis():
    if not redis_answers(REDIS_URL):
        if os.environ.get("CI"):
            pytest.fail(f"Redis is needed at {REDIS_URL}")
        pytest.skip(f"no Redis at {REDIS_URL}")
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter("portal:*ratelimit:enquiry:*"):
        client.delete(key)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DJANGO_REDIS_URL": REDIS_URL,
        "PYTHONPATH": str(ROOT),
    }
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=60)[0].strip() for process in processes]
    # Ten submissions from one address in two processes: six let through, four refused.
    assert sum(output.count("0") for output in outputs) == 6
    assert sum(output.count("1") for output in outputs) == 4
    for key in client.scan_iter("portal:*ratelimit:enquiry:*"):
        client.delete(key)
