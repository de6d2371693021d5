"""Reads of the news pages: the filtered list, related posts and schema.org data."""

from django.db.models import Max, Min, Q
from django.utils import timezone

from core.facets import Facet, build_facets
from core.i18n import shown_language
from core.jsonld import agency, to_json_ld
from news.filters import PostFilter
from news.models import Post

RELATED_POSTS = 3


def post_years():
    """Years with published posts, newest first, in the site's time zone.

    Read from the listing index, not from every post: the first and the last publication,
    then one post looked up in each year between them (one UNION of LIMIT 1 queries).
    """
    published = Post.objects.published(timezone.now()).order_by()
    bounds = published.aggregate(first=Min("publish_at"), last=Max("publish_at"))
    if bounds["first"] is None:
        return []
    first, last = (timezone.localtime(bounds[end]).year for end in ("first", "last"))
    probes = [
        published.filter(publish_at__year=year).values("publish_at")[:1]
        for year in range(last, first - 1, -1)
    ]
    found = probes[0].union(*probes[1:], all=True)
    return sorted({timezone.localtime(row["publish_at"]).year for row in found}, reverse=True)


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
