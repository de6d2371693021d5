from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from core.views import PreviewableMixin
from events import feeds, selectors
from events.actions import registration_create
from events.choices import RegistrationStatus
from events.forms import RegistrationForm
from events.models import Event

CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8"


class EventListMixin:
    template_name = "events/event_list.html"
    context_object_name = "events"
    paginate_by = 20
    is_past = False

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["is_past"] = self.is_past
        calendar_url = self.request.build_absolute_uri(reverse("events:calendar"))
        context["calendar_url"] = calendar_url
        # webcal:// makes a click subscribe to the feed instead of downloading it once.
        context["webcal_url"] = "webcal://" + calendar_url.split("://", 1)[1]
        return context


class UpcomingEventListView(EventListMixin, ListView):
    def get_queryset(self):
        return selectors.upcoming_events()


class PastEventListView(EventListMixin, ListView):
    is_past = True

    def get_queryset(self):
        return selectors.past_events()


class EventDetailView(PreviewableMixin, DetailView):
    """The event, and on POST a registration that redirects back here with a thank-you."""

    template_name = "events/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return Event.objects.for_detail()

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = form or RegistrationForm()
        context["next_meetings"] = selectors.next_in_series(self.object)
        context["json_ld"] = selectors.event_json_ld(self.object, self.request)
        return context

    def post(self, request, *args, **kwargs):
        self.object = event = self.get_object()
        form = RegistrationForm(request.POST)
        if not event.accepts_registrations():
            form.add_error(None, _("Registration for this event is closed."))
        elif form.is_valid():
            try:
                registration = registration_create(event=event, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, self.thanks(registration))
                return redirect(f"{event.get_absolute_url()}#registration")
        context = self.get_context_data(form=form)
        return self.render_to_response(context, status=400)

    def thanks(self, registration):
        if registration.status == RegistrationStatus.WAITLISTED:
            return _(
                "Thank you. All places are taken, so you are on the waiting list. "
                "The organiser will contact you if a place becomes free."
            )
        return _("Thank you, you are registered. We look forward to seeing you.")


def _calendar_response(body, filename, attachment):
    response = HttpResponse(body, content_type=CALENDAR_CONTENT_TYPE)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


@require_safe
def event_ics(request, slug):
    """One event as an .ics file to add to a calendar."""
    event = get_object_or_404(
        Event.objects.published().select_related("branch", "organiser"), slug=slug
    )
    body = feeds.calendar_file([event], request, event.title)
    return _calendar_response(body, f"{event.slug}.ics", attachment=True)


@require_safe
def calendar_ics(request):
    """The feed to subscribe to: coming events and those of the last 90 days."""
    body = feeds.calendar_file(
        selectors.calendar_events(), request, _("One-Stop Agency for foreigners: events")
    )
    return _calendar_response(body, "events.ics", attachment=False)
