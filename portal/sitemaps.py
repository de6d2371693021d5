"""Sitemaps of every public page, in every language, with hreflang alternates and lastmod."""

import datetime as dt

from django.apps import apps
from django.db.models import Max, Value
from django.db.models.functions import Greatest
from django.urls import reverse

from core.clock import RIGA
from core.sitemaps import I18nSitemap

# The day the site and its accessibility statement were published: the lastmod of pages
# that show no content of their own.
PUBLISHED = dt.datetime(2026, 11, 24, tzinfo=RIGA)
# What each list page shows, so its lastmod is the last change of that content.
SHOWS = {
    "home": ("branches.Branch", "services.Service", "news.Post", "events.Event"),
    "contact": ("branches.Branch",),
    "branches:list": ("branches.Branch",),
    "services:list": ("services.Service", "branches.Branch"),
    "services:find_help": ("services.Service", "branches.Branch"),
    "accessibility": (),
    "materials:list": ("materials.Material",),
    "news:list": ("news.Post",),
    "events:list": ("events.Event",),
    "events:past": ("events.Event",),
    "topics:list": ("topics.Topic",),
}


class StaticViewSitemap(I18nSitemap):
    changefreq = "weekly"

    def __init__(self):
        super().__init__()
        self._latest = None

    def items(self):
        return list(SHOWS)

    def location(self, item):
        return reverse(item)

    def _last_change(self, label):
        """The last change of the public items of a model (every model in one query, remembered)."""
        if self._latest is None:
            self._latest = _last_changes({label for shown in SHOWS.values() for label in shown})
        return self._latest.get(label)

    def lastmod(self, item):
        changes = [self._last_change(label) for label in SHOWS[item]]
        return max([change for change in changes if change] or [PUBLISHED])

    def get_latest_lastmod(self):
        return max(self.lastmod(item) for item in SHOWS)


def _last_changes(labels):
    """{label: the last change of the model's public items}, all in one query (a UNION)."""
    parts = []
    for label in sorted(labels):
        model = apps.get_model(label)
        public = model.objects.published() if hasattr(model.objects, "published") else model.objects
        changed = Max("updated_at")
        if label == "news.Post":  # a post scheduled for later changes the list when it comes out
            changed = Greatest(changed, Max("publish_at"))
        parts.append(
            public.order_by().annotate(label=Value(label)).values("label").annotate(changed=changed)
        )
    rows = parts[0].union(*parts[1:], all=True)
    return {row["label"]: row["changed"] for row in rows}
