"""Store what is sent to the Dialogue Platform once, then acknowledge it and tell coordinators."""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from core.mail import mail_enqueue, staff_addresses
from dialogue.models import JoinRequest, TopicProposal


def _admin_url(obj):
    meta = obj._meta
    with translation.override(settings.STAFF_LANGUAGE):
        path = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
    return settings.SITE_URL + path


def _submit(model, token, fields):
    """The row stored under `token`; a new one is acknowledged and announced to coordinators."""
    existing = model.objects.filter(token=token).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            submission = model.objects.create(token=token, **fields)
    except IntegrityError:  # the same token committed by a parallel request a moment ago
        existing = model.objects.filter(token=token).first()
        if existing is None:
            raise
        return existing
    _notify(submission)
    return submission


def _notify(submission):
    kind = submission._meta.model_name
    mail_enqueue(
        to=submission.email,
        template="dialogue/acknowledgement",
        context={"submission": submission, "kind": kind},
        language=submission.page_language,
    )
    permission = f"dialogue.change_{kind}"
    for address in staff_addresses(permission, settings.AGENCY_EMAIL):
        mail_enqueue(
            to=address,
            template="dialogue/notice",
            context={"submission": submission, "kind": kind, "admin_url": _admin_url(submission)},
            language=settings.STAFF_LANGUAGE,
        )


@transaction.atomic
def join_request_create(*, token, **fields):
    """Store an organisation's request to join (once per token) and queue its e-mails."""

    return _submit(JoinRequest, token, fields)


@transaction.atomic
def topic_proposal_create(*, token, **fields):
    """Store a proposed topic (once per token) and queue its e-mails."""

    return _submit(TopicProposal, token, fields)


@transaction.atomic
def submissions_delete_handled(*, before) -> int:
    """Delete requests to join and proposed topics handled and received before `before`."""
    count = 0
    for model in (JoinRequest, TopicProposal):
        count += model.objects.filter(created_at__lt=before).exclude(status="new").delete()[0]
    return count
