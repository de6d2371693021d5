"""Sitemaps of every public page, in every language, with hreflang alternates."""

from django.urls import reverse

from core.sitemaps import I18nSitemap


class StaticViewSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return [
            "home",
            "contact",
            "branches:list",
            "services:list",
            "services:find_help",
            "accessibility",
            "materials:list",
            "news:list",
            "events:list",
            "events:past",
            "topics:list",
        ]

    def location(self, item):
        return reverse(item)
