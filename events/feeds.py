"""iCalendar files: one event to add to a calendar, or the feed a calendar app subscribes to.

Times are written in UTC, so every client places them at the same instant on both sides of
a daylight saving change, and X-WR-TIMEZONE asks it to show them in Riga time. Texts are in
the active language, with a LANGUAGE parameter where they fell back to another.
"""

import re
from html import unescape

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.richtext import BLOCK_END
from events import ical
from events.choices import EventStatus, PlaceKind

PRODID = "-//One-Stop Agency for foreigners//Events//EN"
UID_DOMAIN = "one-stop-agency"
REFRESH = "PT12H"  # REFRESH-INTERVAL, and Outlook's X-PUBLISHED-TTL, as a duration
TRANSLATED = (
    "title",
    "topic",
    "description",
    "address",
    "branch__name",
    "branch__city",
    "organiser__name",
)
COLUMNS = (
    "pk",
    "slug",
    "start",
    "end",
    "updated_at",
    "status",
    "place_kind",
    "online_url",
    "branch__street_address",
    "branch__postcode",
    "organiser",
)


# A tag, with quoted attribute values that may hold ">", or a comment. The description is
# sanitised rich text and the result is calendar TEXT, never HTML: a regular expression does
# what django's strip_tags (an HTML parser, 30 µs a description) did, in a tenth of the time.
TAG = re.compile(r"""<(?:/?[A-Za-z][^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*|!--.*?--)>""", re.S)


def plain_text(html):
    """Rich text as one line of plain text, blocks kept apart (as core.richtext.plain_text)."""
    return " ".join(unescape(TAG.sub("", BLOCK_END.sub(" ", html or ""))).split())


def event_uid(pk):
    """The same for an event whatever the language, so calendars update it in place."""
    return f"event-{pk}@{UID_DOMAIN}"


def _languages():
    """The active language, then the fallbacks, as modeltranslation reads a field."""
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES["default"]
    return tuple(dict.fromkeys((get_language(), *fallbacks)))


def calendar_rows(events):
    """The columns a calendar file needs of `events` (a queryset), texts in every fallback."""
    names = [f"{field}_{code}" for field in TRANSLATED for code in _languages()]
    return events.values(*COLUMNS, *names)


def _shown(row, field, languages):
    """(text, language) of a translated column as the page shows it: the first one filled."""
    for code in languages:
        value = row[f"{field}_{code}"]
        if value:
            return value, code
    return "", languages[0]


def calendar_title(row):
    """The event's title as its file names it (the name of a one-event calendar)."""
    return _shown(row, "title", _languages())[0]


def _location(row, languages):
    if row["place_kind"] == PlaceKind.ONLINE:
        return row["online_url"]
    if row["place_kind"] == PlaceKind.ADDRESS:
        return _shown(row, "address", languages)[0]
    name = _shown(row, "branch__name", languages)[0]
    city = _shown(row, "branch__city", languages)[0]
    return f"{name}, {row['branch__street_address']}, {row['branch__postcode']} {city}"


def _description(row, url, languages):
    lines = []
    topic = _shown(row, "topic", languages)[0]
    if topic:
        lines.append(_("Topic: %(topic)s") % {"topic": topic})
    text = plain_text(_shown(row, "description", languages)[0])
    if text:
        lines.append(text)
    if row["organiser"] is not None:
        name = _shown(row, "organiser__name", languages)[0]
        lines.append(_("Organiser: %(name)s") % {"name": name})
    lines.append(url)
    return "\n\n".join(lines)


def _event_lines(row, url, languages):
    changed = ical.utc(row["updated_at"])
    title, title_language = _shown(row, "title", languages)
    description_language = _shown(row, "description", languages)[1]
    cancelled = row["status"] == EventStatus.CANCELLED
    return (
        "BEGIN:VEVENT",
        f"UID:{ical.text(event_uid(row['pk']))}",
        f"DTSTAMP:{changed}",
        f"LAST-MODIFIED:{changed}",
        f"DTSTART:{ical.utc(row['start'])}",
        f"DTEND:{ical.utc(row['end'])}",
        # LANGUAGE tells a calendar which language a text is in, Latvian where it fell back.
        f"SUMMARY;LANGUAGE={title_language}:{ical.text(title)}",
        f"DESCRIPTION;LANGUAGE={description_language}:"
        + ical.text(_description(row, url, languages)),
        f"LOCATION:{ical.text(_location(row, languages))}",
        f"URL:{url}",
        f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}",
        "END:VEVENT",
    )


def calendar_file(rows, request, name):
    """Rows of calendar_rows(), in time order, as the bytes of an iCalendar file named `name`."""
    languages = _languages()
    rows = sorted(rows, key=lambda row: (row["start"], row["pk"]))
    # One reverse() for every event's address: only the slug differs.
    prefix, suffix = request.build_absolute_uri(
        reverse("events:detail", kwargs={"slug": "slug"})
    ).rsplit("slug", 1)
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"NAME:{ical.text(name)}",
        f"X-WR-CALNAME:{ical.text(name)}",
        "X-WR-TIMEZONE:Europe/Riga",
        f"REFRESH-INTERVAL;VALUE=DURATION:{REFRESH}",
        f"X-PUBLISHED-TTL:{REFRESH}",
    ]
    for row in rows:
        url = f"{prefix}{row['slug']}{suffix}"
        lines.extend(_event_lines(row, url, languages))
    lines.append("END:VCALENDAR")
    return ical.document(lines)
