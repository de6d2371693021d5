"""An Atom feed of the latest news, one per language (the URL's language is the feed's)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from core.feeds import MultilingualAtomFeed
from core.i18n import shown_language
from news.models import Post

FEED_LENGTH = 20


class LatestPostsFeed(Feed):
    # `language` is left unset: Django then writes the active language, the URL's prefix.
    feed_type = MultilingualAtomFeed
    title = _("News of the One-Stop Agency for foreigners")
    subtitle = _("News of the agency that helps third-country nationals who live in Latvia.")
    description = subtitle
    link = reverse_lazy("news:list")
    feed_url = reverse_lazy("news:feed")
    author_name = _("One-Stop Agency for foreigners")

    def items(self):
        # An entry shows no cover: only the texts, the link and the dates are read.
        fields = ["slug", "title", "lead", "publish_at", "updated_at"]
        return Post.objects.for_listing().only(*fields)[:FEED_LENGTH]

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.lead

    def item_pubdate(self, post):
        return post.publish_at

    def item_updateddate(self, post):
        """The last real change, never before the publication."""
        return max(post.updated_at, post.publish_at)

    def item_categories(self, post):
        return [category.name for category in post.categories.all()]

    def item_extra_kwargs(self, post):
        """The languages the title and the lead are shown in (a fallback is marked)."""
        return {
            "language": shown_language(post, "title"),
            "summary_language": shown_language(post, "lead"),
        }
