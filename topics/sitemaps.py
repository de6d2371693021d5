from core.sitemaps import ContentSitemap
from topics.models import Topic


class TopicSitemap(ContentSitemap):
    changefreq = "weekly"

    def public(self):
        return Topic.objects.all()
