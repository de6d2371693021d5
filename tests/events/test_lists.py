"""The upcoming and past lists: split at this moment, in order, at a fixed query cost."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import EventFactory, RegistrationFactory, SeriesFactory

pytestmark = pytest.mark.django_db


def slugs(response):
    return [event.slug for event in response.context["events"]]


@pytest.fixture
def around_now():
    now = timezone.now()
    hour = dt.timedelta(hours=1)
    return {
        "soon": EventFactory(slug="soon", start=now + hour),
        "later": EventFactory(slug="later", start=now + 48 * hour),
        "just-started": EventFactory(slug="just-started", start=now - hour),
        "long-ago": EventFactory(slug="long-ago", start=now - 400 * hour),
        "hidden": EventFactory(slug="hidden", start=now + 2 * hour, publication="draft"),
    }


def test_upcoming_lists_what_has_not_started_soonest_first(client, language, around_now):
    response = client.get(reverse("events:list"))
    assert response.status_code == 200
    assert slugs(response) == ["soon", "later"]
    assert around_now["soon"].title in response.content.decode()


def test_past_lists_what_has_started_newest_first(client, language, around_now):
    response = client.get(reverse("events:past"))
    assert response.status_code == 200
    assert slugs(response) == ["just-started", "long-ago"]


def test_past_list_is_paginated(client):
    start = timezone.now() - dt.timedelta(days=400)
    for n in range(21):
        EventFactory(start=start + dt.timedelta(days=n))
    assert len(client.get(reverse("events:past")).context["events"]) == 20
    assert len(client.get(reverse("events:past"), {"page": 2}).context["events"]) == 1
    assert client.get(reverse("events:past"), {"page": "x"}).status_code == 404


def test_cards_show_places_left_and_the_waiting_list(client):
    open_event = EventFactory(form=True, capacity=2, title_en="Open meeting")
    full = EventFactory(form=True, capacity=1, title_en="Full meeting")
    RegistrationFactory(event=open_event)
    RegistrationFactory(event=full)
    html = client.get("/en/events/").content.decode()
    assert "1 place left" in html
    assert "waiting list" in html


def test_the_list_runs_the_same_number_of_queries_for_3_and_30_events(client):
    series = SeriesFactory()

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("events:list"))
        assert response.status_code == 200
        return len(queries)

    def add(n):
        for _ in range(n):
            event = EventFactory(form=True, series=series)
            RegistrationFactory(event=event)

    add(3)
    few = count()
    add(27)
    assert count() == few


def test_upcoming_list_offers_the_calendar_to_subscribe_to(client):
    html = client.get("/en/events/").content.decode()
    assert 'href="webcal://127.0.0.1/en/events/calendar.ics"' in html
    assert 'value="http://127.0.0.1/en/events/calendar.ics"' in html
