"""Asking a question in writing: the form, its errors, and saved first, then acknowledged."""

import threading
import uuid
from unittest import mock

import pytest
from django.core import mail
from django.db import OperationalError, connection

from core.models import OutgoingMail
from enquiries.actions import enquiry_create
from enquiries.models import Enquiry
from tests.factories import BranchFactory, LanguageFactory, ServiceFactory, TopicFactory
from tests.mail import run_queue

pytestmark = pytest.mark.django_db


@pytest.fixture
def branch():
    for code in ("lv", "ru", "en", "ar"):
        LanguageFactory(code=code)
    return BranchFactory(slug="daugavpils", name_en="Daugavpils", email="daugavpils@example.lv")


def data(**overrides):
    values = {
        "token": str(uuid.uuid4()),
        "question": "Kā pagarināt uzturēšanās atļauju?",
        "topic": "",
        "place": "daugavpils",
        "answer_by": "email",
        "answer_language": "ru",
        "name": "Olga",
        "email": "olga@example.org",
        "phone": "",
        "consent": "on",
        "website": "",
    }
    return {**values, **overrides}


def test_the_form_shows_every_field_with_a_label(client, branch, language):
    html = client.get(f"/{language}/ask/").content.decode()
    for field in ("question", "topic", "place", "answer_language", "name", "email", "phone"):
        assert f'<label for="id_{field}">' in html
    assert "<legend>" in html  # the answer_by radio group
    assert 'name="token"' in html and 'class="hp"' in html


def test_the_form_is_prefilled_from_the_service_and_the_branch(client, branch):
    topic = TopicFactory(slug="residence-permits")
    service = ServiceFactory(slug="consultations")
    service.topics.add(topic)
    html = client.get("/en/ask/?branch=daugavpils&service=consultations").content.decode()
    assert '<option value="daugavpils" selected>' in html
    assert f'<option value="{topic.pk}" selected>' in html
    assert 'name="service" value="consultations"' in html


def test_a_request_is_stored_and_the_reference_shown(client, branch, language):
    response = client.post(f"/{language}/ask/", data(), follow=True)
    enquiry = Enquiry.objects.get()
    assert response.redirect_chain == [(f"/{language}/ask/sent/{enquiry.token}/", 302)]
    assert enquiry.reference in response.content.decode()
    assert enquiry.page_language == language
    assert enquiry.branch == branch and enquiry.answer_language.code == "ru"


def test_acknowledgement_in_the_language_of_the_answer_and_notice_to_the_branch(client, branch):
    client.post("/en/ask/", data())
    enquiry = Enquiry.objects.get()
    assert OutgoingMail.objects.count() == 2  # stored before anything is sent
    run_queue()
    by_address = {message.to[0]: message for message in mail.outbox}
    acknowledgement = by_address["olga@example.org"]
    assert enquiry.reference in acknowledgement.subject
    assert "Мы получили ваш вопрос" in acknowledgement.subject
    assert acknowledgement.alternatives[0].mimetype == "text/html"
    notice = by_address["daugavpils@example.lv"]
    assert "Jauns konsultācijas pieprasījums" in notice.subject
    assert "olga@example.org" not in notice.body and "Kā pagarināt" not in notice.body
    assert f"/lv/admin/enquiries/enquiry/{enquiry.pk}/change/" in notice.body


def test_a_double_submit_creates_one_request(client, branch):
    form = data()
    first = client.post("/en/ask/", form)
    second = client.post("/en/ask/", form)
    assert Enquiry.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert OutgoingMail.objects.count() == 2


def test_a_bad_email_is_shown_beside_its_field_with_the_text_kept(client, branch, language):
    response = client.post(
        f"/{language}/ask/", data(email="olga@", question="Mans jautājums ir garš")
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_email_error"' in html
    assert 'value="olga@"' in html and "Mans jautājums ir garš</textarea>" in html
    assert not Enquiry.objects.exists()


def test_errors_are_in_the_readers_language(client, branch):
    html = client.post(
        "/ru/ask/", data(email="", phone="", answer_by="appointment")
    ).content.decode()
    assert "Укажите адрес электронной почты или номер телефона." in html
    html = client.post("/lv/ask/", data(consent="")).content.decode()
    assert "Mēs varam atbildēt tikai ar jūsu piekrišanu." in html


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"email": "", "answer_by": "email", "phone": "+371 20000000"}, "email"),
        ({"phone": "", "answer_by": "phone"}, "phone"),
        ({"phone": "call me maybe"}, "phone"),
        ({"question": "x" * 4001}, "question"),
        ({"name": "N" * 151}, "name"),
        ({"place": "atlantis"}, "place"),
        ({"answer_language": "xx"}, "answer_language"),
        ({"token": "not-a-token"}, None),
    ],
    ids=[
        "email-answer",
        "phone-answer",
        "bad-phone",
        "long-question",
        "long-name",
        "branch",
        "language",
        "token",
    ],
)
def test_bad_input_is_a_form_error_never_a_500(client, branch, overrides, field):
    response = client.post("/en/ask/", data(**overrides))
    assert response.status_code == 400
    if field:
        assert f'id="id_{field}_error"' in response.content.decode()
    assert not Enquiry.objects.exists()


def test_phone_only_with_an_interpreter(client, branch):
    client.post(
        "/en/ask/",
        data(
            email="",
            phone="+371 20 000-000",
            answer_by="phone",
            answer_language="ar",
            place="remote",
        ),
    )
    enquiry = Enquiry.objects.get()
    assert enquiry.phone == "+37120000000"
    assert enquiry.needs_interpreter and enquiry.branch is None and enquiry.where == "remote"


def test_the_honeypot_refuses_a_filled_in_form(client, branch):
    response = client.post("/en/ask/", data(website="http://spam.example"))
    assert response.status_code == 400
    assert not Enquiry.objects.exists()


def test_the_rate_limit_refuses_more_than_five_new_requests(client, branch, settings):
    settings.FORM_RATE_LIMIT = 5
    codes = [client.post("/ru/ask/", data()).status_code for _ in range(6)]
    assert codes == [302] * 5 + [429]
    assert Enquiry.objects.count() == 5


def test_when_the_database_fails_nothing_is_acknowledged(client, branch, language):
    with mock.patch("enquiries.views.enquiry_create", side_effect=OperationalError("down")):
        response = client.post(f"/{language}/ask/", data(question="Mans jautājums paliek šeit"))
    assert response.status_code == 503
    html = response.content.decode()
    assert "Mans jautājums paliek šeit</textarea>" in html
    assert "ask/sent" not in html
    assert not Enquiry.objects.exists() and not OutgoingMail.objects.exists()


def test_the_done_page_of_an_unknown_token_is_404(client, branch):
    assert client.get(f"/en/ask/sent/{uuid.uuid4()}/").status_code == 404


def test_a_service_gone_since_the_form_was_shown_is_simply_forgotten(client, branch):
    ServiceFactory(slug="consultations")
    html = client.get("/en/ask/?service=consultations").content.decode()
    assert 'href="/en/services/consultations/"' in html
    response = client.post("/en/ask/", data(service="no-longer-there"))
    assert response.status_code == 302, response.context["form"].errors
    assert Enquiry.objects.get().service is None


def test_an_appointment_needs_a_branch(client, branch):
    response = client.post("/en/ask/", data(place="remote", answer_by="appointment"))
    assert response.status_code == 400
    assert 'id="id_answer_by_error"' in response.content.decode()


def test_the_topic_page_links_to_the_form_with_its_topic(client, branch):
    topic = TopicFactory(slug="citizenship")
    html = client.get("/en/topics/citizenship/").content.decode()
    assert 'href="/en/ask/?topic=citizenship"' in html
    html = client.get("/en/ask/?topic=citizenship").content.decode()
    assert f'<option value="{topic.pk}" selected>' in html


@pytest.mark.django_db(transaction=True)
def test_a_double_click_arriving_at_the_same_moment_stores_one_request():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL.")
    language = LanguageFactory(code="ru")
    token = uuid.uuid4()
    barrier = threading.Barrier(3)
    stored, errors = [], []

    def submit():
        try:
            barrier.wait()
            stored.append(
                enquiry_create(
                    token=token,
                    page_language="ru",
                    question="Вопрос",
                    topic=None,
                    service=None,
                    where="remote",
                    branch=None,
                    answer_by="email",
                    answer_language=language,
                    name="",
                    email="olga@example.org",
                    phone="",
                ).pk
            )
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert len(set(stored)) == 1 and Enquiry.objects.count() == 1
    assert OutgoingMail.objects.filter(template="enquiries/acknowledgement").count() == 1
