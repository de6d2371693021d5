from materials.models import Material
from portal.sitemaps import I18nSitemap


class MaterialSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Material.objects.published()

    def lastmod(self, material):
        return material.updated_at
