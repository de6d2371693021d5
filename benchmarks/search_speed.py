"""How fast is search at size? Seeds a large catalogue into its own database and times it.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench \\
        .venv/bin/python benchmarks/search_speed.py [--rounds 5]
    .venv/bin/python benchmarks/search_speed.py --sqlite /tmp/search-bench.sqlite3

10,000 news posts, 300 events, 1,000 materials, 50 branches and 200 services, each in
Latvian, Russian and English, bulk-inserted and reproducible (seeded randomness). Texts
mix topic words (legal aid, residence permit...) into a long tail of made-up words, as real
news does; --dense draws every word from the topics, so every query matches almost all.
The database is created when missing and refilled on every run; nothing else is touched.
Prints p50, p95 and the worst time of the search selector (the SQL and the hits of one
results page) and of the whole results page, per query count, over every query below in
every UI language. A quick local check, not a test: the suite asserts query counts.
"""

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"posts": 10_000, "events": 300, "materials": 1_000, "branches": 50, "services": 200}
QUERIES = [
    "Лиепая", "liepaja", "Daugavpils", "juridiska palidziba", "lawyer", "ВНЖ",
    "residence permit", "tulkošana", "psihologs", "transaltion", "dialoga platforma",
    "курсы латышского", "filiāle", "news", "informācijas diena 2027",
]  # fmt: skip
WORDS = {
    "lv": "jauna filiāle atvērta konsultācijas tulkošana juridiskā palīdzība uzturēšanās atļauja "
    "latviešu valoda kursi darbs mājoklis veselība skola bērni sociālais atbalsts mentors "
    "informācija pasākums tikšanās dialoga platforma iedzīvotāji pašvaldība iestāde",
    "ru": "новый филиал открыт консультации перевод юридическая помощь вид на жительство "
    "латышский язык курсы работа жильё здоровье школа дети социальная поддержка наставник "
    "информация мероприятие встреча платформа диалога жители самоуправление учреждение",
    "en": "new branch opened consultations translation legal aid residence permit Latvian "
    "language courses work housing health school children social support mentor information "
    "event meeting dialogue platform residents municipality institution",
}
PLACES = {
    "lv": ["Rīga", "Liepāja", "Jelgava", "Daugavpils", "Ventspils", "Rēzekne", "Valmiera"],
    "ru": ["Рига", "Лиепая", "Елгава", "Даугавпилс", "Вентспилс", "Резекне", "Валмиера"],
    "en": ["Riga", "Liepāja", "Jelgava", "Daugavpils", "Ventspils", "Rēzekne", "Valmiera"],
}


def setup(arguments):
    """Point Django at the benchmark database, create it if needed, and migrate it."""
    if arguments.sqlite:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(arguments.sqlite).resolve()}"
    url = os.environ.get("DATABASE_URL", "")
    if "bench" not in url.rsplit("/", 1)[-1] and not arguments.force:  # it is emptied first
        sys.exit("Give DATABASE_URL of a database named *bench*, --sqlite FILE, or --force.")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    sys.path.insert(0, str(ROOT))
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


SYLLABLES = {
    "lv": "ba be bi bo da de dī ga gu ja ka kā la lī ma mē na ne pa pi ra rī sa sē ta tu va vi za ža",
    "ru": "ба бе ви во да де го жа за ка ки ла ле ма ми на но па по ра ро са се та то ва ве ча ще",
    "en": "ba be bo ca da de fa ge ha jo ka la le mo na ne pa po ra re sa se ta te va wo ya zo",
}
FILLER_SIZE = 3000
DENSE = False  # --dense: every text drawn from the 20 topic words, so every query is everywhere


def _filler(code, index):
    """The index-th made-up word of a language: a realistic long tail of rarer words."""
    syllables = SYLLABLES[code].split()
    word, n = "", index + len(syllables)
    while n:
        n, digit = divmod(n, len(syllables))
        word += syllables[digit]
    return word


def _texts(rng, words=8):
    """One made-up text per language, the same in each (lv, ru, en): a place, a few topic
    words and, unless --dense, a long tail of other words."""
    place = rng.randrange(len(PLACES["lv"]))
    picks = []
    for _ in range(words):
        topical = DENSE or rng.random() < 0.05
        picks.append(
            ("topic", rng.randrange(20)) if topical else ("filler", rng.randrange(FILLER_SIZE))
        )
    texts = {}
    for code in ("lv", "ru", "en"):
        topic = WORDS[code].split()
        chosen = [topic[i] if kind == "topic" else _filler(code, i) for kind, i in picks]
        texts[code] = " ".join([PLACES[code][place], *chosen]).capitalize()
    return texts


def _translated(field, texts):
    return {f"{field}_{code}": text for code, text in texts.items()}


def seed():
    """Replace all content with the large, reproducible catalogue (bulk inserts)."""
    from django.core.management import call_command
    from django.db import transaction

    from branches.models import Branch
    from core.clock import RIGA
    from events.models import Event
    from materials.models import Material
    from news.models import Post
    from services.models import BranchService, Category, Service

    rng = random.Random(12)
    call_command("flush", verbosity=0, interactive=False)
    call_command("load_demo", verbosity=0)  # synonyms, languages, topics, demo items
    start = dt.datetime(2026, 1, 1, 10, tzinfo=RIGA)
    with transaction.atomic():
        branches = Branch.objects.bulk_create(
            Branch(slug=f"bench-branch-{n}", latitude=56.9, longitude=24.1, postcode="LV-1050",
                   street_address=f"Brīvības iela {n}", **_translated("name", _texts(rng, 2)),
                   **_translated("city", {c: PLACES[c][n % 7] for c in ("lv", "ru", "en")}),
                   **_translated("description", _texts(rng, 20)))
            for n in range(SIZES["branches"])
        )  # fmt: skip
        category = Category.objects.first()
        services = Service.objects.bulk_create(
            Service(slug=f"bench-service-{n}", category=category, last_reviewed=start.date(),
                    **_translated("name", _texts(rng, 3)), **_translated("summary", _texts(rng, 15)),
                    **_translated("body", {c: f"<p>{t}</p>" for c, t in _texts(rng, 60).items()}))
            for n in range(SIZES["services"])
        )  # fmt: skip
        BranchService.objects.bulk_create(
            BranchService(branch=branches[n % len(branches)], service=service)
            for n, service in enumerate(services)
        )
        Post.objects.bulk_create(
            Post(slug=f"bench-post-{n}", status="published", publish_at=start + dt.timedelta(hours=n),
                 **_translated("title", _texts(rng, 6)), **_translated("lead", _texts(rng, 20)),
                 **_translated("body", {c: f"<p>{t}</p>" for c, t in _texts(rng, 120).items()}))
            for n in range(SIZES["posts"])
        )  # fmt: skip
        Event.objects.bulk_create(
            Event(slug=f"bench-event-{n}", place_kind="online", online_url="https://example.lv/",
                  start=start + dt.timedelta(days=n), end=start + dt.timedelta(days=n, hours=2),
                  **_translated("title", _texts(rng, 5)), **_translated("description", _texts(rng, 40)))
            for n in range(SIZES["events"])
        )  # fmt: skip
        Material.objects.bulk_create(
            Material(slug=f"bench-material-{n}", url="https://example.lv/doc.pdf",
                     published_on=start.date(), **_translated("title", _texts(rng, 5)),
                     **_translated("summary", _texts(rng, 25)))
            for n in range(SIZES["materials"])
        )  # fmt: skip
    call_command("rebuild_search_index", verbosity=0)


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
    global DENSE
    DENSE = arguments.dense
    setup(arguments)
    from django.db import connection

    if not arguments.no_seed:
        began = time.perf_counter()
        seed()
        print(f"Seeded {SIZES} in {time.perf_counter() - began:.0f} s")
    selector, page, counts = measure(arguments.rounds)
    print(f"{connection.vendor}: {len(selector)} searches ({len(QUERIES)} queries × 3 languages)")
    for label, seconds in (("selector", selector), ("page    ", page)):
        p50, p95, worst = _percentiles(seconds)
        print(f"{label}  p50 {p50:.1f} ms  p95 {p95:.1f} ms  max {worst:.1f} ms")
    print(f"queries per results page: {sorted(counts)}")


if __name__ == "__main__":
    main()
