from core.sitemaps import I18nSitemap
from materials.models import Material


class MaterialSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Material.objects.published()

    def lastmod(self, material):
        return material.updated_at
