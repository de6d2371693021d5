"""Pagination whose last page costs about what the first does."""

from django.core.paginator import Paginator
from django.db.models import QuerySet


class KeysFirstPaginator(Paginator):
    """Reads a page's keys first, then only that page's rows (a "deferred join"), in one query.

    With a plain slice the database reads and drops every full row before the page's OFFSET;
    here only the keys are walked there (from an index when one covers the order and the
    filters), and the page's few rows are fetched by key, with their prefetches.
    """

    def page(self, number):
        page = super().page(number)
        if isinstance(page.object_list, QuerySet):
            keys = page.object_list.values("pk")
            page.object_list = self.object_list.filter(pk__in=keys)
        return page
