"""The Dialogue Platform's page and its two forms."""

import datetime as dt
import uuid

import pytest
from django.utils import timezone

from core.models import OutgoingMail
from dialogue.models import JoinRequest, TopicProposal
from tests.factories import AttachmentFactory, EventFactory, MemberFactory, SeriesFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def platform():
    series = SeriesFactory(slug="dialogue-platform", name_en="Dialogue Platform")
    past = EventFactory(
        series=series,
        topic_en="Residence permits",
        start=timezone.now() - dt.timedelta(days=60),
        end=timezone.now() - dt.timedelta(days=60, hours=-2),
    )
    AttachmentFactory(event=past, title_en="Minutes of the meeting")
    upcoming = EventFactory(series=series, topic_en="Learning Latvian")
    MemberFactory(name_en="Information Centre for Immigrants")
    return past, upcoming


def test_the_page_shows_next_meeting_past_minutes_and_members(client, platform, language):
    past, upcoming = platform
    html = client.get(f"/{language}/dialogue-platform/").content.decode()
    assert upcoming.get_absolute_url() in html
    assert past.get_absolute_url() in html
    assert "https://www.example.lv/minutes/" in html
    if language == "en":
        assert "Residence permits" in html and "Information Centre for Immigrants" in html
    assert "/dialogue-platform/join/" in html and "/dialogue-platform/propose-a-topic/" in html


def test_without_the_series_the_page_is_404(client):
    assert client.get("/en/dialogue-platform/").status_code == 404


def test_an_organisation_asks_to_join_once(client, language):
    data = {
        "token": str(uuid.uuid4()),
        "organisation": "Latgales NVO",
        "kind": "ngo",
        "site": "latgale.example.lv",
        "contact_name": "Astrīda",
        "email": "astrida@example.lv",
        "phone": "",
        "message": "Mēs strādājam ar remigrantiem.",
    }
    first = client.post(f"/{language}/dialogue-platform/join/", data)
    second = client.post(f"/{language}/dialogue-platform/join/", data)
    assert first.status_code == 302 and first["Location"] == second["Location"]
    request = JoinRequest.objects.get()
    assert request.website == "https://latgale.example.lv"
    page = client.get(first["Location"]).content.decode()
    assert request.reference in page
    assert OutgoingMail.objects.filter(to="astrida@example.lv", language=language).count() == 1


def test_anyone_proposes_a_topic_without_giving_an_address(client):
    data = {"token": str(uuid.uuid4()), "topic": "Children in school", "description": ""}
    response = client.post("/en/dialogue-platform/propose-a-topic/", data)
    assert response.status_code == 302
    assert TopicProposal.objects.get().topic == "Children in school"
    assert not OutgoingMail.objects.exclude(template="dialogue/notice").exists()


def test_a_join_request_without_an_email_is_refused_beside_the_field(client):
    data = {"token": str(uuid.uuid4()), "organisation": "X", "kind": "ngo", "contact_name": "A"}
    response = client.post("/ru/dialogue-platform/join/", data)
    assert response.status_code == 400
    assert 'id="id_email_error"' in response.content.decode()
    assert not JoinRequest.objects.exists()
