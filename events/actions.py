"""Writes about events that must hold under concurrent requests."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.mail import mail_enqueue
from events.choices import RegistrationStatus
from events.links import registration_url
from events.models import Event, Registration


def _mail(registration, template):
    mail_enqueue(
        to=registration.email,
        template=template,
        context={
            "registration": registration,
            "event": registration.event,
            "manage_url": registration_url(registration),
        },
        language=registration.language,
    )


@transaction.atomic
def registration_create(
    *, event, name, email, organisation="", language="lv", token=None
) -> Registration:
    """Book a place, or a place on the waiting list once the event is full, and confirm by e-mail.

    The event row stays locked until the transaction ends, so two people registering at
    the same moment are counted one after the other and the capacity is never exceeded.
    The same form token twice returns the registration it made.
    """
    event = Event.objects.select_for_update().get(pk=event.pk)
    if token is not None:
        existing = Registration.objects.filter(token=token).first()
        if existing is not None:
            return existing
    if not event.accepts_registrations():
        raise ValidationError(_("Registration for this event is closed."), code="closed")
    registrations = Registration.objects.filter(event=event).exclude(
        status=RegistrationStatus.CANCELLED
    )
    if registrations.filter(email__iexact=email).exists():
        message = _("This e-mail address is already registered for this event.")
        raise ValidationError({"email": ValidationError(message, code="duplicate")})
    confirmed = registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    waiting = registrations.filter(status=RegistrationStatus.WAITLISTED).exists()
    # Nobody passes the people already waiting: a freed place goes to the first of them,
    # so a newcomer joins the end of the list.
    status = (
        RegistrationStatus.CONFIRMED
        if confirmed < event.capacity and not waiting
        else RegistrationStatus.WAITLISTED
    )
    registration = Registration.objects.create(
        event=event,
        name=name,
        email=email,
        organisation=organisation,
        status=status,
        language=language,
        token=token,
    )
    _mail(registration, "events/registration")
    return registration


def _promote_waiting(event):
    """Give free places to the people waiting longest, and tell each of them by e-mail."""
    registrations = Registration.objects.filter(event=event)
    confirmed = registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    free = max((event.capacity or 0) - confirmed, 0)
    waiting = registrations.filter(status=RegistrationStatus.WAITLISTED).order_by(
        "created_at", "pk"
    )
    promoted = list(waiting[:free])
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
        registration.save(update_fields=["status"])
        _mail(registration, "events/promoted")
    return promoted


@transaction.atomic
def registration_cancel(*, registration) -> list[Registration]:
    """Cancel a registration, free its place and promote the waiting list; the promoted are returned.

    The event row is locked first, as in registration_create, and the registration is read
    again under that lock: two cancellations of the same registration (two clicks, two tabs)
    change it once and promote one person once.
    """
    event = Event.objects.select_for_update().get(pk=registration.event_id)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == RegistrationStatus.CANCELLED:
        return []
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    if event.has_started or event.is_cancelled:
        return []
    return _promote_waiting(event)


@transaction.atomic
def registrations_anonymise(*, registrations) -> int:
    """Replace the names and addresses of the given registrations; the counts stay."""
    count = 0
    for registration in registrations.select_for_update():
        registration.name = ""
        registration.email = f"anonymised-{registration.pk}@invalid.invalid"
        registration.token = None
        registration.save(update_fields=["name", "email", "token"])
        count += 1
    return count


def registrations_anonymise_past(*, ended_before) -> int:
    """Anonymise the registrations of events that ended before `ended_before`."""
    old = Registration.objects.filter(event__end__lt=ended_before).exclude(
        email__endswith="@invalid.invalid"
    )
    return registrations_anonymise(registrations=old)
