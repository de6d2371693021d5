"""Reads of the news pages: the filtered list, related posts and schema.org data."""

from django.db import connection
from django.db.models import Q
from django.utils import timezone

from core.facets import Facet, build_facets
from core.i18n import shown_language
from core.jsonld import agency, to_json_ld
from news.filters import PostFilter
from news.models import LIVE, Post

RELATED_POSTS = 3


# From the newest published post, jump to the newest one before the start of its year, and
# so on: one step of the listing index per year with posts, where a DISTINCT over the posts'
# truncated dates reads and sorts every post (40-60 ms of PostgreSQL at 10,000 posts).
YEARS_SQL = """
WITH RECURSIVE newest (moment) AS (
    (SELECT publish_at FROM {table}
     WHERE status = ANY(%(live)s) AND publish_at <= %(now)s
     ORDER BY publish_at DESC LIMIT 1)
  UNION ALL
    SELECT (SELECT publish_at FROM {table}
            WHERE status = ANY(%(live)s)
              AND publish_at < date_trunc('year', moment AT TIME ZONE %(zone)s) AT TIME ZONE %(zone)s
            ORDER BY publish_at DESC LIMIT 1)
    FROM newest WHERE moment IS NOT NULL
)
SELECT moment FROM newest WHERE moment IS NOT NULL
"""


def post_years():
    """Years with published posts, newest first, in the site's time zone (one index step a year)."""
    params = {
        "live": [str(status) for status in LIVE],
        "now": timezone.now(),
        "zone": timezone.get_current_timezone_name(),
    }
    if connection.vendor != "postgresql":  # SQLite (the demo's embedded default): few posts
        return [
            moment.year
            for moment in Post.objects.published().datetimes("publish_at", "year", order="DESC")
        ]
    with connection.cursor() as cursor:
        cursor.execute(YEARS_SQL.format(table=Post._meta.db_table), params)
        return [timezone.localtime(moment).year for (moment,) in cursor.fetchall()]


def post_list(*, data):
    """A bound FilterSet over the published posts, ready for `.qs` and `.form`."""
    return PostFilter(data or None, queryset=Post.objects.for_listing(), years=post_years())


NEWS_FACETS = [Facet("category"), Facet("branch"), Facet("year")]


def post_facets(filterset):
    """Each filter as the shared filter form draws it: label, options, the chosen one, errors."""
    return build_facets(filterset, NEWS_FACETS)


def related_posts(post):
    """Up to three published posts sharing a topic or a category with `post`."""
    topics = [topic.pk for topic in post.topics.all()]
    categories = [category.pk for category in post.categories.all()]
    if not topics and not categories:
        return Post.objects.none()
    shared = Q(topics__in=topics) | Q(categories__in=categories)
    matching = Post.objects.published().filter(shared).exclude(pk=post.pk).values("pk")
    return Post.objects.for_listing().filter(pk__in=matching)[:RELATED_POSTS]


def news_article_json_ld(post, request):
    """schema.org NewsArticle data for the post's page."""
    publisher = agency(request)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": post.title,
        "description": post.lead,
        "url": request.build_absolute_uri(post.get_absolute_url()),
        "mainEntityOfPage": request.build_absolute_uri(post.get_absolute_url()),
        # A draft in preview has no publication time yet.
        "datePublished": (post.publish_at or post.updated_at).isoformat(),
        "dateModified": post.updated_at.isoformat(),
        "inLanguage": shown_language(post, "body" if post.body else "lead"),
        "author": publisher,
        "publisher": publisher,
        "articleSection": [category.name for category in post.categories.all()],
        "about": [topic.name for topic in post.topics.all()],
    }
    if post.cover_image:
        data["image"] = request.build_absolute_uri(post.cover_image["src"])
    return to_json_ld(data)
