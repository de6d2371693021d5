"""Calendar files: parseable, in the page's language, at the right instants across DST."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

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
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/Riga"]


def test_feed_holds_the_coming_year_and_the_last_90_days(client, language):
    now = timezone.now()
    coming = EventFactory(start=now + dt.timedelta(days=3))
    recent = EventFactory(start=now - dt.timedelta(days=80))
    EventFactory(start=now - dt.timedelta(days=100), slug="too-old")
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
