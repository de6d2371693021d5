"""Sitemaps of every public page, in every language, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class I18nSitemap(Sitemap):
    """A sitemap that lists each item once per language with alternates."""

    i18n = True
    alternates = True
    x_default = True


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
