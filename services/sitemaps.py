from core.sitemaps import ContentSitemap
from services.models import Service


class ServiceSitemap(ContentSitemap):
    changefreq = "monthly"

    def public(self):
        return Service.objects.published()
