"""Sitemaps of every public page, in every language, with hreflang alternates and lastmod."""

import datetime as dt

from django.apps import apps
from django.db.models import Max
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
        self._latest = {}

    def items(self):
        return list(SHOWS)

    def location(self, item):
        return reverse(item)

    def _last_change(self, label):
        """The last change of the public items of a model (one query per model, remembered)."""
        if label not in self._latest:
            model = apps.get_model(label)
            public = (
                model.objects.published()
                if hasattr(model.objects, "published")
                else model.objects.all()
            )
            found = public.aggregate(changed=Max("updated_at"), **_publication(model))
            self._latest[label] = max((value for value in found.values() if value), default=None)
        return self._latest[label]

    def lastmod(self, item):
        changes = [self._last_change(label) for label in SHOWS[item]]
        return max([change for change in changes if change] or [PUBLISHED])

    def get_latest_lastmod(self):
        return max(self.lastmod(item) for item in SHOWS)


def _publication(model):
    """A post scheduled for later changes the news list when it comes out."""
    return {"published": Max("publish_at")} if model._meta.label == "news.Post" else {}
