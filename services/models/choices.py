"""The fixed choices of the catalogue: availability, ways of delivery, who may use it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Availability(models.TextChoices):
    AVAILABLE = "available", _("Available now")
    PLANNED = "planned", _("Planned")


class DeliveryMode(models.TextChoices):
    """How a service reaches a person; each maps to a boolean field on BranchService."""

    IN_PERSON = "in_person", _("In person")
    PHONE = "phone", _("By phone")
    EMAIL = "email", _("By e-mail")
    VIDEO = "video", _("By video call")

    @property
    def phrase(self):
        """The way as it reads inside a sentence: "by video call"."""
        return MODE_PHRASES[self]


MODE_PHRASES = {
    DeliveryMode.IN_PERSON: _("in person"),
    DeliveryMode.PHONE: _("by phone"),
    DeliveryMode.EMAIL: _("by e-mail"),
    DeliveryMode.VIDEO: _("by video call"),
}


class Eligibility(models.TextChoices):
    THIRD_COUNTRY = "third_country", _("Third-country nationals")
    PROTECTION = "protection", _("Beneficiaries of international protection")


ELIGIBILITY_FIELDS = {
    Eligibility.THIRD_COUNTRY: "for_third_country_nationals",
    Eligibility.PROTECTION: "for_international_protection",
}
DELIVERY_FIELDS = {
    DeliveryMode.IN_PERSON: "in_person",
    DeliveryMode.PHONE: "by_phone",
    DeliveryMode.EMAIL: "by_email",
    DeliveryMode.VIDEO: "by_video",
}
