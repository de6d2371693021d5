"""Site-wide views: home, the topic hub, contact, health check, robots.txt and error pages."""

import sys

from django.conf import settings
from django.contrib import admin
from django.db import connection
from django.db.utils import DatabaseError, InterfaceError, OperationalError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView, TemplateView

from branches.jsonld import government_office
from branches.models import Branch
from core.jsonld import agency_json_ld
from core.pagination import KeysFirstPaginator
from core.permissions import NotYours
from core.views import TranslationNoticeMixin
from portal import selectors
from topics.models import Topic

# The errors of a database that cannot be reached, as opposed to a query that is wrong.
DATABASE_DOWN = (OperationalError, InterfaceError)


class HomeView(TemplateView):
    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(selectors.home_content())
        offices = [
            government_office(branch, self.request) for branch, _status in context["branch_rows"]
        ]
        context["json_ld"] = agency_json_ld(self.request, offices)
        return context


class TopicListView(ListView):
    template_name = "topics/topic_list.html"
    context_object_name = "topics"

    def get_queryset(self):
        return Topic.objects.all()


class TopicDetailView(TranslationNoticeMixin, DetailView):
    """The first few services, news, events and materials on one topic, with links to the rest."""

    template_name = "topics/topic_detail.html"
    context_object_name = "topic"

    def get_queryset(self):
        return Topic.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = selectors.topic_content(self.object)
        return context


# The heading of each section of a topic (keys of selectors.TOPIC_SECTIONS).
TOPIC_SECTION_TITLES = {
    "services": _("Services"),
    "news": _("News"),
    "events": _("Upcoming events"),
    "materials": _("Information materials"),
}


class TopicSectionView(ListView):
    """All of one kind of content on a topic (services, news...), page by page."""

    template_name = "topics/topic_section.html"
    context_object_name = "items"
    paginate_by = 20
    paginator_class = KeysFirstPaginator

    def get_queryset(self):
        section = self.kwargs["section"]
        if section not in selectors.TOPIC_SECTIONS:
            raise Http404("No such section")
        self.topic = get_object_or_404(Topic, slug=self.kwargs["slug"])
        return selectors.topic_section(self.topic, section)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        section = self.kwargs["section"]
        context.update(topic=self.topic, section=section, heading=TOPIC_SECTION_TITLES[section])
        return context


class ContactView(ListView):
    """The agency's contacts, then the branches' page by page, as the branch list pages them."""

    template_name = "portal/contact.html"
    context_object_name = "branches"
    paginate_by = 12

    def get_queryset(self):
        return Branch.objects.active()


class AccessibilityView(TemplateView):
    template_name = "portal/accessibility.html"


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        response = JsonResponse({"status": "error", "database": "unavailable"}, status=503)
        response["Retry-After"] = str(settings.DATABASE_RETRY_AFTER_SECONDS)
        return response
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def robots_txt(request):
    """robots.txt: keep crawlers out of the admin, point them at the sitemap."""
    lines = ["User-agent: *"]
    lines += [f"Disallow: /{code}/{settings.ADMIN_PATH}" for code, _name in settings.LANGUAGES]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def permission_denied(request, exception):
    """The translated 403 page; in the admin, "not yours" with the reason and a way back."""
    if isinstance(exception, NotYours):
        context = {**admin.site.each_context(request), "message": str(exception)}
        return render(request, "admin/not_yours.html", context, status=403)
    return render(request, "403.html", status=403)


def bad_request(request, exception):
    """The translated 400 page.

    Unlike Django's own, it is not wrapped in `requires_csrf_token`: that decorator reads the
    POST data again, and a body that made the request bad (a charset other than UTF-8, a broken
    Content-Length) would raise once more, turning the 400 into a 500.
    """
    return render(request, "400.html", status=400)


def page_not_found(request, exception):
    """The translated 404 page."""
    return render(request, "404.html", status=404)


def server_error(request):
    """The translated 500 page, or 503 with Retry-After when the database does not answer.

    Django calls this inside its `except` block, so the failure is still in `sys.exc_info()`:
    a lost database connection anywhere (a view, a template, a middleware) is an outage the
    visitor can wait out, not an error of ours.
    """
    unavailable = isinstance(sys.exc_info()[1], DATABASE_DOWN)
    context = {"request": request, "agency_phone": settings.AGENCY_PHONE}
    name, status = ("503.html", 503) if unavailable else ("500.html", 500)
    try:
        response = HttpResponse(loader.get_template(name).render(context), status=status)
    except Exception:  # the error page must never raise
        response = HttpResponse("Server error", content_type="text/plain", status=status)
    if unavailable:
        response["Retry-After"] = str(settings.DATABASE_RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
    return response
