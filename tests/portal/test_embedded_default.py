"""SQLite, the embedded default of `make run`, reads the same as PostgreSQL's plain SQL.

Three reads are written in PostgreSQL's own SQL for speed (the catalogue's grouped counts,
the news years, the branches' hours as arrays); elsewhere each takes a portable path. Run on
PostgreSQL with the connection saying it is SQLite, the portable path must give the same.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from branches.models import Branch
from languages.models import Language
from news.selectors import post_years
from services.models import Category
from services.selectors import catalogue_counts

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def portable(monkeypatch):
    def switch():
        monkeypatch.setattr(connection, "vendor", "sqlite")

    return switch


def both(read, portable):
    """(what `read()` gives on PostgreSQL's path, what it gives on the portable one)."""
    native = read()
    portable()
    return native, read()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="compares with PostgreSQL's SQL")
def test_catalogue_counts_are_the_same_either_way(demo, portable):
    riga = Branch.objects.get(slug="riga")
    english = Language.objects.get(code="en")
    chosen = [
        {},
        {"branch": riga},
        {"branch": riga, "language": english},
        {"category": Category.objects.order_by("pk").first(), "mode": "video"},
        {"eligibility": next(iter(catalogue_counts({})["eligibility"]))},
    ]
    native, other = both(lambda: [catalogue_counts(values) for values in chosen], portable)
    assert native == other
    assert native[0]["total"] > 0 and native[1]["branch"][riga.pk] > 0


@pytest.mark.skipif(connection.vendor != "postgresql", reason="compares with PostgreSQL's SQL")
def test_news_years_are_the_same_either_way(demo, portable):
    native, other = both(post_years, portable)
    assert native == other and native


@pytest.mark.skipif(connection.vendor != "postgresql", reason="compares with PostgreSQL's SQL")
def test_branch_hours_closures_and_languages_are_the_same_either_way(demo, portable):
    def read():
        return [
            (
                branch.slug,
                [(i.weekday, i.opens, i.closes, i.by_appointment) for i in branch.intervals],
                [(c.start_date, c.end_date, c.reason) for c in branch.closures_ahead],
                sorted(branch.desk_language_codes),
            )
            for branch in Branch.objects.for_listing()
        ]

    native, other = both(read, portable)
    assert native == other
    assert all(hours for _slug, hours, _closures, _codes in native)


PAGES = """
import json, django
django.setup()
from django.test import Client
from django.urls import reverse
from events.models import Event
from news.models import Post
from services.models import Service
event = Event.objects.published().upcoming().first()
paths = [
    "/lv/", "/ru/", "/en/", "/lv/branches/", "/ru/branches/riga/", "/en/contact/",
    "/lv/services/?branch=riga&language=en", "/ru/services/?category=legal-aid&mode=video",
    "/en/services/find-help/?branch=riga", "/lv/news/", "/lv/news/?year=2026", "/lv/news/feed/",
    "/lv/events/", "/lv/events/calendar.ics", event.get_absolute_url(),
    reverse("events:register", kwargs={"slug": event.slug}), "/lv/materials/",
    "/lv/topics/residence-permits/", "/lv/search/?q=liepaja", "/ru/search/?q=перевод",
    "/sitemap.xml", Post.objects.published().first().get_absolute_url(),
    Service.objects.published().first().get_absolute_url(),
]
client = Client(raise_request_exception=False)
print(json.dumps({path: client.get(path, SERVER_NAME="127.0.0.1").status_code for path in paths}))
"""


def test_every_page_type_answers_on_sqlite_as_make_run_serves_it(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "DJANGO_PAGE_CACHE": "0",
    }
    for command in (["migrate", "-v0"], ["load_demo", "-v0"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True,
                       capture_output=True, timeout=300)  # fmt: skip
    result = subprocess.run([sys.executable, "-c", PAGES], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    statuses = json.loads(result.stdout.strip().splitlines()[-1])
    assert {path: code for path, code in statuses.items() if code != 200} == {}
    assert len(statuses) == 23
