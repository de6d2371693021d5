from core.sitemaps import I18nSitemap
from topics.models import Topic


class TopicSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Topic.objects.all()

    def lastmod(self, topic):
        return topic.updated_at
