"""Anonymisation after the retention period; one person's data exported and erased."""

import datetime as dt
import json
import uuid

import pytest
from django.core.management import call_command
from django.utils import timezone

from core.models import OutgoingMail
from enquiries.actions import enquiry_create, enquiry_reply, enquiry_status_set
from enquiries.models import Enquiry
from events.actions import registration_create
from privacy.actions import person_data_erase, person_data_export, privacy_cleanup
from privacy.models import PersonalDataRequest
from tests.factories import EnquiryFactory, EventFactory, LanguageFactory, UserFactory

pytestmark = pytest.mark.django_db


def closed(days_ago, **fields):
    enquiry = EnquiryFactory(**fields)
    enquiry_status_set(enquiry=enquiry, status="closed")
    Enquiry.objects.filter(pk=enquiry.pk).update(
        closed_at=timezone.now() - dt.timedelta(days=days_ago)
    )
    return enquiry


def test_closed_requests_are_anonymised_after_the_retention_period(settings):
    settings.ENQUIRY_RETENTION_DAYS = 365
    old = closed(400, email="old@example.org", name="Old")
    recent = closed(30, email="recent@example.org")
    still_open = EnquiryFactory(email="open@example.org")
    enquiry_reply(enquiry=old, author=UserFactory(), body="Dear Old, …")
    assert privacy_cleanup()["consultation_requests"] == 1
    old.refresh_from_db()
    assert (old.name, old.email, old.phone, old.question) == ("", "", "", "")
    assert old.anonymised_at is not None and old.branch_id and old.topic_id is None
    assert old.replies.get().body == ""
    assert Enquiry.objects.get(pk=recent.pk).email == "recent@example.org"
    assert Enquiry.objects.get(pk=still_open.pk).email == "open@example.org"
    # Safe to run every day: the second run changes nothing.
    assert privacy_cleanup()["consultation_requests"] == 0


def test_the_daily_command_runs(capsys):
    call_command("privacy_cleanup")
    assert "Privacy clean-up done." in capsys.readouterr().out


def test_export_gathers_requests_registrations_and_mails_of_one_person():
    enquiry = EnquiryFactory(email="Olga@Example.org", phone="+37120000000")
    EnquiryFactory(email="someone@example.org")
    event = EventFactory(form=True, capacity=5)
    registration_create(event=event, name="Olga", email="olga@example.org")
    data, record = person_data_export(email="olga@example.org")
    records = data["records"]
    assert [row["reference"] for row in records["consultation_requests"]] == [enquiry.reference]
    assert len(records["event_registrations"]) == 1
    assert len(records["e_mails"]) == 1
    assert json.dumps(data, default=str)
    assert record.subject_hash and "olga" not in json.dumps(record.counts)
    by_phone, _ = person_data_export(phone="+371 20 000 000")
    assert len(by_phone["records"]["consultation_requests"]) == 1


def test_erase_removes_the_person_everywhere_and_frees_their_place():
    event = EventFactory(form=True, capacity=1)
    registration_create(event=event, name="Olga", email="olga@example.org")
    registration_create(event=event, name="Next", email="next@example.org")
    enquiry = enquiry_create(
        token=uuid.uuid4(),
        page_language="ru",
        question="Вопрос",
        topic=None,
        service=None,
        where="remote",
        branch=None,
        answer_by="email",
        answer_language=LanguageFactory(code="ru"),
        name="Olga",
        email="olga@example.org",
        phone="",
    )
    record = person_data_erase(email="OLGA@example.org")
    enquiry.refresh_from_db()
    assert enquiry.email == "" and enquiry.question == "" and enquiry.anonymised_at
    assert list(event.registrations.values_list("email", "status")) == [
        ("next@example.org", "confirmed")
    ]
    assert not OutgoingMail.objects.filter(to__iexact="olga@example.org").exists()
    assert record.counts["event_registrations"] == 1
    assert PersonalDataRequest.objects.get().action == "erase"


def test_the_admin_exports_as_a_download_and_logs_without_the_address(admin_client):
    EnquiryFactory(email="olga@example.org")
    response = admin_client.post(
        "/en/admin/privacy/personaldatarequest/add/",
        {"email": "olga@example.org", "phone": "", "action": "export"},
    )
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert json.loads(response.content)["records"]["consultation_requests"][0]["email"]
    record = PersonalDataRequest.objects.get()
    assert "olga" not in record.subject_hash


def test_the_admin_asks_for_confirmation_before_erasing(admin_client):
    EnquiryFactory(email="olga@example.org")
    response = admin_client.post(
        "/en/admin/privacy/personaldatarequest/add/",
        {"email": "olga@example.org", "phone": "", "action": "erase"},
    )
    assert response.status_code == 200 and "Confirm before erasing." in response.content.decode()
    assert Enquiry.objects.get().email == "olga@example.org"
    admin_client.post(
        "/en/admin/privacy/personaldatarequest/add/",
        {"email": "olga@example.org", "phone": "", "action": "erase", "confirm": "on"},
    )
    assert Enquiry.objects.get().email == ""
