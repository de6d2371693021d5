"""Calendar files: parseable, in the page's language, at the right instants across DST.

The files are written by events/ical.py; the icalendar library reads them here, and a
reference built with icalendar the way the feed was built before says what they must hold.
"""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from icalendar import Calendar
from icalendar import Event as CalendarEvent

from core.i18n import shown_language as shown
from core.richtext import plain_text
from events import feeds
from events.models import Event
from tests.factories import EventFactory

pytestmark = pytest.mark.django_db
RIGA = ZoneInfo("Europe/Riga")


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def at_ten(day):
    start = dt.datetime.combine(day, dt.time(10), tzinfo=RIGA)
    return {"start": start, "end": start + dt.timedelta(hours=2)}


def test_event_ics_is_in_the_page_language(client, language):
    event = EventFactory(**at_ten(dt.date(2027, 1, 19)))
    calendar = parse(client.get(reverse("events:ics", kwargs={"slug": event.slug})))
    (component,) = calendar.walk("VEVENT")
    assert str(component["SUMMARY"]) == getattr(event, f"title_{language}")
    assert getattr(event, f"topic_{language}") in str(component["DESCRIPTION"])
    assert str(component["UID"]) == f"event-{event.pk}@one-stop-agency"
    assert str(component["URL"]).startswith(f"http://127.0.0.1/{language}/events/")
    assert event.branch.street_address in str(component["LOCATION"])


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [(dt.date(2027, 3, 26), 8), (dt.date(2027, 3, 29), 7)],
    ids=["winter-time", "summer-time"],
)
def test_ten_in_riga_is_the_right_instant_on_both_sides_of_the_dst_change(client, day, utc_hour):
    event = EventFactory(**at_ten(day))
    calendar = parse(client.get(f"/en/events/{event.slug}/event.ics"))
    (component,) = calendar.walk("VEVENT")
    assert component.start.astimezone(dt.UTC) == dt.datetime.combine(
        day, dt.time(utc_hour), tzinfo=dt.UTC
    )
    assert component.end - component.start == dt.timedelta(hours=2)
    assert component.start.utcoffset() == dt.timedelta(0)  # in UTC: no VTIMEZONE to get wrong
    assert b"DTSTART:" in calendar.to_ical() and not calendar.timezones
    assert calendar["X-WR-TIMEZONE"] == "Europe/Riga"  # shown in Riga time


def test_feed_holds_the_coming_year_and_the_last_30_days(client, language):
    now = timezone.now()
    coming = EventFactory(start=now + dt.timedelta(days=3))
    recent = EventFactory(start=now - dt.timedelta(days=25))
    EventFactory(start=now - dt.timedelta(days=35), slug="too-old")
    EventFactory(start=now + dt.timedelta(days=370), slug="too-far")
    EventFactory(start=now + dt.timedelta(days=5), publication="draft", slug="hidden")
    calendar = parse(client.get(reverse("events:calendar")))
    uids = {str(component["UID"]) for component in calendar.walk("VEVENT")}
    assert uids == {f"event-{coming.pk}@one-stop-agency", f"event-{recent.pk}@one-stop-agency"}
    summaries = {str(component["SUMMARY"]) for component in calendar.walk("VEVENT")}
    assert summaries == {getattr(e, f"title_{language}") for e in (coming, recent)}


def test_feed_keeps_at_most_its_share_coming_events_first(client, monkeypatch):
    monkeypatch.setattr("events.selectors.CALENDAR_MOST", 3)
    now = timezone.now()
    past = [EventFactory(start=now - dt.timedelta(days=days)) for days in (2, 1)]
    coming = [EventFactory(start=now + dt.timedelta(days=days)) for days in (3, 1, 2)]
    calendar = parse(client.get(reverse("events:calendar")))
    uids = [str(component["UID"]) for component in calendar.walk("VEVENT")]
    assert uids == [
        f"event-{event.pk}@one-stop-agency" for event in (coming[1], coming[2], coming[0])
    ]
    monkeypatch.setattr("events.selectors.CALENDAR_MOST", 4)
    calendar = parse(client.get(reverse("events:calendar")))
    uids = [str(component["UID"]) for component in calendar.walk("VEVENT")]
    assert uids[0] == f"event-{past[1].pk}@one-stop-agency"
    assert len(uids) == 4


def test_feed_uids_are_the_same_in_every_language(client):
    event = EventFactory()
    uids = set()
    for code in ("lv", "ru", "en"):
        calendar = parse(client.get(f"/{code}/events/calendar.ics"))
        uids |= {str(component["UID"]) for component in calendar.walk("VEVENT")}
    assert uids == {f"event-{event.pk}@one-stop-agency"}


def test_feed_with_no_events_is_still_a_calendar(client):
    calendar = parse(client.get("/en/events/calendar.ics"))
    assert calendar.walk("VEVENT") == []


def test_cancelled_event_says_so_in_the_calendar(client):
    event = EventFactory(status="cancelled")
    (component,) = parse(client.get(f"/en/events/{event.slug}/event.ics")).walk("VEVENT")
    assert component["STATUS"] == "CANCELLED"


def test_calendar_files_answer_only_reads(client):
    assert client.post("/en/events/calendar.ics").status_code == 405


def test_description_is_plain_text_with_paragraphs_kept_apart(client):
    event = EventFactory(description_en="<p>First&nbsp;part.</p><p>Second <b>part</b>.</p>")
    (component,) = parse(client.get(f"/en/events/{event.slug}/event.ics")).walk("VEVENT")
    assert "First part. Second part." in str(component["DESCRIPTION"])
    assert "<" not in str(component["DESCRIPTION"])


def test_feed_asks_clients_to_refresh_twice_a_day(client):
    calendar = parse(client.get("/en/events/calendar.ics"))
    assert calendar["X-PUBLISHED-TTL"] == "PT12H"
    assert calendar.refresh_interval == dt.timedelta(hours=12)


def reference_calendar(events, name):
    """The feed as it was built with icalendar before events/ical.py: what the writer must match."""
    calendar = Calendar()
    for key, value in (("prodid", feeds.PRODID), ("version", "2.0"), ("name", name)):
        calendar.add(key, value)
    for event in events:
        url = f"http://127.0.0.1{event.get_absolute_url()}"
        component = CalendarEvent()
        component.add("uid", f"event-{event.pk}@one-stop-agency")
        component.add("dtstamp", event.updated_at.astimezone(dt.UTC))
        component.add("last-modified", event.updated_at.astimezone(dt.UTC))
        component.add("dtstart", event.local_start)
        component.add("dtend", event.local_end)
        component.add("summary", event.title, parameters={"LANGUAGE": shown(event, "title")})
        lines = [gettext("Topic: %(topic)s") % {"topic": event.topic}] if event.topic else []
        lines += [plain_text(event.description)] if plain_text(event.description) else []
        if event.organiser:
            lines.append(gettext("Organiser: %(name)s") % {"name": event.organiser.name})
        component.add(
            "description",
            "\n\n".join([*lines, url]),
            parameters={"LANGUAGE": shown(event, "description")},
        )
        if event.place_kind == "online":
            location = event.online_url
        elif event.place_kind == "address":
            location = event.address
        else:
            branch = event.branch
            location = f"{branch.name}, {branch.street_address}, {branch.postcode} {branch.city}"
        component.add("location", location)
        component.add("url", url)
        component.add("status", "CANCELLED" if event.is_cancelled else "CONFIRMED")
        calendar.add_component(component)
    calendar.add_missing_timezones()
    return Calendar.from_ical(calendar.to_ical())


def fields(calendar):
    """What a calendar app reads of each event, by UID."""
    return {
        str(component["UID"]): {
            "start": component.start,
            "end": component.end,
            "stamp": component["DTSTAMP"].dt,
            "modified": component["LAST-MODIFIED"].dt,
            **{
                key: (str(component[key]), component[key].params.get("LANGUAGE"))
                for key in ("SUMMARY", "DESCRIPTION", "LOCATION", "URL", "STATUS")
            },
        }
        for component in calendar.walk("VEVENT")
    }


@pytest.fixture
def awkward_events():
    """Texts with every character TEXT escapes, long Cyrillic, emoji, fallbacks, every place."""
    now = timezone.now()
    long_ru = "Встреча; о видах на жительство, работе и школе — " * 6
    return [
        EventFactory(
            start=now + dt.timedelta(days=2),
            title_en="Rights, duties; and C:\\path \\n not a newline",
            title_ru=long_ru[:199],
            description_en="<p>Line one,</p><p>line two; 🎉 done</p>",
            description_ru=f"<p>{long_ru}</p><ul><li>а</li><li>б</li></ul>",
        ),
        EventFactory(
            start=now + dt.timedelta(days=4),
            title_ru="",
            title_en="",
            topic_ru="",
            topic_en="",
            description_ru="",
            description_en="",
            place_kind="address",
            branch=None,
            address_lv="Rīgas iela 1, Daugavpils",
            organiser=None,
        ),
        EventFactory(
            start=now - dt.timedelta(days=3),
            place_kind="online",
            branch=None,
            online_url="https://meet.example.lv/a?b=1,2;c",
            status="cancelled",
        ),
    ]


def test_the_feed_holds_what_the_icalendar_library_wrote_before(client, language, awkward_events):
    written = parse(client.get(f"/{language}/events/calendar.ics"))
    events = [Event.objects.get(pk=event.pk) for event in awkward_events]
    expected = fields(reference_calendar(events, "x"))
    assert fields(written) == expected
    assert len(expected) == 3
    name = {"lv": "Vienas pieturas aģentūra", "ru": "Агентство", "en": "One-Stop Agency"}[language]
    assert str(written["X-WR-CALNAME"]).startswith(name)


def test_the_feed_is_folded_at_75_octets_on_character_boundaries_with_crlf(client, awkward_events):
    for language in ("lv", "ru", "en"):
        body = client.get(f"/{language}/events/calendar.ics").content
        assert body.endswith(b"END:VCALENDAR\r\n")
        lines = body.split(b"\r\n")[:-1]
        assert all(b"\n" not in line and b"\r" not in line for line in lines)
        assert max(len(line) for line in lines) <= 75
        assert any(line.startswith(b" ") for line in lines)  # the long Russian title is folded
        for line in lines:
            line.decode()  # no line ends inside a character


def test_the_event_file_matches_too(client, awkward_events):
    for event in awkward_events:
        written = parse(client.get(f"/ru/events/{event.slug}/event.ics"))
        with translation.override("ru"):
            expected = fields(reference_calendar([Event.objects.get(pk=event.pk)], "x"))
        assert fields(written) == expected


def test_an_unknown_or_hidden_event_has_no_file(client):
    hidden = EventFactory(publication="draft")
    assert client.get(f"/en/events/{hidden.slug}/event.ics").status_code == 404
    assert client.get("/en/events/no-such-event/event.ics").status_code == 404
