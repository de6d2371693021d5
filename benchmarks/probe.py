"""The pages `make bench` loads, picked from the database, and the queries each one runs.

    DATABASE_URL=... DJANGO_SETTINGS_MODULE=portal.settings.prod ... \\
        .venv/bin/python -m benchmarks.probe

Run by benchmarks/bench.py with the environment of the server it measures (same database,
settings and cache; --cached when the page cache is on; --skip=PATH for a page not to request). Prints one JSON object: how many
items of each kind are public, and for each page its label, its path (Latvian), the statuses,
the size raw and as sent, the SQL queries and the time of a request made in-process with
Django's test client (the whole middleware included) by a visitor without cookies, as wrk's
are. See measure() for which request is counted.
"""

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.wrk import ENCODINGS  # noqa: E402

# Seconds: a page slower than this is counted on its first request. Without the page cache
# the count is the same (what a process warms is warmed on the first page); with it, the
# second request is the cache's answer, so it is made for any page that may be cached.
AGAIN = {False: 0.5, True: 2}
SEARCHES = [
    ("search: Latvian, no diacritics", "juridiska palidziba"),
    ("search: Russian", "перевод"),
    ("search: English typo", "transaltion"),
]


def pages():
    """(label, path) of every page measured, with real slugs and filters from the database."""
    from django.urls import reverse
    from django.utils import translation

    from branches.models import Branch
    from events.models import Event
    from news.models import Post
    from news.views import PostListView
    from services.models import BranchService
    from topics.models import Topic

    with translation.override("lv"):
        branch = Branch.objects.active().order_by("position", "slug").first()
        offer = (
            BranchService.objects.filter(branch=branch, service__is_published=True)
            .exclude(languages=None)
            .select_related("service__category")
            .order_by("pk")
            .first()
        )
        language = offer.languages.order_by("code").first().code
        category = offer.service.category.slug
        post = Post.objects.published().order_by("-publish_at", "-pk").first()
        last = math.ceil(Post.objects.published().count() / PostListView.paginate_by)
        event = Event.objects.published().upcoming().first()
        topic = max(Topic.objects.order_by("position", "slug"), key=_topic_size)
        news = reverse("news:list")
        return [
            ("home", reverse("home")),
            ("branch list", reverse("branches:list")),
            ("branch detail", branch.get_absolute_url()),
            ("services, 2 filters", _query(reverse("services:list"), branch=branch.slug,
                                           language=language)),
            ("find help, answered", _query(reverse("services:find_help"), branch=branch.slug,
                                           category=category, language=language)),
            ("news list, page 1", news),
            (f"news list, last page ({last})", _query(news, page=last)),
            ("news detail", post.get_absolute_url()),
            ("events list", reverse("events:list")),
            ("event detail", event.get_absolute_url()),
            ("materials", reverse("materials:list")),
            (f"topic: {topic.slug}", topic.get_absolute_url()),
            *((label, _query(reverse("search:results"), q=q)) for label, q in SEARCHES),
            ("sitemap.xml", reverse("sitemap")),
            ("news feed (Atom)", reverse("news:feed")),
            ("calendar.ics", reverse("events:calendar")),
        ]  # fmt: skip


def _query(path, **params):
    return f"{path}?{urlencode(params)}"


def _topic_size(topic):
    """How many items the topic gathers: the largest topic page is the one measured."""
    return sum(
        getattr(topic, name).count() for name in ("services", "posts", "events", "materials")
    )


def counts():
    """How many items of each kind the site shows."""
    from branches.models import Branch
    from events.models import Event
    from materials.models import Material
    from news.models import Post
    from services.models import Service

    return {
        "news posts": Post.objects.published().count(),
        "events": Event.objects.published().count(),
        "materials": Material.objects.published().count(),
        "branches": Branch.objects.active().count(),
        "services": Service.objects.published().count(),
    }


def _get(path, encodings=None):
    """(response, body, queries, seconds) of one GET by a visitor without cookies."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    headers = {"HTTP_ACCEPT_ENCODING": encodings} if encodings else {}
    with CaptureQueriesContext(connection) as queries:
        began = time.perf_counter()
        response = Client(HTTP_HOST="127.0.0.1").get(path, **headers)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        seconds = time.perf_counter() - began
    return response, body, len(queries), seconds


def measure(pages, cached=False, skip=()):
    """Status, sizes, SQL queries and time of each page, counted on a second request.

    The first accepts gzip and brotli, as browsers do, and warms what a running server keeps
    warm (with the page cache on, it fills the cache). The second is counted: without the
    cache it accepts no encoding, to weigh the raw HTML; with it, it is the cache's answer.
    A page slower than AGAIN seconds is counted on its first request; the pages in `skip`
    (those slower than wrk's wait without the cache) are not requested.
    """
    found = []
    _get(pages[0][1])  # the process's own first request is slower: warm it on the first page
    for label, path in pages:
        if path in skip:
            found.append({"label": label, "path": path, "statuses": [], "queries": None,
                          "seconds": None, "raw_bytes": 0, "sent_bytes": 0, "encoding": ""})  # fmt: skip
            continue
        first, sent, queries, seconds = _get(path, ENCODINGS)
        statuses, raw = [first.status_code], sent
        again = seconds < AGAIN[cached]
        if again or (not cached and first.has_header("Content-Encoding")):
            second, body, queries_2, seconds_2 = _get(path, ENCODINGS if cached else None)
            statuses.append(second.status_code)
            raw = raw if cached else body
            if again:
                queries, seconds = queries_2, seconds_2
        found.append(
            {
                "label": label,
                "path": path,
                "statuses": statuses,
                "queries": queries,
                "seconds": round(seconds, 4),
                "raw_bytes": len(raw),
                "sent_bytes": len(sent),
                "encoding": first.get("Content-Encoding", ""),
            }
        )
    return found


def main():
    """Print the counts and the pages with their figures as JSON."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.prod")
    import django

    django.setup()
    skip = [arg.split("=", 1)[1] for arg in sys.argv if arg.startswith("--skip=")]
    found = measure(pages(), cached="--cached" in sys.argv, skip=skip)
    print(json.dumps({"counts": counts(), "pages": found}, ensure_ascii=False))


def run(env, *options):
    """benchmarks/probe.py's counts and pages, for the server of `env`."""
    result = subprocess.run([sys.executable, "-m", "benchmarks.probe", *options], cwd=Path(__file__).resolve().parents[1],
                            env=env, capture_output=True, text=True, timeout=600)  # fmt: skip
    if result.returncode:
        raise SystemExit(f"probe failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def record(dataset, probed, mode):
    """Keep the probe's figures: the pages (from the first mode), their queries and times."""
    if dataset["pages"] is None:
        dataset["counts"] = probed["counts"]
        dataset["pages"] = [
            {"label": found["label"], "path": found["path"], "queries": {},
             "raw_kb": found["raw_bytes"] / 1024, "wire_kb": found["sent_bytes"] / 1024,
             "encoding": found["encoding"]}
            for found in probed["pages"]
        ]  # fmt: skip
    for page, found in zip(dataset["pages"], probed["pages"], strict=True):
        if page["path"] != found["path"]:
            raise SystemExit(f"the pages changed between two probes: {found['path']}")
        page["queries"][mode] = found["queries"]
        skipped = found["seconds"] is None
        page[f"alone_{mode}"] = page["alone_uncached"] if skipped else found["seconds"]
        page[f"statuses_{mode}"] = found["statuses"]


if __name__ == "__main__":
    main()
