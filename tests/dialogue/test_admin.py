"""Coordinators see what the public sent the Dialogue Platform and give it a status."""

import uuid

import pytest
from django.contrib.auth.models import Permission

from dialogue.actions import join_request_create, topic_proposal_create
from tests.factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client):
    user = UserFactory()
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="dialogue", codename__regex=r"^(view|change)_"
        )
    )
    client.force_login(user)
    return user


def test_coordinators_see_both_lists_and_change_only_the_status(client, coordinator, language):
    request = join_request_create(
        token=uuid.uuid4(),
        organisation="Latgales NVO",
        kind="ngo",
        website="",
        contact_name="Astrīda",
        email="astrida@example.lv",
        phone="",
        message="",
        page_language="lv",
    )
    topic_proposal_create(
        token=uuid.uuid4(),
        topic="Bērni skolā",
        description="",
        contact_name="",
        organisation="",
        email="",
        page_language="lv",
    )
    MemberFactory()
    base = f"/{language}/admin/dialogue/"
    assert "Latgales NVO" in client.get(f"{base}joinrequest/").content.decode()
    assert "Bērni skolā" in client.get(f"{base}topicproposal/").content.decode()
    assert client.get(f"{base}member/").status_code == 200
    assert client.get(f"{base}joinrequest/add/").status_code == 403
    response = client.post(
        f"{base}joinrequest/{request.pk}/change/",
        {"status": "accepted", "organisation": "Changed"},
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert (request.status, request.organisation) == ("accepted", "Latgales NVO")


def test_the_outbox_is_for_administrators(client, coordinator):
    assert client.get("/en/admin/core/outgoingmail/").status_code == 403
