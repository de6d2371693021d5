"""Registration with the form on its own page: places, the waiting list, refusals."""

import datetime as dt
import re
import threading
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.utils import timezone

from events.actions import registration_create
from events.models import Registration
from tests.factories import EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db


def form(name="Anna", email="anna@example.lv", **extra):
    return {"name": name, "email": email, "organisation": "", "token": str(uuid.uuid4()), **extra}


def register_url(event, language="en"):
    return f"/{language}/events/{event.slug}/register/"


def register(client, event, email="anna@example.lv", name="Anna", **extra):
    return client.post(register_url(event), form(name, email, **extra))


def statuses(event):
    return list(event.registrations.order_by("pk").values_list("status", flat=True))


def test_confirmed_until_capacity_then_waitlisted():
    event = EventFactory(form=True, capacity=2)
    for n in range(3):
        registration_create(event=event, name=f"P{n}", email=f"p{n}@example.lv", organisation="")
    assert statuses(event) == ["confirmed", "confirmed", "waitlisted"]


def test_after_registering_the_page_shows_the_confirmation_not_the_form(client, language):
    event = EventFactory(form=True, capacity=1)
    response = client.post(register_url(event, language), form(), follow=True)
    [(url, code)] = response.redirect_chain
    assert code == 302 and url.startswith(f"/{language}/events/{event.slug}/registration/")
    html = response.content.decode()
    assert '<p class="alert" role="status">' in html
    assert 'name="email"' not in html
    if language == "en":
        assert "You are registered." in html
    assert statuses(event) == ["confirmed"]
    assert Registration.objects.get().language == language


def test_when_full_the_page_offers_the_waiting_list_and_puts_people_on_it(client):
    event = EventFactory(form=True, capacity=1)
    RegistrationFactory(event=event)
    page = client.get(f"/en/events/{event.slug}/").content.decode()
    assert "All places are taken" in page
    assert f'href="{register_url(event)}">Join the waiting list</a>' in page
    form_page = client.get(register_url(event)).content.decode()
    assert "Join the waiting list" in form_page.split('id="registration"', 1)[1]
    response = client.post(register_url(event), form("Ben", "ben@example.lv"), follow=True)
    assert "you are on the waiting list" in response.content.decode()
    assert statuses(event) == ["confirmed", "waitlisted"]


@pytest.mark.parametrize("email", ["anna@example.lv", "ANNA@Example.LV"])
def test_the_same_email_twice_is_a_form_error(client, email):
    event = EventFactory(form=True)
    RegistrationFactory(event=event, email="anna@example.lv")
    response = register(client, event, email=email)
    assert response.status_code == 400
    assert "already registered" in response.content.decode()
    assert Registration.objects.count() == 1


@pytest.mark.parametrize(
    "data",
    [
        {"name": "Anna", "email": "not-an-address"},
        {"name": "", "email": "anna@example.lv"},
        {"name": "A" * 500, "email": "anna@example.lv"},
        {},
    ],
    ids=["bad-email", "no-name", "long-name", "nothing"],
)
def test_invalid_input_is_a_form_error_never_a_500(client, language, data):
    event = EventFactory(form=True)
    response = client.post(register_url(event, language), data)
    assert response.status_code in (200, 400)
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert 'class="field-error"' in html
    assert not Registration.objects.exists()


def test_errors_are_translated(client):
    event = EventFactory(form=True)
    html = client.post(register_url(event, "ru"), form("A", "x")).content.decode()
    assert "Введите правильный адрес электронной почты" in html


@pytest.mark.parametrize(
    "change",
    [
        {"start": timezone.now() - dt.timedelta(days=1)},
        {"status": "cancelled"},
        {"registration_kind": "none"},
    ],
    ids=["past", "cancelled", "no-form"],
)
def test_closed_registration_is_refused(client, change):
    event = EventFactory(form=True)
    for field, value in change.items():
        setattr(event, field, value)
    event.end = event.start + dt.timedelta(hours=2)
    event.save()
    response = register(client, event)
    assert response.status_code == 400
    assert "Registration for this event is closed." in response.content.decode()
    assert not Registration.objects.exists()
    with pytest.raises(ValidationError):
        registration_create(event=event, name="A", email="a@example.lv", organisation="")


def test_post_without_csrf_token_is_refused():
    event = EventFactory(form=True)
    client = Client(enforce_csrf_checks=True, HTTP_HOST="127.0.0.1")
    response = client.post(register_url(event), {"name": "A", "email": "a@example.lv"})
    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_the_form_carries_a_csrf_token_and_labels(client):
    event = EventFactory(form=True)
    html = client.get(register_url(event)).content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    for field in ("name", "email", "organisation"):
        assert f'<label for="id_{field}">' in html


@pytest.mark.django_db(transaction=True)
def test_concurrent_registrations_never_exceed_capacity():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no row locks; it cannot run registrations side by side.")
    event = EventFactory(form=True, capacity=1)
    barrier = threading.Barrier(4)
    errors = []

    def book(n):
        try:
            barrier.wait()
            registration_create(
                event=event, name=f"P{n}", email=f"p{n}@example.lv", organisation=""
            )
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=book, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(statuses(event)) == ["confirmed", "waitlisted", "waitlisted", "waitlisted"]


def test_a_freed_place_does_not_let_a_newcomer_pass_the_waiting_list():
    event = EventFactory(form=True, capacity=1)
    for n in range(2):
        registration_create(event=event, name=f"P{n}", email=f"p{n}@example.lv", organisation="")
    event.registrations.filter(email="p0@example.lv").update(
        status="cancelled", cancelled_at=timezone.now()
    )
    registration_create(event=event, name="Late", email="late@example.lv", organisation="")
    assert statuses(event) == ["cancelled", "waitlisted", "waitlisted"]


def test_the_event_page_links_the_form_page_which_names_the_event(client, language):
    event = EventFactory(form=True, capacity=3)
    detail = client.get(event.get_absolute_url()).content.decode()
    assert f'href="{register_url(event, language)}"' in detail
    assert 'name="email"' not in detail
    page = client.get(register_url(event, language))
    assert page.status_code == 200
    html = " ".join(page.content.decode().split())
    heading = {"lv": "Reģistrācija", "ru": "Регистрация", "en": "Registration"}[language]
    title = getattr(event, f"title_{language}")
    assert f"<title> {heading} · {title} · " in html
    assert f"<h1>{heading}</h1>" in html
    breadcrumbs = html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert f'href="/{language}/events/"' in breadcrumbs
    assert f'href="{event.get_absolute_url()}"' in breadcrumbs
    assert f'<html lang="{language}"' in html
    assert re.search(
        f'<link rel="canonical" href="https?://[^/"]+{register_url(event, language)}">', html
    )
    for code in ("lv", "ru", "en"):
        assert re.search(f'hreflang="{code}" href="[^"]+{register_url(event, code)}"', html)
    assert html.count('name="email"') == 1


@pytest.mark.parametrize("kind", ["none", "link"])
def test_the_form_page_of_an_event_without_our_form_shows_no_form(client, kind):
    event = EventFactory(registration_kind=kind, registration_url="https://example.lv/r")
    html = client.get(register_url(event)).content.decode()
    assert 'name="email"' not in html
    assert {"none": "No registration is needed", "link": "https://example.lv/r"}[kind] in html


def test_the_event_page_of_a_closed_event_links_no_form(client):
    event = EventFactory(form=True, status="cancelled")
    html = client.get(event.get_absolute_url()).content.decode()
    assert register_url(event) not in html
    assert (
        "Registration for this event is closed." in client.get(register_url(event)).content.decode()
    )


def test_an_unpublished_event_has_no_form_page(client):
    event = EventFactory(form=True, publication="draft")
    assert client.get(register_url(event)).status_code == 404
    assert register(client, event).status_code == 404
    assert not Registration.objects.exists()
