from core.sitemaps import I18nSitemap
from news.models import Post


class PostSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Post.objects.published()

    def lastmod(self, post):
        return post.updated_at
