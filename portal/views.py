"""Site-wide views: home, contact, health check, robots.txt and error pages."""

from django.conf import settings
from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from branches.models import Branch
from branches.schedule import branch_status, riga_now
from events.selectors import upcoming_events
from news.models import Post
from services.models import Service


class HomeView(TemplateView):
    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = riga_now()
        context["branch_rows"] = [(b, branch_status(b, now)) for b in Branch.objects.for_listing()]
        context["services"] = Service.objects.for_listing()[:6]
        context["posts"] = Post.objects.for_listing()[:3]
        context["events"] = upcoming_events(limit=3)
        return context


class ContactView(TemplateView):
    template_name = "portal/contact.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["branches"] = Branch.objects.for_listing()
        return context


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
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: /{code}/admin/" for code, _name in settings.LANGUAGES]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    """Render the translated 500 page; fall back to plain text if even that fails."""
    try:
        template = loader.get_template("500.html")
        return HttpResponseServerError(template.render({"request": request}))
    except Exception:  # the error page must never raise
        return HttpResponseServerError("Server error", content_type="text/plain")
