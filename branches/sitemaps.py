from branches.models import Branch
from core.sitemaps import ContentSitemap


class BranchSitemap(ContentSitemap):
    changefreq = "monthly"

    def public(self):
        return Branch.objects.active()
