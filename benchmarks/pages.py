"""Serve the demo site with gunicorn on 127.0.0.1 and print latency, throughput and weight.

    .venv/bin/python benchmarks/pages.py [--requests 200] [--concurrency 4]

Bounded: a fixed number of requests per page, a 60-second cap, loopback only.
"""

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PORT = int(os.environ.get("BENCH_PORT", "8798"))
BASE = f"http://127.0.0.1:{PORT}"
PAGES = [
    "/lv/",
    "/ru/branches/",
    "/lv/branches/daugavpils/",
    "/en/services/",
    "/en/services/?branch=riga&mode=email",
    "/ru/services/find-help/?branch=liepaja&language=uk",
    "/lv/search/?q=juridiska+palidziba",
]
DEADLINE = 60


def fetch(url):
    """(seconds taken, body) of one uncompressed GET of `url`."""
    start = time.perf_counter()
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read()
    return time.perf_counter() - start, body


def wait_for(url, seconds=30):
    """Wait until `url` answers, for at most `seconds`."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not answer")


def main():
    """Serve the demo with gunicorn, load each page and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DJANGO_DEBUG": "false",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "portal.wsgi:application", "--bind",
         f"127.0.0.1:{PORT}", "--workers", "4", "--log-level", "warning", "--access-logfile", "/dev/null"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    started = time.monotonic()
    try:
        wait_for(BASE + "/healthz")
        print(f"{'page':55} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'KB':>6} {'gzip KB':>8}")
        for path in PAGES:
            if time.monotonic() - started > DEADLINE:
                print("deadline reached; stopping")
                break
            url = BASE + path
            _, body = fetch(url)
            begin = time.perf_counter()
            with ThreadPoolExecutor(args.concurrency) as pool:
                times = [t for t, _ in pool.map(fetch, [url] * args.requests)]
            elapsed = time.perf_counter() - begin
            times.sort()
            print(
                f"{path:55} {args.requests / elapsed:7.0f} {statistics.median(times) * 1000:7.1f}"
                f" {times[int(len(times) * 0.95) - 1] * 1000:7.1f} {len(body) / 1024:6.1f}"
                f" {len(gzip.compress(body)) / 1024:8.1f}"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
