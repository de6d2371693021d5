from core.sitemaps import I18nSitemap
from services.models import Service


class ServiceSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Service.objects.published()

    def lastmod(self, service):
        return service.updated_at
