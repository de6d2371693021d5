from core.sitemaps import ContentSitemap
from events.models import Event


class EventSitemap(ContentSitemap):
    changefreq = "weekly"

    def public(self):
        return Event.objects.published()
