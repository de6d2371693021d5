"""Tasks run by the queue's worker (`manage.py db_worker`)."""

import datetime as dt
import logging
import smtplib

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from core.images import make_renditions, strip_metadata
from core.models import MailStatus, OutgoingMail

logger = logging.getLogger(__name__)


def retry_delay(attempts):
    """Seconds to wait after the `attempts`-th failure: doubling from the base, capped."""
    delay = settings.MAIL_RETRY_BASE_SECONDS * 2 ** max(attempts - 1, 0)
    return min(delay, settings.MAIL_RETRY_MAX_SECONDS)


def describe_failure(error):
    """The kind of a delivery failure, without the addresses or text an SMTP error may carry."""
    code = getattr(error, "smtp_code", None)
    return f"{type(error).__name__}{f' {code}' if code else ''}"[:200]


def _message(mail):
    message = EmailMultiAlternatives(
        subject=mail.subject,
        body=mail.body_text,
        to=[mail.to],
        reply_to=[mail.reply_to] if mail.reply_to else None,
        headers={"Content-Language": mail.language},
    )
    if mail.body_html:
        message.attach_alternative(mail.body_html, "text/html")
    return message


@task()
def deliver_mail(mail_id):
    """Send one message from the outbox; after a failure queue the next try with a longer pause."""
    with transaction.atomic():
        mail = (
            OutgoingMail.objects.select_for_update()
            .filter(pk=mail_id, status=MailStatus.QUEUED)
            .first()
        )
        if mail is None:  # sent already, given up on, or erased
            return "nothing to do"
        mail.attempts += 1
        try:
            _message(mail).send()
        except (smtplib.SMTPException, OSError) as error:
            mail.last_error = describe_failure(error)
            if mail.attempts >= settings.MAIL_MAX_ATTEMPTS:
                mail.status = MailStatus.FAILED
                mail.next_attempt_at = None
                mail.save(update_fields=["attempts", "last_error", "status", "next_attempt_at"])
                logger.error("Mail %s: gave up after %s attempts", mail.pk, mail.attempts)
                return "failed"
            mail.next_attempt_at = timezone.now() + dt.timedelta(seconds=retry_delay(mail.attempts))
            mail.save(update_fields=["attempts", "last_error", "next_attempt_at"])
            deliver_mail.using(run_after=mail.next_attempt_at).enqueue(mail.pk)
            logger.warning(
                "Mail %s: attempt %s failed (%s), next at %s",
                mail.pk,
                mail.attempts,
                mail.last_error,
                mail.next_attempt_at.isoformat(),
            )
            return "retry"
        mail.status = MailStatus.SENT
        mail.sent_at = timezone.now()
        mail.next_attempt_at = None
        mail.last_error = ""
        mail.save(update_fields=["attempts", "status", "sent_at", "next_attempt_at", "last_error"])
        return "sent"


@task()
def image_refresh(model_label, pk, field_name, name):
    """Strip an uploaded image's metadata and build its renditions, outside the request.

    The model keeps `<field>_width`, `<field>_height` and `<field>_renditions` beside the image
    field. Nothing is written when the image was replaced or removed meanwhile.
    """
    model = apps.get_model(model_label)
    current = model.objects.filter(pk=pk, **{field_name: name})
    obj = current.first()
    if obj is None:
        return "replaced meanwhile"
    image = getattr(obj, field_name)
    stripped, width, height = strip_metadata(image)
    renditions = make_renditions(image)
    current.update(
        **{
            field_name: stripped,
            f"{field_name}_width": width,
            f"{field_name}_height": height,
            f"{field_name}_renditions": renditions,
        }
    )
    return "done"
