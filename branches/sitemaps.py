from branches.models import Branch
from core.sitemaps import I18nSitemap


class BranchSitemap(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Branch.objects.active()

    def lastmod(self, branch):
        return branch.updated_at
