"""The personal link in a registration e-mail: signed, so only its owner has it, and expiring."""

import datetime as dt

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

SALT = "events.registration"


def registration_signature(registration):
    """A signed, timestamped key for one registration."""
    return signing.TimestampSigner(salt=SALT).sign(str(registration.pk))


def registration_pk_from(signature):
    """The registration's pk from a signature, or None when it is forged or has expired."""
    max_age = dt.timedelta(days=settings.REGISTRATION_LINK_MAX_AGE_DAYS)
    try:
        return int(signing.TimestampSigner(salt=SALT).unsign(signature, max_age=max_age))
    except (signing.BadSignature, ValueError):
        return None


def registration_path(registration, language=None):
    """The path of the page where the person sees and can cancel their registration."""
    with translation.override(language or registration.language):
        return reverse(
            "events:registration",
            kwargs={
                "slug": registration.event.slug,
                "signature": registration_signature(registration),
            },
        )


def registration_url(registration):
    """The same page as an absolute link, for e-mails."""
    return settings.SITE_URL + registration_path(registration)
