"""Mail through the queue against a real SMTP server on 127.0.0.1 that goes down and comes back."""

import smtplib
import time

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from core.mail import mail_enqueue, mail_retry
from core.models import MailStatus, OutgoingMail
from core.tasks import deliver_mail, describe_failure, retry_delay
from tests.factories import BranchFactory, LanguageFactory
from tests.mail import SmtpServer, run_queue

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp(settings):
    server = SmtpServer()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()


def make_due():
    """Bring every waiting retry forward to now, as if its pause had passed."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def notice(**overrides):
    return mail_enqueue(
        to=overrides.get("to", "anna@example.lv"),
        template="enquiries/notice",
        context={"enquiry": overrides.get("enquiry"), "admin_url": "http://x/admin/"},
        language=overrides.get("language", "lv"),
    )


def test_a_request_survives_smtp_down_and_its_mail_arrives_when_it_is_back(client, smtp):
    LanguageFactory(code="ru")
    BranchFactory(slug="riga", email="riga@example.lv")
    form = {
        "token": "0b0f5a36-6a8e-4a55-9a29-0f4f0d3a2c11",
        "question": "Как записаться на курсы латышского языка?",
        "place": "riga",
        "answer_by": "email",
        "answer_language": "ru",
        "email": "olga@example.org",
        "consent": "on",
    }
    response = client.post("/ru/ask/", form)  # the SMTP server is not running
    assert response.status_code == 302
    run_queue()
    assert smtp.inbox.messages == []
    waiting = OutgoingMail.objects.filter(status=MailStatus.QUEUED)
    assert waiting.count() == 2
    assert all(m.attempts == 1 and m.last_error == "ConnectionRefusedError" for m in waiting)
    # The retries wait their pause: running the queue now sends nothing.
    assert run_queue() == 0

    smtp.start()
    started = time.monotonic()
    make_due()
    run_queue()
    elapsed = time.monotonic() - started
    assert sorted(m["To"] for m in smtp.inbox.messages) == ["olga@example.org", "riga@example.lv"]
    assert not OutgoingMail.objects.exclude(status=MailStatus.SENT).exists()
    acknowledgement = next(m for m in smtp.inbox.messages if m["To"] == "olga@example.org")
    assert acknowledgement.get_content_type() == "multipart/alternative"
    assert acknowledgement["Content-Language"] == "ru"
    text = acknowledgement.get_body(("plain",)).get_content()
    assert "Как записаться на курсы латышского языка?" in text
    assert elapsed < 5


def test_each_failure_waits_longer_up_to_the_cap(settings):
    settings.MAIL_RETRY_BASE_SECONDS = 60
    settings.MAIL_RETRY_MAX_SECONDS = 3600
    assert [retry_delay(n) for n in range(1, 9)] == [60, 120, 240, 480, 960, 1920, 3600, 3600]


def test_the_queue_retries_with_backoff_until_it_gives_up(smtp, settings):
    settings.MAIL_MAX_ATTEMPTS = 4
    mail = notice()
    pauses = []
    for _attempt in range(4):
        before = timezone.now()
        run_queue()
        mail.refresh_from_db()
        if mail.next_attempt_at:
            pending = DBTaskResult.objects.get(status="READY")
            assert pending.run_after == mail.next_attempt_at
            pauses.append(round((mail.next_attempt_at - before).total_seconds() / 60))
        make_due()
    assert pauses == [1, 2, 4]
    assert (mail.status, mail.attempts) == (MailStatus.FAILED, 4)
    assert not DBTaskResult.objects.filter(status="READY").exists()
    # An administrator can queue it again once the server is back.
    smtp.start()
    assert mail_retry(mails=OutgoingMail.objects.filter(pk=mail.pk)) == 1
    run_queue()
    mail.refresh_from_db()
    assert mail.status == MailStatus.SENT and len(smtp.inbox.messages) == 1


def test_a_sent_message_is_never_sent_twice(smtp):
    smtp.start()
    mail = notice()
    run_queue()
    deliver_mail.enqueue(mail.pk)  # a duplicate task, e.g. after a worker restart
    run_queue()
    assert len(smtp.inbox.messages) == 1


def test_failures_are_recorded_without_addresses():
    error = smtplib.SMTPRecipientsRefused({"anna@example.lv": (550, b"no such user")})
    assert describe_failure(error) == "SMTPRecipientsRefused"
    assert describe_failure(smtplib.SMTPDataError(451, "anna@example.lv")) == "SMTPDataError 451"


def test_nothing_is_queued_without_an_address():
    assert notice(to="") is None
    assert not OutgoingMail.objects.exists()


def test_the_outbox_admin_queues_failed_messages_again(admin_client, smtp, settings):
    settings.MAIL_MAX_ATTEMPTS = 1
    mail = notice()
    run_queue()
    mail.refresh_from_db()
    assert mail.status == MailStatus.FAILED
    html = admin_client.get("/en/admin/core/outgoingmail/").content.decode()
    assert "Gave up" in html
    smtp.start()
    admin_client.post(
        "/en/admin/core/outgoingmail/", {"action": "retry", "_selected_action": [mail.pk]}
    )
    run_queue()
    mail.refresh_from_db()
    assert mail.status == MailStatus.SENT


def test_no_personal_data_reaches_the_logs(client, smtp, caplog):
    LanguageFactory(code="ru")
    BranchFactory(slug="riga", email="riga@example.lv")
    form = {
        "token": "5d1f0e8b-0d7c-4a55-9a29-0f4f0d3a2c12",
        "question": "Секретный вопрос о виде на жительство",
        "place": "riga",
        "answer_by": "email",
        "answer_language": "ru",
        "name": "Olga Ivanova",
        "email": "olga.ivanova@example.org",
        "consent": "on",
    }
    with caplog.at_level("DEBUG"):
        client.post("/ru/ask/", form)
        run_queue()  # SMTP is down: the failures are logged
        client.post("/ru/ask/", {**form, "token": "x", "email": "olga.ivanova@"})
    logged = caplog.text
    assert "attempt 1 failed" in logged
    for secret in ("olga.ivanova", "Olga Ivanova", "Секретный", "riga@example.lv"):
        assert secret not in logged
