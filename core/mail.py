"""Templated multipart e-mail in the reader's language, stored in the outbox and queued.

A message is rendered from three templates under ``templates/emails/``:
``<name>_subject.txt``, ``<name>.txt`` and ``<name>.html``. It is saved as an
``OutgoingMail`` row and a ``deliver_mail`` task is queued in the same transaction, so a
request and its mail are committed together or not at all.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from core.models import MailStatus, OutgoingMail


def mail_render(*, template, context, language):
    """(subject, text, html) of e-mail `template` rendered in `language`."""
    context = {"site_url": settings.SITE_URL, "language": language, **context}
    with translation.override(language):
        subject = render_to_string(f"emails/{template}_subject.txt", context)
        text = render_to_string(f"emails/{template}.txt", context)
        html = render_to_string(f"emails/{template}.html", context)
    return " ".join(subject.split())[:300], text.strip() + "\n", html


@transaction.atomic
def mail_enqueue(*, to, template, context, language, reply_to=""):
    """Store the message in the outbox and queue its delivery; None when there is no address."""
    from core.tasks import deliver_mail  # the task module imports this one's models

    if not to:
        return None
    subject, text, html = mail_render(template=template, context=context, language=language)
    mail = OutgoingMail.objects.create(
        to=to,
        reply_to=reply_to,
        subject=subject,
        body_text=text,
        body_html=html,
        template=template,
        language=language,
    )
    deliver_mail.enqueue(mail.pk)
    return mail


def staff_addresses(permission, fallback=None):
    """E-mail addresses of active staff holding `permission` ("app.codename"), or [fallback]."""
    # Named, since django-axes adds a second backend that holds no permissions.
    users = get_user_model().objects.with_perm(
        permission, include_superusers=False, backend="django.contrib.auth.backends.ModelBackend"
    )
    addresses = sorted(
        {
            email
            for email in users.filter(is_active=True, is_staff=True).values_list("email", flat=True)
            if email
        }
    )
    return addresses or ([fallback] if fallback else [])


@transaction.atomic
def mail_retry(*, mails):
    """Queue the given failed or stuck messages again, from the first attempt."""
    from core.tasks import deliver_mail

    count = 0
    for mail in mails.select_for_update().exclude(status=MailStatus.SENT):
        mail.status = MailStatus.QUEUED
        mail.attempts = 0
        mail.next_attempt_at = None
        mail.save(update_fields=["status", "attempts", "next_attempt_at"])
        deliver_mail.enqueue(mail.pk)
        count += 1
    return count


@transaction.atomic
def mail_prune(*, before) -> int:
    """Delete sent and given-up messages created before `before`: they hold personal data."""
    old = OutgoingMail.objects.filter(created_at__lt=before).exclude(status=MailStatus.QUEUED)
    return old.delete()[0]
