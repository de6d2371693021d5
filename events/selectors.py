"""Reads about events that shape data for a page: the lists, a series, the JSON-LD."""

import datetime as dt

from django.db.models import Case, F, Q, Value, When
from django.utils import timezone

from branches.jsonld import postal_address
from core.i18n import shown_language
from core.jsonld import to_json_ld
from core.richtext import plain_text
from events.choices import EventStatus, PlaceKind
from events.models import Event

# The calendar feed's window and its most events: a subscription shows what is coming and
# what just took place, and the file stays small however many events there are. A month
# back keeps last month's meetings (with their minutes linked) in a subscriber's calendar;
# 100 is several times what the agency holds in a year, so the coming year fits whole.
CALENDAR_PAST_DAYS = 30
CALENDAR_AHEAD_DAYS = 365
CALENDAR_MOST = 100


def upcoming_events(limit=None):
    """Published events that have not started yet, soonest first, ready for cards."""
    events = Event.objects.for_listing().upcoming()
    return events[:limit] if limit else events


def past_events():
    """Published events that have started, the latest first, ready for cards."""
    return Event.objects.for_listing().past()


def calendar_events(now=None):
    """What the calendar feed holds: events of the last 30 days and the coming year, at most 100.

    When more fall in the window, the coming ones are kept first, soonest first, then the
    latest past ones.
    """
    moment = now or timezone.now()
    coming = Q(start__gte=moment)
    return (
        Event.objects.published()
        .filter(
            start__gte=moment - dt.timedelta(days=CALENDAR_PAST_DAYS),
            start__lt=moment + dt.timedelta(days=CALENDAR_AHEAD_DAYS),
        )
        .order_by(
            Case(When(coming, then=Value(0)), default=Value(1)),
            Case(When(coming, then=F("start"))),
            F("start").desc(),
            "pk",
        )[:CALENDAR_MOST]
    )


def next_in_series(event, limit=3):
    """The next meetings of the event's series after this one."""
    if event.series_id is None:
        return Event.objects.none()
    return (
        Event.objects.for_listing()
        .upcoming(max(event.start, timezone.now()))
        .filter(series_id=event.series_id)
        .exclude(pk=event.pk)[:limit]
    )


SCHEMA = "https://schema.org/"
SCHEMA_STATUS = {
    EventStatus.SCHEDULED: f"{SCHEMA}EventScheduled",
    EventStatus.CANCELLED: f"{SCHEMA}EventCancelled",
}


def _location(event, request):
    if event.is_online:
        return {"@type": "VirtualLocation", "url": event.online_url}
    if event.place_kind == PlaceKind.ADDRESS:
        return {"@type": "Place", "name": event.address, "address": event.address}
    branch = event.branch
    return {
        "@type": "Place",
        "name": branch.name,
        "url": request.build_absolute_uri(branch.get_absolute_url()),
        "address": postal_address(branch),
    }


def event_json_ld(event, request):
    """schema.org Event data for the event's detail page."""
    attendance = "OnlineEventAttendanceMode" if event.is_online else "OfflineEventAttendanceMode"
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "url": request.build_absolute_uri(event.get_absolute_url()),
        "startDate": event.local_start.isoformat(),
        "endDate": event.local_end.isoformat(),
        "eventStatus": SCHEMA_STATUS[event.status],
        "eventAttendanceMode": f"{SCHEMA}{attendance}",
        "location": _location(event, request),
        "audience": {"@type": "Audience", "audienceType": event.get_audience_display()},
        "isAccessibleForFree": True,
        "inLanguage": shown_language(event, "description" if event.description else "title"),
    }
    description = plain_text(event.description) or event.topic
    if description:
        data["description"] = description
    if event.organiser is not None:
        data["organizer"] = {"@type": "Organization", "name": event.organiser.name}
        if event.organiser.url:
            data["organizer"]["url"] = event.organiser.url
    return to_json_ld(data)
