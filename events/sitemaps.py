from core.sitemaps import I18nSitemap
from events.models import Event


class EventSitemap(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Event.objects.published().order_by("-start", "pk")

    def lastmod(self, event):
        return event.updated_at
