from core.sitemaps import I18nSitemap
from news.models import Post


class PostSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Post.objects.published()

    def lastmod(self, post):
        """The last real change, or the publication when a scheduled post came out later."""
        return max(post.updated_at, post.publish_at)
