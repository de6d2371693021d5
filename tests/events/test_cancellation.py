"""The confirmation e-mail, the personal link to cancel, and the waiting list moving up."""

import datetime as dt
import re
import threading
import uuid

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from core.models import OutgoingMail
from events.actions import registration_cancel, registration_create
from events.links import registration_path
from tests.factories import EventFactory
from tests.mail import run_queue

pytestmark = pytest.mark.django_db


def book(event, n, language="en"):
    return registration_create(
        event=event, name=f"P{n}", email=f"p{n}@example.lv", language=language
    )


def statuses(event):
    return dict(event.registrations.values_list("email", "status"))


def manage_link(message):
    return re.search(r"https?://\S+/registration/\S+/", message.body).group(0)


def test_the_confirmation_email_is_in_the_persons_language_with_a_cancel_link(client, language):
    event = EventFactory(form=True, capacity=1)
    client.post(
        f"/{language}/events/{event.slug}/register/",
        {"name": "Anna", "email": "anna@example.lv", "token": str(uuid.uuid4())},
    )
    run_queue()
    [message] = mail.outbox
    assert message.to == ["anna@example.lv"]
    link = manage_link(message)
    assert f"/{language}/events/{event.slug}/registration/" in link
    assert message.alternatives[0].mimetype == "text/html"


def test_the_link_cancels_only_on_post_and_promotes_the_first_waiting(client):
    event = EventFactory(form=True, capacity=1)
    first, second, third = (book(event, n) for n in range(3))
    path = registration_path(first, "en")
    page = client.get(path)
    assert page.status_code == 200 and "Cancel my registration" in page.content.decode()
    assert statuses(event)["p0@example.lv"] == "confirmed"  # a link checker's GET changes nothing
    response = client.post(path, follow=True)
    assert "Your registration is cancelled." in response.content.decode()
    register_again = f'<a href="/en/events/{event.slug}/register/">Register again</a>'
    assert register_again in response.content.decode()  # the form page, not the event page
    assert statuses(event) == {
        "p0@example.lv": "cancelled",
        "p1@example.lv": "confirmed",
        "p2@example.lv": "waitlisted",
    }
    mail.outbox.clear()
    run_queue()
    promoted = [
        m for m in mail.outbox if m.to == ["p1@example.lv"] and "A place is free" in m.subject
    ]
    assert len(promoted) == 1
    client.post(path)  # the second click does nothing more
    assert statuses(event)["p2@example.lv"] == "waitlisted"


def test_a_forged_or_expired_link_changes_nothing(client, settings):
    event = EventFactory(form=True, capacity=1)
    registration = book(event, 0)
    path = registration_path(registration, "en")
    assert client.post(path[:-3] + "xx/").status_code == 410
    settings.REGISTRATION_LINK_MAX_AGE_DAYS = 0
    response = client.post(path)
    assert response.status_code == 410
    assert "This link no longer works" in response.content.decode()
    assert statuses(event) == {"p0@example.lv": "confirmed"}


def test_after_the_start_the_link_shows_but_cannot_cancel(client):
    event = EventFactory(form=True, capacity=1)
    registration = book(event, 0)
    event.start = timezone.now() - dt.timedelta(minutes=5)
    event.end = event.start + dt.timedelta(hours=2)
    event.save()
    response = client.post(registration_path(registration, "en"))
    assert response.status_code == 400
    assert statuses(event) == {"p0@example.lv": "confirmed"}


def test_a_person_who_cancelled_can_register_again(client):
    event = EventFactory(form=True, capacity=2)
    registration = book(event, 0)
    registration_cancel(registration=registration)
    again = book(event, 0)
    assert again.status == "confirmed"
    assert sorted(statuses(event).values()) == ["confirmed"]
    assert event.registrations.count() == 2


def test_a_resubmitted_registration_form_creates_one_registration(client):
    event = EventFactory(form=True, capacity=5)
    data = {"name": "Anna", "email": "anna@example.lv", "token": str(uuid.uuid4())}
    first = client.post(f"/en/events/{event.slug}/register/", data)
    second = client.post(f"/en/events/{event.slug}/register/", data)
    assert first["Location"] == second["Location"]
    assert event.registrations.count() == 1


def test_registration_has_the_honeypot_and_the_rate_limit(client, settings):
    event = EventFactory(form=True, capacity=50)
    data = {"name": "Bot", "email": "bot@example.lv", "token": str(uuid.uuid4()), "website": "x"}
    assert client.post(f"/en/events/{event.slug}/register/", data).status_code == 400
    settings.FORM_RATE_LIMIT = 2
    codes = [
        client.post(
            f"/en/events/{event.slug}/register/",
            {"name": "P", "email": f"p{n}@example.lv", "token": str(uuid.uuid4())},
        ).status_code
        for n in range(3)
    ]
    assert codes == [302, 302, 429]


@pytest.mark.django_db(transaction=True)
def test_concurrent_cancellations_promote_exactly_once():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no row locks; it cannot run cancellations side by side.")
    event = EventFactory(form=True, capacity=1)
    first = book(event, 0)
    for n in (1, 2, 3):
        book(event, n)
    barrier = threading.Barrier(4)
    promoted, errors = [], []

    def cancel():
        try:
            barrier.wait()
            promoted.extend(registration_cancel(registration=first))
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=cancel) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert [r.email for r in promoted] == ["p1@example.lv"]
    assert statuses(event) == {
        "p0@example.lv": "cancelled",
        "p1@example.lv": "confirmed",
        "p2@example.lv": "waitlisted",
        "p3@example.lv": "waitlisted",
    }
    assert OutgoingMail.objects.filter(template="events/promoted").count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_different_cancellations_at_once_promote_two_people():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no row locks.")
    event = EventFactory(form=True, capacity=2)
    people = [book(event, n) for n in range(4)]
    barrier = threading.Barrier(2)

    def cancel(registration):
        try:
            barrier.wait()
            registration_cancel(registration=registration)
        finally:
            connection.close()

    threads = [threading.Thread(target=cancel, args=(r,)) for r in people[:2]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(statuses(event).values()) == ["cancelled", "cancelled", "confirmed", "confirmed"]
