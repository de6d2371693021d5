"""Places at an event booked with the form on this site."""

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from events.choices import RegistrationStatus
from events.models.event import Event


class Registration(models.Model):
    """A person's place at an event booked with the form on this site."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="registrations", verbose_name=_("event")
    )
    name = models.CharField(_("name"), max_length=150)
    email = models.EmailField(_("e-mail"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.CONFIRMED,
    )
    created_at = models.DateTimeField(_("registered"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    # The language the person registered in: their e-mails are written in it.
    language = models.CharField(_("language"), max_length=10, default="lv")
    # The one-time token of the form that made this registration: a resubmission finds it.
    token = models.UUIDField(_("submission token"), unique=True, null=True, editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            # A person who cancelled may register again: only live registrations count.
            models.UniqueConstraint(
                Lower("email"),
                "event",
                condition=~Q(status=RegistrationStatus.CANCELLED),
                name="registration_one_live_per_email",
                violation_error_message=_("This e-mail address is already registered."),
            ),
            models.CheckConstraint(
                condition=~Q(status=RegistrationStatus.CANCELLED) | Q(cancelled_at__isnull=False),
                name="registration_cancelled_has_time",
            ),
        ]

    def __str__(self):
        return f"{self.name} <{self.email}>"
