from core.sitemaps import ContentSitemap
from materials.models import Material


class MaterialSitemap(ContentSitemap):
    changefreq = "monthly"

    def public(self):
        return Material.objects.published()
