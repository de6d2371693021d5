from news.models import Post
from portal.sitemaps import I18nSitemap


class PostSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Post.objects.published()

    def lastmod(self, post):
        return post.updated_at
