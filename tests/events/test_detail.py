"""The event page: when, where, who, the series, the materials, schema.org data, the cache."""

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import (
    AttachmentFactory,
    EventFactory,
    RegistrationFactory,
    SeriesFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db
RIGA = ZoneInfo("Europe/Riga")


def json_ld(html):
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found.group(1))


@pytest.fixture
def meeting():
    return EventFactory(
        slug="dialogue",
        start=dt.datetime(2027, 1, 19, 10, tzinfo=RIGA),
        end=dt.datetime(2027, 1, 19, 12, tzinfo=RIGA),
        series=SeriesFactory(interval_months=2, name_en="Dialogue Platform"),
        audience="institutions",
        topics=[TopicFactory(slug="residence-permits")],
    )


def test_detail_in_each_language(client, language, meeting):
    response = client.get(meeting.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert getattr(meeting, f"title_{language}") in html
    assert getattr(meeting, f"topic_{language}") in html
    assert '<time datetime="2027-01-19T10:00:00+02:00">' in html
    assert meeting.branch.get_absolute_url() in html
    assert "/topics/residence-permits/" in html
    assert {"lv": "2027. gada 19. janvāris", "ru": "19 января 2027", "en": "19 January 2027"}[
        language
    ] in html


def test_series_says_how_often_it_meets(client, meeting):
    html = client.get(f"/en/events/{meeting.slug}/").content.decode()
    assert "meets every 2 months" in html


def test_online_event_links_the_meeting_and_address_event_shows_the_address(client):
    online = EventFactory(place_kind="online", branch=None, online_url="https://meet.example.lv/x")
    elsewhere = EventFactory(place_kind="address", branch=None, address_lv="Rīgas iela 1")
    assert "https://meet.example.lv/x" in client.get(online.get_absolute_url()).content.decode()
    assert "Rīgas iela 1" in client.get(elsewhere.get_absolute_url()).content.decode()


def test_attachments_show_their_kind_and_where_they_lead(client, meeting):
    AttachmentFactory(event=meeting, url="https://www.example.lv/minutes.pdf")
    html = client.get(f"/en/events/{meeting.slug}/").content.decode()
    assert "Minutes" in html
    assert "external link to www.example.lv" in html


def test_json_ld_describes_the_event(client, meeting):
    data = json_ld(client.get(f"/en/events/{meeting.slug}/").content.decode())
    assert data["@type"] == "Event"
    assert data["name"] == meeting.title_en
    assert data["startDate"] == "2027-01-19T10:00:00+02:00"
    assert data["endDate"] == "2027-01-19T12:00:00+02:00"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["addressCountry"] == "LV"
    assert data["organizer"]["name"] == meeting.organiser.name_en


def test_json_ld_of_a_cancelled_online_event(client):
    event = EventFactory(
        place_kind="online", branch=None, online_url="https://meet.example.lv/y", status="cancelled"
    )
    data = json_ld(client.get(f"/en/events/{event.slug}/").content.decode())
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.lv/y"}
    assert data["eventStatus"] == "https://schema.org/EventCancelled"


def test_json_ld_cannot_close_the_script_element(client):
    event = EventFactory(title_en="</script><script>alert(1)</script>")
    html = client.get(f"/en/events/{event.slug}/").content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["name"] == event.title_en


def test_description_is_sanitised(client):
    event = EventFactory(
        description_en='<p>Hi</p><script>alert(1)</script><a href="javascript:x">x</a>'
    )
    html = client.get(f"/en/events/{event.slug}/").content.decode()
    assert "alert(1)" not in html and "javascript:" not in html


def test_next_meetings_of_the_series_are_linked(client, meeting):
    later = EventFactory(series=meeting.series, start=meeting.start + dt.timedelta(days=60))
    html = client.get(f"/en/events/{meeting.slug}/").content.decode()
    assert later.get_absolute_url() in html


def test_unpublished_or_unknown_event_is_404(client):
    hidden = EventFactory(publication="draft")
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get("/en/events/no-such-event/").status_code == 404


def test_past_event_page_still_works(client):
    event = EventFactory(start=timezone.now() - dt.timedelta(days=30), form=True)
    response = client.get(f"/en/events/{event.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "This event has already taken place." in html
    assert 'id="registration"' not in html
    assert f"/en/events/{event.slug}/register/" not in html


@pytest.mark.parametrize("kind", ["form", "form-full", "none", "link"])
def test_an_anonymous_visit_gets_no_cookie_and_no_token_so_the_page_cache_keeps_it(
    client, settings, kind
):
    settings.PAGE_CACHE_SECONDS = 300  # the anonymous page cache on, as in production
    cache.clear()
    event = EventFactory(
        form=kind.startswith("form"),
        capacity=1,
        registration_kind="form" if kind.startswith("form") else kind,
        registration_url="https://example.lv/r" if kind == "link" else "",
    )
    if kind == "form-full":
        RegistrationFactory(event=event)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # a visitor who has been here before
    first = client.get(f"/en/events/{event.slug}/")
    assert first.status_code == 200
    assert not first.cookies
    assert b"csrfmiddlewaretoken" not in first.content
    assert first["X-Page-Cache"] == "miss"
    assert client.get(f"/en/events/{event.slug}/")["X-Page-Cache"] == "hit"
    if kind.startswith("form"):
        form_page = f"/en/events/{event.slug}/register/"
        for _ in range(2):
            response = client.get(form_page)
            assert b"csrfmiddlewaretoken" in response.content
            assert response["X-Page-Cache"] == "miss"


def test_detail_runs_the_same_number_of_queries_however_much_it_shows(client, meeting):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/en/events/{meeting.slug}/").status_code == 200
        return len(queries)

    few = count()
    for _ in range(5):
        AttachmentFactory(event=meeting)
        meeting.topics.add(TopicFactory())
        EventFactory(series=meeting.series, start=meeting.start + dt.timedelta(days=30))
    assert count() == few
