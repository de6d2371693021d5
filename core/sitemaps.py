"""The sitemap base every app's sitemap uses: each item once per language, with alternates."""

from django.contrib.sitemaps import Sitemap

from core.i18n import x_default_language


class I18nSitemap(Sitemap):
    """A sitemap that lists each item once per language with alternates.

    Its x-default is the page in the language a visitor of no served language is sent to,
    the same rule as the pages' own x-default link (core.i18n.x_default_language), not
    Django's prefix-less address, which only redirects.
    """

    i18n = True
    alternates = True
    x_default = False  # added below, by the site's own rule

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        default = x_default_language()
        for url in urls:
            for alternate in list(url["alternates"]):
                if alternate["lang_code"] == default:
                    url["alternates"].append({**alternate, "lang_code": "x-default"})
        return urls
