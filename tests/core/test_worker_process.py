"""The real `manage.py db_worker` process: a mail outage delays a message, and it goes out after."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from core.mail import mail_enqueue
from core.models import MailStatus, OutgoingMail
from tests.mail import SmtpServer

ROOT = Path(__file__).resolve().parents[2]


def wait_for(condition, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


@pytest.mark.django_db(transaction=True)
def test_the_worker_process_retries_through_an_outage_and_delivers_when_smtp_is_back():
    if connection.vendor != "postgresql":
        pytest.skip("the worker process needs the same PostgreSQL test database")
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    database_url = (
        f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
        f"/{db['NAME']}"
    )
    smtp = SmtpServer()
    mail = mail_enqueue(
        to="anna@example.lv",
        template="enquiries/notice",
        context={"enquiry": None, "admin_url": "http://127.0.0.1/admin/"},
        language="lv",
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url,
        "DJANGO_EMAIL_URL": f"smtp://127.0.0.1:{smtp.port}",
        "DJANGO_EMAIL_TIMEOUT": "2",
        "DJANGO_MAIL_RETRY_BASE_SECONDS": "1",
        "DJANGO_MAIL_RETRY_MAX_SECONDS": "2",
    }
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--queue-name", "*", "--interval", "0.2",
         "--no-reload", "--no-startup-delay", "-v", "0"],
        cwd=ROOT,
        env=env,
    )  # fmt: skip
    try:
        # SMTP is down: the worker tries, fails, and schedules the next try with a pause.
        assert wait_for(lambda: OutgoingMail.objects.get(pk=mail.pk).attempts >= 2, 20)
        assert OutgoingMail.objects.get(pk=mail.pk).status == MailStatus.QUEUED
        smtp.start()
        back = time.monotonic()
        assert wait_for(lambda: OutgoingMail.objects.get(pk=mail.pk).status == MailStatus.SENT, 20)
        delay = time.monotonic() - back
        print(f"delivered {delay:.1f} s after the SMTP server came back")
        assert delay < 5  # at most the capped pause (2 s) plus a polling interval
        assert [m["To"] for m in smtp.inbox.messages] == ["anna@example.lv"]
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=20)
        smtp.stop()
