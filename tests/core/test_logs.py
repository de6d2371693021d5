"""Every log line carries its request's id, and none holds a person's name, address or words."""

import io
import json
import logging
import uuid

import pytest
from django.db import DatabaseError

from core.logs import JsonFormatter, PersonalDataFilter, RequestIdFilter
from tests.enquiries.test_ask import branch, data  # noqa: F401 - the fixture and form data
from tests.factories import EventFactory
from tests.mail import run_queue

pytestmark = pytest.mark.django_db

NAME, EMAIL, PHONE = "Zelma Ķirsīte-Vorobjova", "zelma.kirsite@example.org", "+371 26 123 456"
QUESTION = "Mans bijušais vīrs Pjotrs neatdod pasi, ko darīt ar uzturēšanās atļauju?"
SECRETS = (NAME, "Zelma", "Ķirsīte", EMAIL, "zelma.kirsite", "26 123 456", "26123456", "Pjotrs")


@pytest.fixture
def log_lines():
    """Every record of every logger, formatted as production formats it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RequestIdFilter())
    handler.addFilter(PersonalDataFilter())
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    root.removeHandler(handler)
    root.setLevel(level)


def test_forms_with_personal_data_leave_none_in_the_log(client, branch, log_lines, monkeypatch):  # noqa: F811
    ask = data(name=NAME, email=EMAIL, phone=PHONE, question=QUESTION, answer_by="phone")
    assert client.post("/lv/ask/", ask).status_code == 302
    event = EventFactory(form=True)
    registration = {"token": str(uuid.uuid4()), "name": NAME, "email": EMAIL, "website": ""}
    assert client.post(f"/en/events/{event.slug}/register/", registration).status_code == 302
    run_queue()  # the mail worker logs too
    # Refusals and failures: a bad e-mail, the honeypot, an outage whose error quotes the input.
    client.post("/ru/ask/", data(email=f"{EMAIL}@", name=NAME, question=QUESTION))
    client.post("/ru/ask/", data(website=EMAIL, name=NAME))

    def broken(**fields):
        raise DatabaseError(f"value too long: {fields.get('name')} {fields.get('email')}")

    monkeypatch.setattr("enquiries.views.enquiry_create", broken)
    assert (
        client.post("/en/ask/", data(name=NAME, email=EMAIL, question=QUESTION)).status_code == 503
    )
    client.get(f"/lv/{EMAIL}/{PHONE}/")  # a 404 whose address holds personal data
    lines = log_lines()
    assert any(line["level"] == "ERROR" for line in lines), "the outage was logged"
    text = json.dumps(lines, ensure_ascii=False)
    leaked = [secret for secret in SECRETS if secret in text]
    assert leaked == [], leaked


def test_every_line_of_a_request_has_its_id_and_the_response_tells_it(client, log_lines):
    response = client.get("/lv/no-such-page/")
    request_id = response["X-Request-ID"]
    assert len(request_id) == 32
    lines = [line for line in log_lines() if line["logger"].startswith("django.request")]
    assert lines and all(line["request_id"] == request_id for line in lines)
    assert lines[0]["status"] == 404


def test_a_proxy_request_id_is_kept_and_a_forged_one_replaced(client):
    assert client.get("/lv/", HTTP_X_REQUEST_ID="a1b2c3d4e5f6a7b8")["X-Request-ID"] == (
        "a1b2c3d4e5f6a7b8"
    )
    forged = client.get("/lv/", HTTP_X_REQUEST_ID='x"\n{"level": "CRITICAL"}')["X-Request-ID"]
    assert "\n" not in forged and len(forged) == 32


def test_production_logs_json(settings):
    from portal.settings import base

    assert base.LOGGING["formatters"]["json"]["()"] == "core.logs.JsonFormatter"
    record = logging.LogRecord("x", logging.WARNING, __file__, 1, "mail to %s", ("a@b.lv",), None)
    PersonalDataFilter().filter(record)
    RequestIdFilter().filter(record)
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "mail to [email]" and line["request_id"] == "-"
