"""The coordinators' admin: lists with registration counts, at a fixed query cost."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import AttachmentFactory, EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(admin_client):
    admin_client.defaults["HTTP_HOST"] = "127.0.0.1"
    return admin_client


def test_event_list_shows_counts_at_a_fixed_query_cost(admin):
    def count():
        with CaptureQueriesContext(connection) as queries:
            response = admin.get("/en/admin/events/event/")
        assert response.status_code == 200
        return len(queries)

    def add(n):
        for _ in range(n):
            event = EventFactory(form=True, capacity=1)
            RegistrationFactory(event=event)
            RegistrationFactory(event=event)

    add(2)
    count()  # the editor's first page of a session also saves it (a savepoint): not counted
    few = count()
    add(10)
    assert count() == few


def test_event_change_page_lists_registrations_and_attachments(admin):
    event = EventFactory(form=True, capacity=1)
    RegistrationFactory(event=event, name="Anna Bērziņa")
    RegistrationFactory(event=event, status="waitlisted")
    AttachmentFactory(event=event)
    html = admin.get(f"/en/admin/events/event/{event.pk}/change/").content.decode()
    assert "Anna Bērziņa" in html
    assert "1 confirmed of 1 places, 1 on the waiting list" in html


@pytest.mark.parametrize("model", ["event", "series", "organiser", "registration"])
def test_add_pages_load(admin, model):
    assert admin.get(f"/en/admin/events/{model}/add/").status_code == 200
