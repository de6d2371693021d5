"""Writes about events that must hold under concurrent requests."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from events.choices import RegistrationStatus
from events.models import Event, Registration


@transaction.atomic
def registration_create(*, event, name, email, organisation="") -> Registration:
    """Book a place, or a place on the waiting list once the event is full.

    The event row stays locked until the transaction ends, so two people registering at
    the same moment are counted one after the other and the capacity is never exceeded.
    """
    event = Event.objects.select_for_update().get(pk=event.pk)
    if not event.accepts_registrations():
        raise ValidationError(_("Registration for this event is closed."), code="closed")
    registrations = Registration.objects.filter(event=event)
    if registrations.filter(email__iexact=email).exists():
        message = _("This e-mail address is already registered for this event.")
        raise ValidationError({"email": ValidationError(message, code="duplicate")})
    confirmed = registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    waiting = registrations.filter(status=RegistrationStatus.WAITLISTED).exists()
    # Nobody passes the people already waiting: a freed place is theirs (coordinators
    # confirm them in the admin), so a newcomer joins the end of the list.
    status = (
        RegistrationStatus.CONFIRMED
        if confirmed < event.capacity and not waiting
        else RegistrationStatus.WAITLISTED
    )
    return Registration.objects.create(
        event=event, name=name, email=email, organisation=organisation, status=status
    )
