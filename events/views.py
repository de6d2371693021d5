import uuid

from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import DetailView, ListView

from core.pagination import KeysFirstPaginator
from core.ratelimit import client_address, rate_limit_hit
from core.submission import retry_later, too_many_message, unavailable_message
from core.views import PreviewableMixin
from events import feeds, selectors
from events.actions import registration_cancel, registration_create
from events.forms import RegistrationForm
from events.links import registration_path, registration_pk_from
from events.models import Event, Registration

CALENDAR_CONTENT_TYPE = "text/calendar; charset=utf-8"


class EventListMixin:
    template_name = "events/event_list.html"
    context_object_name = "events"
    paginate_by = 20
    paginator_class = KeysFirstPaginator
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
    """The event and its registration state; the form has its own page, so this one is cached."""

    template_name = "events/event_detail.html"
    context_object_name = "event"

    def get_queryset(self):
        return Event.objects.for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next_meetings"] = selectors.next_in_series(self.object)
        context["json_ld"] = selectors.event_json_ld(self.object, self.request)
        return context


class RegisterView(DetailView):
    """The registration form of an event; a registration leads to the person's own page."""

    template_name = "events/register.html"
    context_object_name = "event"

    def get_queryset(self):
        return Event.objects.published().with_registration_counts()

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = form or RegistrationForm(initial={"token": uuid.uuid4()})
        return context

    def post(self, request, *args, **kwargs):
        self.object = event = self.get_object()
        form = RegistrationForm(request.POST)
        status = 400
        if not event.accepts_registrations():
            form.add_error(None, _("Registration for this event is closed."))
        elif form.is_valid():
            data = form.cleaned_data
            stored = Registration.objects.filter(token=data["token"]).first()
            if stored is None and rate_limit_hit(
                scope="registration", address=client_address(request)
            ):
                form.add_error(None, too_many_message())
                status = 429
            else:
                try:
                    stored = stored or registration_create(
                        event=event,
                        name=data["name"],
                        email=data["email"],
                        organisation=data["organisation"],
                        language=get_language(),
                        token=data["token"],
                    )
                except ValidationError as error:
                    form.add_error(None, error)
                except DatabaseError:
                    form.add_error(None, unavailable_message())
                    status = 503
                else:
                    return redirect(registration_path(stored, get_language()))
        response = self.render_to_response(self.get_context_data(form=form), status=status)
        return retry_later(response) if status == 503 else response


class RegistrationView(DetailView):
    """A person's own registration, reached by the signed link: see it, or cancel it."""

    template_name = "events/registration.html"
    context_object_name = "registration"

    def get_object(self, queryset=None):
        pk = registration_pk_from(self.kwargs["signature"])
        return get_object_or_404(
            Registration.objects.select_related("event"),
            pk=pk,
            event__slug=self.kwargs["slug"],
        )

    def get(self, request, *args, **kwargs):
        if registration_pk_from(self.kwargs["signature"]) is None:
            return self.link_invalid()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if registration_pk_from(self.kwargs["signature"]) is None:
            return self.link_invalid()
        self.object = registration = self.get_object()
        if registration.event.has_started:
            context = self.get_context_data(too_late=True)
            return self.render_to_response(context, status=400)
        registration_cancel(registration=registration)
        return redirect(request.path)

    def link_invalid(self):
        return self.response_class(
            request=self.request, template="events/registration_link_invalid.html", status=410
        )


def _calendar_response(body, filename, attachment):
    response = HttpResponse(body, content_type=CALENDAR_CONTENT_TYPE)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


@require_safe
def event_ics(request, slug):
    """One event as an .ics file to add to a calendar."""
    rows = list(feeds.calendar_rows(Event.objects.published().filter(slug=slug)))
    if not rows:
        raise Http404
    title = feeds.calendar_title(rows[0])
    body = feeds.calendar_file(rows, request, title)
    return _calendar_response(body, f"{slug}.ics", attachment=True)


@require_safe
def calendar_ics(request):
    """The feed to subscribe to: the last 30 days and the coming year (selectors.calendar_events)."""
    body = feeds.calendar_file(
        feeds.calendar_rows(selectors.calendar_events()),
        request,
        _("One-Stop Agency for foreigners: events"),
    )
    return _calendar_response(body, "events.ics", attachment=False)
