"""Root URLs: public pages inside i18n_patterns, machine endpoints outside."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from branches.sitemaps import BranchSitemap
from events.sitemaps import EventSitemap
from materials.sitemaps import MaterialSitemap
from news.sitemaps import PostSitemap
from portal import views
from portal.sitemaps import StaticViewSitemap
from services.sitemaps import ServiceSitemap
from topics.sitemaps import TopicSitemap

admin.site.site_header = _("One-Stop Agency: administration")
admin.site.site_title = _("One-Stop Agency")
admin.site.index_title = _("Content")

sitemaps = {
    "pages": StaticViewSitemap,
    "branches": BranchSitemap,
    "services": ServiceSitemap,
    "materials": MaterialSitemap,
    "news": PostSitemap,
    "events": EventSitemap,
    "topics": TopicSitemap,
}

# The topic hub gathers the content apps, so its pages live here, above them.
topic_patterns = (
    [
        path("", views.TopicListView.as_view(), name="list"),
        path("<slug:slug>/", views.TopicDetailView.as_view(), name="detail"),
        path("<slug:slug>/<slug:section>/", views.TopicSectionView.as_view(), name="section"),
    ],
    "topics",
)

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    # An index of sections, each in files of a bounded size (Sitemap.limit, `?p=` pages).
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": sitemaps, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": sitemaps},
        name="sitemap_section",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("contact/", views.ContactView.as_view(), name="contact"),
    path("ask/", include("enquiries.urls")),
    path("accessibility/", views.AccessibilityView.as_view(), name="accessibility"),
    path("branches/", include("branches.urls")),
    path("services/", include("services.urls")),
    path("topics/", include(topic_patterns)),
    path("search/", include("search.urls")),
    path("news/", include("news.urls")),
    path("events/", include("events.urls")),
    path("dialogue-platform/", include("dialogue.urls")),
    path("materials/", include("materials.urls")),
    path(settings.ADMIN_PATH, admin.site.urls),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler400 = "portal.views.bad_request"
handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
