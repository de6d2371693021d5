"""How fast is search at size? Seeds a large catalogue into its own database and times it.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \\
        .venv/bin/python benchmarks/search_speed.py [--rounds 5]
    .venv/bin/python benchmarks/search_speed.py --sqlite /tmp/search-bench.sqlite3

The catalogue of benchmarks/dataset.py: 10,000 news posts, 300 events, 1,000 materials,
50 branches and 200 services, each in Latvian, Russian and English, bulk-inserted and
reproducible (seeded randomness); --dense draws every word from the topics, so every query
matches almost all. The database is created when missing and refilled on every run; nothing else is touched.
Prints p50, p95 and the worst time of the search selector (the SQL and the hits of one
results page) and of the whole results page, per query count, over every query below in
every UI language. A quick local check, not a test: the suite asserts query counts.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.dataset import SIZES, seed  # noqa: E402

QUERIES = [
    "Лиепая", "liepaja", "Daugavpils", "juridiska palidziba", "lawyer", "ВНЖ",
    "residence permit", "tulkošana", "psihologs", "transaltion", "dialoga platforma",
    "курсы латышского", "filiāle", "news", "informācijas diena 2027",
]  # fmt: skip


def setup(arguments):
    """Point Django at the benchmark database, create it if needed, and migrate it."""
    if arguments.sqlite:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(arguments.sqlite).resolve()}"
    url = os.environ.get("DATABASE_URL", "")
    if "bench" not in url.rsplit("/", 1)[-1] and not arguments.force:  # it is emptied first
        sys.exit("Give DATABASE_URL of a database named *bench*, --sqlite FILE, or --force.")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    if url.startswith("postgres"):
        _create_postgres_database(url)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _create_postgres_database(url):
    import psycopg

    base, name = url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        found = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not found:
            connection.execute(f'CREATE DATABASE "{name}"')


def _percentiles(seconds):
    ordered = sorted(seconds)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered) * 1000, p95 * 1000, ordered[-1] * 1000


def measure(rounds):
    """Time the selector and the whole page for every query in every UI language."""
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import translation

    from search.selectors import search

    client = Client(HTTP_HOST="127.0.0.1")
    selector, page, counts = [], [], set()
    for query in QUERIES:  # warm up caches and the connection once per query
        client.get("/en/search/", {"q": query})
    for _ in range(rounds):
        for code in ("lv", "ru", "en"):
            for query in QUERIES:
                with translation.override(code):
                    began = time.perf_counter()
                    search(query=query)
                    selector.append(time.perf_counter() - began)
                reset_queries()
                with CaptureQueriesContext(connection) as queries:
                    began = time.perf_counter()
                    client.get(f"/{code}/search/", {"q": query})
                    page.append(time.perf_counter() - began)
                counts.add(len(queries))
    return selector, page, counts


def main():
    """Seed (unless --no-seed), then print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--sqlite", help="an SQLite file to use instead of DATABASE_URL")
    parser.add_argument("--no-seed", action="store_true", help="reuse the seeded database")
    parser.add_argument("--force", action="store_true", help="empty DATABASE_URL whatever its name")
    parser.add_argument("--dense", action="store_true", help="every text from 20 topic words")
    arguments = parser.parse_args()
    setup(arguments)
    from django.db import connection

    if not arguments.no_seed:
        began = time.perf_counter()
        seed(dense=arguments.dense)
        print(f"Seeded {SIZES} in {time.perf_counter() - began:.0f} s")
    selector, page, counts = measure(arguments.rounds)
    print(f"{connection.vendor}: {len(selector)} searches ({len(QUERIES)} queries × 3 languages)")
    for label, seconds in (("selector", selector), ("page    ", page)):
        p50, p95, worst = _percentiles(seconds)
        print(f"{label}  p50 {p50:.1f} ms  p95 {p95:.1f} ms  max {worst:.1f} ms")
    print(f"queries per results page: {sorted(counts)}")


if __name__ == "__main__":
    main()
