"""Hostile input never gets a 5xx: every URL pattern, parameter, header and form field.

The cases come from tests/hostile.py (seeded, bounded). Every answer must be below 500, an
error page must be the site's translated page, and no hostile marker may come back unescaped.
"""

import io

import pytest
from django.test import Client

from branches.models import Branch
from dialogue.forms import JoinRequestForm, TopicProposalForm
from enquiries.forms import EnquiryForm
from events.forms import RegistrationForm
from events.links import registration_path
from events.models import Event
from materials.models import Material
from news.models import Post
from services.models import Service
from tests import hostile
from tests.factories import RegistrationFactory
from topics.models import Topic

SEED = 14
LANGUAGES = ["lv", "ru", "en"]
# Machine endpoints answer in their own formats (JSON, XML, calendars, text), not with a page.
NOT_PAGES = ("/healthz", "/robots.txt", "/sitemap", "/static/", "/media/")


def send(client, case):
    path = case["path"] + (f"?{case['query']}" if case["query"] else "")
    extra = dict(case["headers"])
    if "body" in case and "CONTENT_LENGTH" in extra:
        # A body shorter (or longer) than announced, as a socket would deliver it.
        extra["wsgi.input"] = io.BytesIO(case["body"])
    if "body" in case:
        return client.generic(
            case["method"], path, data=case["body"], content_type=case["content_type"], **extra
        )
    return client.generic(case["method"], path, **extra)


def problems(case, response):
    """What is wrong with one answer, or [] when it is a proper refusal or page."""
    found = []
    if response.status_code >= 500:
        found.append(f"{response.status_code}")
    content = b"".join(response) if response.streaming else response.content
    if hostile.MARKER.encode() in content:
        found.append("reflected")
    is_page = response.get("Content-Type", "").startswith("text/html")
    machine = case["path"].startswith(NOT_PAGES) or case["path"].endswith((".ics", "/feed/"))
    refused = response.status_code >= 400 and case["method"] != "HEAD" and not machine
    if refused and not (is_page and b"<html lang=" in content):
        found.append(f"{response.status_code} without a translated page")
    return found


@pytest.fixture
def world(demo, settings):
    settings.FORM_RATE_LIMIT = 10**6  # reach the views' own checks, not only the limit
    event = Event.objects.filter(registration_kind="form", publication="published").first()
    registration = RegistrationFactory(event=event)
    slugs = [
        slug
        for model in (Branch, Service, Post, Event, Material, Topic)
        for slug in model.objects.values_list("slug", flat=True)
    ]
    forms = {
        "/{lang}/ask/": list(EnquiryForm().fields),
        f"/{{lang}}/events/{event.slug}/register/": list(RegistrationForm().fields),
        "/{lang}/dialogue-platform/join/": list(JoinRequestForm().fields),
        "/{lang}/dialogue-platform/propose-a-topic/": list(TopicProposalForm().fields),
        "/{lang}/admin/login/": ["username", "password", "next"],
        "/i18n/setlang/": ["language", "next"],
        registration_path(registration, "lv").replace("/lv/", "/{lang}/"): ["csrfmiddlewaretoken"],
    }
    return hostile.cases(seed=SEED, slugs=sorted(slugs), forms=forms, languages=LANGUAGES)


def test_hostile_requests_get_no_5xx_and_a_translated_page(world, capsys):
    plain = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False)
    strict = Client(HTTP_HOST="127.0.0.1", raise_request_exception=False, enforce_csrf_checks=True)
    failures, statuses = [], {}
    for number, case in enumerate(world):
        client = strict if number % 5 == 0 else plain
        response = send(client, case)
        statuses[response.status_code // 100] = statuses.get(response.status_code // 100, 0) + 1
        if found := problems(case, response):
            failures.append((found, case["method"], case["path"][:120], case["query"][:80]))
    with capsys.disabled():
        print(
            f"\nhostile cases: {len(world)}; answers by class: "
            + ", ".join(f"{k}xx: {v}" for k, v in sorted(statuses.items()))
            + f"; 5xx: {statuses.get(5, 0)}; failures: {len(failures)}"
        )
    assert len(world) > 2000
    assert failures == [], failures[:20]


@pytest.mark.parametrize("charset", ["utf-16", "latin-1"])
@pytest.mark.parametrize(
    "form", ["/{lang}/ask/", "/{lang}/events/{slug}/register/", "/{lang}/admin/login/"]
)
def test_a_form_posted_in_another_charset_gets_the_translated_400(db, language, charset, form):
    from tests.factories import EventFactory

    event = EventFactory(form=True)
    client = Client(HTTP_HOST="127.0.0.1", enforce_csrf_checks=True)
    path = form.format(lang=language, slug=event.slug)
    client.get(path)  # the CSRF cookie, as a browser would have it
    token = client.cookies["csrftoken"].value
    body = f"csrfmiddlewaretoken={token}&name=Jürgen&email=j@example.lv".encode(charset)
    response = client.generic(
        "POST",
        path,
        data=body,
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )
    assert response.status_code == 400
    assert f'<html lang="{language}"'.encode() in response.content


def test_a_body_shorter_than_its_content_length_is_a_400(db):
    client = Client(HTTP_HOST="127.0.0.1", enforce_csrf_checks=True)
    response = client.generic(
        "POST",
        "/lv/ask/",
        data=b"abcdef",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH="abc",
    )
    assert response.status_code == 400
