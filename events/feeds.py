"""iCalendar files: one event to add to a calendar, or the feed a calendar app subscribes to.

Times are written in Europe/Riga with its VTIMEZONE, so every client places them at the
same instant on both sides of a daylight saving change. Texts are in the active language.
"""

import datetime as dt

from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from core.i18n import shown_language
from core.richtext import plain_text
from events.choices import EventStatus, PlaceKind

PRODID = "-//One-Stop Agency for foreigners//Events//EN"
UID_DOMAIN = "one-stop-agency"
REFRESH = dt.timedelta(hours=12)
REFRESH_TTL = "PT12H"  # The same, as Outlook's X-PUBLISHED-TTL wants it


def event_uid(event):
    """The same for an event whatever the language, so calendars update it in place."""
    return f"event-{event.pk}@{UID_DOMAIN}"


def _location(event):
    if event.place_kind == PlaceKind.ONLINE:
        return event.online_url
    if event.place_kind == PlaceKind.ADDRESS:
        return event.address
    branch = event.branch
    return f"{branch.name}, {branch.street_address}, {branch.postcode} {branch.city}"


def _description(event, url):
    lines = []
    if event.topic:
        lines.append(_("Topic: %(topic)s") % {"topic": event.topic})
    text = plain_text(event.description)
    if text:
        lines.append(text)
    if event.organiser is not None:
        lines.append(_("Organiser: %(name)s") % {"name": event.organiser.name})
    lines.append(url)
    return "\n\n".join(lines)


def _component(event, request):
    url = request.build_absolute_uri(event.get_absolute_url())
    changed = event.updated_at.astimezone(dt.UTC)
    component = CalendarEvent()
    component.add("uid", event_uid(event))
    component.add("dtstamp", changed)
    component.add("last-modified", changed)
    component.add("dtstart", event.local_start)
    component.add("dtend", event.local_end)
    # LANGUAGE tells a calendar which language a text is in, Latvian where it fell back.
    component.add("summary", event.title, parameters={"LANGUAGE": shown_language(event, "title")})
    component.add(
        "description",
        _description(event, url),
        parameters={"LANGUAGE": shown_language(event, "description")},
    )
    component.add("location", _location(event))
    component.add("url", url)
    cancelled = event.status == EventStatus.CANCELLED
    component.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return component


def calendar_file(events, request, name):
    """The events, in time order, as the bytes of an iCalendar file named `name`."""
    events = sorted(events, key=lambda event: (event.start, event.pk))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Riga")
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", REFRESH_TTL)
    for event in events:
        calendar.add_component(_component(event, request))
    if events:
        # Transitions for the years the events span only, to keep the file short.
        first = min(event.local_start for event in events).date().replace(month=1, day=1)
        last = max(event.local_end for event in events).date() + dt.timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar.to_ical()
