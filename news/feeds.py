"""An Atom feed of the latest news, one per language (the URL's language is the feed's)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from news.models import Post

FEED_LENGTH = 20


class LatestPostsFeed(Feed):
    # `language` is left unset: Django then writes the active language, the URL's prefix.
    feed_type = Atom1Feed
    title = _("News of the One-Stop Agency for foreigners")
    subtitle = _("News of the agency that helps third-country nationals who live in Latvia.")
    description = subtitle
    link = reverse_lazy("news:list")
    feed_url = reverse_lazy("news:feed")
    author_name = _("One-Stop Agency for foreigners")

    def items(self):
        return Post.objects.for_listing()[:FEED_LENGTH]

    def item_title(self, post):
        return post.title

    def item_description(self, post):
        return post.lead

    def item_pubdate(self, post):
        return post.publish_at

    def item_updateddate(self, post):
        return post.updated_at

    def item_categories(self, post):
        return [category.name for category in post.categories.all()]
