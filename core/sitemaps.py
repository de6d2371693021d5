"""The sitemap base every app's sitemap uses: each item once per language, with alternates."""

from django.contrib.sitemaps import Sitemap


class I18nSitemap(Sitemap):
    """A sitemap that lists each item once per language with alternates."""

    i18n = True
    alternates = True
    x_default = True
