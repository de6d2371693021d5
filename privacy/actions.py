"""One person's data across requests, registrations and Dialogue Platform messages."""

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.crypto import salted_hmac

from core.mail import mail_prune
from core.models import OutgoingMail
from core.phone import normalise_phone
from dialogue.actions import submissions_delete_handled
from dialogue.models import JoinRequest, TopicProposal
from enquiries.actions import enquiries_anonymise, enquiries_anonymise_closed
from enquiries.models import Enquiry
from events.actions import registration_cancel, registrations_anonymise_past
from events.choices import RegistrationStatus
from events.models import Registration
from privacy.models import PersonalDataRequest


def subject_hash(*, email="", phone=""):
    """A keyed hash that tells two requests about one person apart without naming them."""
    key = f"{email.strip().lower()}|{normalise_phone(phone)}"
    return salted_hmac("privacy.subject", key).hexdigest()


def _match(email, phone, email_field="email", phone_field=None):
    condition = Q(pk__in=[])
    if email:
        condition |= Q(**{f"{email_field}__iexact": email.strip()})
    if phone and phone_field:
        condition |= Q(**{phone_field: normalise_phone(phone)})
    return condition


def person_records(*, email="", phone=""):
    """Every stored row that names the person, by kind."""
    return {
        "consultation_requests": Enquiry.objects.personal().filter(
            _match(email, phone, phone_field="phone")
        ),
        "event_registrations": Registration.objects.filter(_match(email, phone)),
        "dialogue_join_requests": JoinRequest.objects.filter(
            _match(email, phone, phone_field="phone")
        ),
        "dialogue_topic_proposals": TopicProposal.objects.filter(_match(email, phone)),
        "e_mails": OutgoingMail.objects.filter(_match(email, phone, email_field="to")),
    }


EXPORT_FIELDS = {
    "consultation_requests": [
        "reference", "created_at", "status", "question", "topic__name", "branch__name", "where",
        "answer_by", "answer_language__code", "name", "email", "phone", "consent_at", "closed_at",
    ],
    "event_registrations": [
        "event__title", "event__start", "name", "email", "organisation", "status", "created_at",
        "cancelled_at",
    ],
    "dialogue_join_requests": [
        "organisation", "kind", "website", "contact_name", "email", "phone", "message", "status",
        "created_at",
    ],
    "dialogue_topic_proposals": [
        "topic", "description", "organisation", "contact_name", "email", "status", "created_at",
    ],
    "e_mails": ["to", "subject", "body_text", "status", "created_at", "sent_at"],
}  # fmt: skip


def _log(*, action, email, phone, counts, performed_by):
    return PersonalDataRequest.objects.create(
        action=action,
        subject_hash=subject_hash(email=email, phone=phone),
        counts=counts,
        performed_by=performed_by,
    )


@transaction.atomic
def person_data_export(*, email="", phone="", performed_by=None):
    """(JSON-ready data, log record): everything stored about the person; the export is logged."""
    records = person_records(email=email, phone=phone)
    data = {kind: list(rows.values(*EXPORT_FIELDS[kind])) for kind, rows in records.items()}
    enquiries = records["consultation_requests"].prefetch_related("replies")
    for row, enquiry in zip(data["consultation_requests"], enquiries, strict=True):
        row["replies"] = [
            {"body": reply.body, "created_at": reply.created_at} for reply in enquiry.replies.all()
        ]
    counts = {kind: len(rows) for kind, rows in data.items()}
    record = _log(
        action="export", email=email, phone=phone, counts=counts, performed_by=performed_by
    )
    return {"exported_at": timezone.now(), "records": data}, record


@transaction.atomic
def person_data_erase(*, email="", phone="", performed_by=None):
    """Remove the person from every record (a freed place goes to the waiting list); the log record."""
    records = person_records(email=email, phone=phone)
    live = records["event_registrations"].exclude(status=RegistrationStatus.CANCELLED)
    for registration in live.select_related("event"):
        registration_cancel(registration=registration)
    counts = {
        "consultation_requests": enquiries_anonymise(enquiries=records["consultation_requests"]),
        "event_registrations": records["event_registrations"].delete()[0],
        "dialogue_join_requests": records["dialogue_join_requests"].delete()[0],
        "dialogue_topic_proposals": records["dialogue_topic_proposals"].delete()[0],
        "e_mails": records["e_mails"].delete()[0],
    }
    return _log(action="erase", email=email, phone=phone, counts=counts, performed_by=performed_by)


def privacy_cleanup(*, now=None):
    """The daily clean-up: what has been kept long enough loses its personal data."""
    now = now or timezone.now()
    retention = now - dt.timedelta(days=settings.ENQUIRY_RETENTION_DAYS)
    return {
        "consultation_requests": enquiries_anonymise_closed(now=now),
        "event_registrations": registrations_anonymise_past(ended_before=retention),
        "dialogue_messages": submissions_delete_handled(before=retention),
        "e_mails": mail_prune(before=now - dt.timedelta(days=settings.MAIL_KEEP_DAYS)),
    }
