"""The admin site of the back office: its home page is the editor's dashboard."""

from django.contrib import admin
from django.urls import path

from backoffice.dashboard import dashboard_panels
from backoffice.views import TranslationOverviewView


class BackOfficeSite(admin.AdminSite):
    index_template = "backoffice/index.html"

    def get_urls(self):
        overview = self.admin_view(TranslationOverviewView.as_view(site=self))
        return [path("translations/", overview, name="translations"), *super().get_urls()]

    def index(self, request, extra_context=None):
        context = {"panels": dashboard_panels(request), **(extra_context or {})}
        return super().index(request, context)
