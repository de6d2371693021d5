"""Writes on consultation requests: store, notify, answer, close and anonymise."""

import datetime as dt

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from core.mail import mail_enqueue, staff_addresses
from enquiries.choices import EnquiryStatus, Where
from enquiries.models import Enquiry, Note, Reply


def _admin_url(enquiry):
    with translation.override(settings.STAFF_LANGUAGE):
        path = reverse("admin:enquiries_enquiry_change", args=[enquiry.pk])
    return settings.SITE_URL + path


def _staff_recipients(enquiry):
    if enquiry.where == Where.BRANCH:
        branch = enquiry.branch
        if branch.email:
            return [branch.email]
        editors = branch.editors.filter(is_active=True).exclude(email="")
        return sorted(set(editors.values_list("email", flat=True))) or [settings.AGENCY_EMAIL]
    return staff_addresses("enquiries.handle_remote_enquiries", settings.AGENCY_EMAIL)


def _notify(enquiry):
    """The acknowledgement to the person (if they gave an e-mail) and the notice to staff."""
    mail_enqueue(
        to=enquiry.email,
        template="enquiries/acknowledgement",
        context={"enquiry": enquiry},
        language=enquiry.mail_language,
    )
    for address in _staff_recipients(enquiry):
        # No personal data in the notice: staff open the request in the admin.
        mail_enqueue(
            to=address,
            template="enquiries/notice",
            context={"enquiry": enquiry, "admin_url": _admin_url(enquiry)},
            language=settings.STAFF_LANGUAGE,
        )


@transaction.atomic
def enquiry_create(*, token, page_language, **fields) -> Enquiry:
    """Store a request once per token, give it a reference and queue its e-mails.

    A second submission of the same token (a double click, a reload) returns the first row.
    """
    existing = Enquiry.objects.filter(token=token).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            enquiry = Enquiry.objects.create(
                token=token, page_language=page_language, consent_at=timezone.now(), **fields
            )
    except IntegrityError:
        # The same token committed by a parallel request a moment ago.
        existing = Enquiry.objects.filter(token=token).first()
        if existing is None:
            raise
        return existing
    enquiry.reference = f"{timezone.localdate(enquiry.created_at):%y%m}-{enquiry.pk:05d}"
    enquiry.save(update_fields=["reference"])
    _notify(enquiry)
    return enquiry


@transaction.atomic
def enquiry_status_set(*, enquiry, status) -> Enquiry:
    """Move a request to `status`, keeping the time it was closed."""
    enquiry.status = status
    enquiry.closed_at = timezone.now() if status == EnquiryStatus.CLOSED else None
    enquiry.save(update_fields=["status", "closed_at", "updated_at"])
    return enquiry


@transaction.atomic
def enquiry_reply(*, enquiry, author, body) -> Reply:
    """Send a reply by e-mail, log it on the request and mark the request answered."""
    mail = mail_enqueue(
        to=enquiry.email,
        template="enquiries/reply",
        context={"enquiry": enquiry, "body": body},
        language=enquiry.mail_language,
        reply_to=enquiry.branch.email if enquiry.branch_id and enquiry.branch.email else "",
    )
    reply = Reply.objects.create(enquiry=enquiry, author=author, body=body, mail=mail)
    if enquiry.status in (EnquiryStatus.NEW, EnquiryStatus.IN_PROGRESS):
        enquiry_status_set(enquiry=enquiry, status=EnquiryStatus.ANSWERED)
    if enquiry.assigned_to_id is None:
        Enquiry.objects.filter(pk=enquiry.pk).update(assigned_to=author)
    return reply


@transaction.atomic
def enquiry_note_add(*, enquiry, author, text) -> Note:
    """Add an internal note; a new request someone writes about is in progress."""
    note = Note.objects.create(enquiry=enquiry, author=author, text=text)
    if enquiry.status == EnquiryStatus.NEW:
        enquiry_status_set(enquiry=enquiry, status=EnquiryStatus.IN_PROGRESS)
    return note


@transaction.atomic
def enquiries_assign(*, enquiries, user) -> int:
    """Give the requests to `user`; new ones move to in progress."""
    count = enquiries.update(assigned_to=user)
    enquiries.filter(status=EnquiryStatus.NEW).update(status=EnquiryStatus.IN_PROGRESS)
    return count


@transaction.atomic
def enquiries_anonymise(*, enquiries) -> int:
    """Remove the personal data of the given requests; the facts for statistics stay."""
    enquiries = enquiries.personal()
    ids = list(enquiries.values_list("pk", flat=True))
    Note.objects.filter(enquiry_id__in=ids).update(text="")
    Reply.objects.filter(enquiry_id__in=ids).update(body="")
    return Enquiry.objects.filter(pk__in=ids).update(
        name="", email="", phone="", question="", anonymised_at=timezone.now()
    )


def enquiries_anonymise_closed(*, now=None) -> int:
    """Anonymise requests closed longer ago than ENQUIRY_RETENTION_DAYS; safe to run daily."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.ENQUIRY_RETENTION_DAYS)
    closed = Enquiry.objects.filter(status=EnquiryStatus.CLOSED, closed_at__lt=cutoff)
    return enquiries_anonymise(enquiries=closed)
