from core.sitemaps import ContentSitemap
from news.models import Post


class PostSitemap(ContentSitemap):
    changefreq = "monthly"
    # The last real change, or the publication when a scheduled post came out later.
    changed = ("updated_at", "publish_at")

    def public(self):
        return Post.objects.published()
