"""gunicorn settings for production; each can be overridden from the environment."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# A worker is replaced after this many requests (a guard against slow leaks). Booting one costs
# about a second of a core, and the page cache answers thousands of requests a second: at
# 2,000 a worker was replaced every few seconds under load, and the visitors queued behind
# it waited up to a second (p99 1.1 s in make bench). 0 turns replacement off.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "100000"))
max_requests_jitter = max_requests // 10
accesslog = "-"
errorlog = "-"
# One JSON object per request: the path without its query string and no client address (both
# can be personal data); the request id joins the line to the application's and nginx's.
access_log_format = (
    '{"logger": "gunicorn.access", "request_id": "%({x-request-id}o)s", "method": "%(m)s", '
    '"path": "%(U)s", "status": %(s)s, "bytes": "%(B)s", "duration_ms": %(M)s}'
)
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
wsgi_app = "portal.wsgi:application"


def post_worker_init(worker):
    """Once the app is loaded: keep its long-lived objects out of the garbage collector's scans.

    A page allocates tens of thousands of short-lived objects; with Python's default thresholds
    the collector then walks every module, model and template object over and over (about a
    fifth of a page's CPU time here). Frozen, they are skipped; young objects are still freed.
    """
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
