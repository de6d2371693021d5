"""The sitemap bases every app's sitemap uses: each item once per language, with alternates.

The site's sitemap is an index of sections (one per app), each split into files of at most
`limit` addresses; a file reads only its own items, and a section's size and last change
are one aggregate, so the index and every file take the same few queries at any size.
"""

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Count, Max

from core.i18n import x_default_language


class LanguagePaginator(Paginator):
    """Pages of items in which each item counts once per language, read a page at a time.

    Django's i18n sitemap builds the (item, language) pairs of every item before it takes a
    page; here a page slices the items and pairs only its own.
    """

    def __init__(self, items, per_page, sitemap):
        self.sitemap = sitemap
        super().__init__(items, per_page)

    def _get_page(self, object_list, number, paginator):
        pairs = [
            (item, code)
            for item in object_list
            for code in self.sitemap.get_languages_for_item(item)
        ]
        return super()._get_page(pairs, number, paginator)


class I18nSitemap(Sitemap):
    """A sitemap that lists each item once per language with alternates.

    Its x-default is the page in the language a visitor of no served language is sent to,
    the same rule as the pages' own x-default link (core.i18n.x_default_language), not
    Django's prefix-less address, which only redirects.
    """

    i18n = True
    alternates = True
    x_default = False  # added below, by the site's own rule
    limit = 1000  # addresses in one file: 333 items in three languages

    def __init__(self):
        super().__init__()
        self._paths = {}

    @property
    def paginator(self):
        per_item = len(self._languages())
        return LanguagePaginator(self.items(), max(1, self.limit // per_item), self)

    def _location(self, item, force_lang_code=None):
        """The item's path in a language, worked out once (each is also every other's alternate)."""
        key = (id(item[0]), force_lang_code or item[1])
        if key not in self._paths:
            self._paths[key] = super()._location(item, force_lang_code)
        return self._paths[key]

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        default = x_default_language()
        for url in urls:
            for alternate in list(url["alternates"]):
                if alternate["lang_code"] == default:
                    url["alternates"].append({**alternate, "lang_code": "x-default"})
        return urls


class ContentSitemap(I18nSitemap):
    """The public pages of one model, oldest first, each dated by its last change.

    Subclasses give `public()`, the queryset of items with a page, and `changed`, the date
    fields whose latest value is an item's last change.
    """

    changed = ("updated_at",)

    def __init__(self):
        super().__init__()
        self._summary = None

    def public(self):
        raise NotImplementedError

    def items(self):
        # Oldest first: a new item goes on the last file and the others keep their place.
        return self.public().only("slug", *self.changed).order_by("pk")

    def lastmod(self, item):
        return max(getattr(item, name) for name in self.changed)

    def summary(self):
        """How many items the section has and their last change: one aggregate, remembered."""
        if self._summary is None:
            found = self.public().aggregate(
                _items=Count("pk"), **{name: Max(name) for name in self.changed}
            )
            count = found.pop("_items")
            changed = max((value for value in found.values() if value), default=None)
            self._summary = (count, changed)
        return self._summary

    @property
    def paginator(self):
        paginator = super().paginator
        paginator.count = self.summary()[0]  # the index asks for the size and the last change
        return paginator

    def get_latest_lastmod(self):
        """The section's last change, for the index: one aggregate, not a walk of the items."""
        return self.summary()[1]
