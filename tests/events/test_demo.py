"""The demo events: loaded twice safely, in three languages, with the source's facts."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from demo import branches as branches_demo
from demo import events as demo
from demo import languages as languages_demo
from demo import topics as topics_demo
from events.models import Attachment, Event, Organiser, Series

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    languages_demo.load()
    topics_demo.load()
    branches_demo.load()
    demo.load()


def counts():
    return [model.objects.count() for model in (Organiser, Series, Event, Attachment)]


def test_loading_twice_duplicates_nothing(loaded):
    first = counts()
    demo.load()
    assert counts() == first == [2, 1, 8, 1]


def test_texts_exist_in_all_three_languages(loaded):
    for event in Event.objects.all():
        for field in ("title", "topic", "description"):
            for code in ("lv", "ru", "en"):
                assert getattr(event, f"{field}_{code}"), f"{event.slug} lacks {field}_{code}"


def test_the_first_dialogue_platform_meeting(loaded):
    first = Event.objects.get(slug="dialogue-platform-2020-09")
    riga = ZoneInfo("Europe/Riga")
    assert first.start == dt.datetime(2020, 9, 22, 10, tzinfo=riga)
    assert first.end == dt.datetime(2020, 9, 22, 12, tzinfo=riga)
    assert first.series.interval_months == 2
    assert first.audience == "institutions"
    assert "Latgale" in first.description_en
    assert first.attachments.get().kind == "minutes"
    assert "example.lv" in first.attachments.get().url


def test_the_meetings_of_2027_each_have_one_topic_and_thirty_places(loaded):
    meetings = Event.objects.filter(series__slug="dialogue-platform", start__year=2027)
    assert [
        m.start.astimezone(ZoneInfo("Europe/Riga")).month for m in meetings.order_by("start")
    ] == [1, 3, 5, 7, 9, 11]
    for meeting in meetings:
        assert meeting.topics.count() == 1
        assert (meeting.registration_kind, meeting.capacity) == ("form", 30)


def test_the_information_day_is_at_the_daugavpils_branch(loaded):
    day = Event.objects.get(slug="daugavpils-information-day-2027-02")
    assert day.branch.slug == "daugavpils"
    assert day.audience == "newcomers"


def test_without_branches_or_topics_the_demo_still_loads():
    demo.load()
    day = Event.objects.get(slug="daugavpils-information-day-2027-02")
    assert (day.place_kind, day.address_en) == ("address", "Daugavpils")
    assert not day.topics.exists()
