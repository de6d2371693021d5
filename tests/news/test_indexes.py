"""What the news indexes answer alone, without reading the posts (PostgreSQL's plans)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.sitemaps import PostSitemap
from tests.factories.news import PostFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plans"),
]


def plan(sql):
    with connection.cursor() as cursor:
        # With a handful of rows any plan is cheap: make the planner show what the index can do.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("EXPLAIN " + sql)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_sitemap_counts_and_dates_the_news_from_the_listing_index_alone():
    PostFactory.create_batch(3)
    with CaptureQueriesContext(connection) as queries:
        count, changed = PostSitemap().summary()
    assert count == 3 and changed is not None
    assert "Index Only Scan using news_post_listing_idx" in plan(queries[0]["sql"])
