"""Every public page runs the same, exact number of queries with 10 items and with 1,000.

Each test fills the kinds of content its page shows (every item linked, so that every
prefetch has rows), counts the page's queries, grows each kind to 1,000 and counts again.
The page cache is emptied before each count: what is measured is the page's own work.
Search has its own tests.
"""

import datetime as dt
import math

import pytest
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from branches.models import Closure, OpeningInterval
from core.sitemaps import I18nSitemap
from events.models import Event
from materials.models import Material
from news.models import Post
from services.models import Service
from tests.factories import (
    BranchFactory,
    BranchServiceFactory,
    CategoryFactory,
    EventFactory,
    LanguageFactory,
    MaterialFactory,
    NewsCategoryFactory,
    OrganiserFactory,
    PostFactory,
    SeriesFactory,
    ServiceFactory,
    TopicFactory,
    create_many,
    link_many,
)

pytestmark = pytest.mark.django_db

SIZES = (10, 1000)


class Site:
    """Shared things every item links to, and a way to add many items of each kind."""

    def __init__(self):
        self.languages = [LanguageFactory(code=code) for code in ("lv", "ru", "en")]
        self.topic = TopicFactory(slug="work")
        self.branch = BranchFactory(slug="riga")
        self.category = CategoryFactory(slug="legal-aid")
        self.news_category = NewsCategoryFactory(slug="agency-news")
        self.organiser = OrganiserFactory()
        self.series = SeriesFactory()
        self.sizes = dict.fromkeys(("branches", "services", "posts", "events", "materials"), 0)

    def grow(self, kinds, count):
        """Add `count` items of each kind (a key of self.sizes, or "topics")."""
        for kind in kinds:
            getattr(self, f"_add_{kind}")(count)
            self.sizes[kind] = self.sizes.get(kind, 0) + count

    def _add_branches(self, count):
        branches = create_many(BranchFactory, count)
        OpeningInterval.objects.bulk_create(
            OpeningInterval(branch=branch, weekday=0, opens=dt.time(9), closes=dt.time(17))
            for branch in branches
        )
        day = timezone.localdate() + dt.timedelta(days=30)
        Closure.objects.bulk_create(
            Closure(branch=branch, start_date=day, end_date=day) for branch in branches
        )
        link_many(branches, "languages", *self.languages)

    def _add_services(self, count):
        services = create_many(ServiceFactory, count, category=self.category)
        offers = create_many(BranchServiceFactory, count, branch=self.branch, service=services)
        link_many(offers, "languages", *self.languages[:2])
        link_many(services, "topics", self.topic)

    def _add_posts(self, count):
        start = self.sizes["posts"]
        hours = [timezone.now() - dt.timedelta(hours=start + n + 1) for n in range(count)]
        posts = create_many(PostFactory, count, publish_at=hours)
        link_many(posts, "categories", self.news_category)
        link_many(posts, "topics", self.topic)
        link_many(posts, "branches", self.branch)

    def _add_events(self, count):
        """Half of them to come, half past, all of one series."""
        now = timezone.now()
        starts = [
            now + dt.timedelta(days=(n % 300 + 1) * (1 if n % 2 else -1)) for n in range(count)
        ]
        events = create_many(
            EventFactory, count, start=starts, end=[start + dt.timedelta(hours=2) for start in starts],
            branch=self.branch, organiser=self.organiser, series=self.series,
        )  # fmt: skip
        link_many(events, "topics", self.topic)

    def _add_materials(self, count):
        materials = create_many(MaterialFactory, count)
        link_many(materials, "languages", self.languages[0])
        link_many(materials, "topics", self.topic)

    def _add_topics(self, count):
        create_many(TopicFactory, count)


def analyze():
    """Give the planner the statistics autovacuum keeps on a live database.

    Without them PostgreSQL takes a thousand fresh rows for one and plans the catalogue's
    facets as nested loops (seconds instead of milliseconds).
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def oldest(model):
    """The path of the oldest item of `model`, which exists at both sizes."""
    return lambda site: model.objects.order_by("pk").first().get_absolute_url()


def last_page(path, per_page, kind, parameter="page"):
    """The path of the last page of a list of `kind`, at the site's present size."""
    return lambda site: f"{path}?{parameter}={math.ceil(site.sizes[kind] / per_page)}"


ALL = ("branches", "services", "posts", "events", "materials")
# page: (its path, or a function of the site giving it; the kinds it shows; its exact queries)
PAGES = {
    "home": ("/en/", ("branches", "services", "posts", "events"), 5),
    "contact": ("/en/contact/", ("branches",), 2),
    "branch list": ("/en/branches/", ("branches",), 2),
    "branch detail": ("/en/branches/riga/", ("services",), 3),
    "services, two filters": ("/en/services/?category=legal-aid&language=ru", ("services",), 6),
    "service detail": (oldest(Service), ("services",), 5),
    "find help": ("/en/services/find-help/?category=legal-aid&language=ru", ("services",), 10),
    "news list": ("/en/news/", ("posts",), 6),
    "news list, last page": (last_page("/en/news/", 10, "posts"), ("posts",), 6),
    "news detail": (oldest(Post), ("posts",), 8),
    "events list": ("/en/events/", ("events",), 2),
    "past events": ("/en/events/past/", ("events",), 2),
    "event detail": (oldest(Event), ("events",), 5),
    "materials list": ("/en/materials/", ("materials",), 7),
    "material detail": (oldest(Material), ("materials",), 4),
    "topic list": ("/en/topics/", ("topics",), 1),
    "topic detail": ("/en/topics/work/", ("services", "posts", "events", "materials"), 8),
    "topic section, last page": (last_page("/en/topics/work/news/", 20, "posts"), ("posts",), 4),
    "sitemap index": ("/sitemap.xml", ALL, 7),
    "sitemap section": ("/sitemap-news.xml", ("posts",), 2),
    "sitemap section, last file": (
        last_page("/sitemap-news.xml", I18nSitemap.limit // 3, "posts", "p"),
        ("posts",),
        2,
    ),
    "news feed": ("/en/news/feed/", ("posts",), 2),
    "events calendar": ("/en/events/calendar.ics", ("events",), 1),
}


@pytest.mark.parametrize("name", PAGES)
def test_a_page_runs_the_same_exact_queries_for_10_and_1000_items(
    client, django_assert_num_queries, name
):
    path, kinds, expected = PAGES[name]
    site = Site()
    for size in SIZES:
        site.grow(kinds, size - site.sizes.get(kinds[0], 0))
        url = path(site) if callable(path) else path
        if size == SIZES[0]:
            client.get(url)  # what a process caches once (content types, templates) is warm
        else:
            analyze()
        cache.clear()
        with django_assert_num_queries(expected):
            response = client.get(url)
        assert response.status_code == 200, url
