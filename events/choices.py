"""The fixed choices of events, shared by the models, forms, views and calendar files."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PlaceKind(models.TextChoices):
    BRANCH = "branch", _("At a branch of the agency")
    ADDRESS = "address", _("At another address")
    ONLINE = "online", _("Online")


class Audience(models.TextChoices):
    NEWCOMERS = "newcomers", _("Newcomers")
    INSTITUTIONS = "institutions", _("Institutions and NGOs")
    EVERYONE = "everyone", _("Everyone")


class RegistrationKind(models.TextChoices):
    NONE = "none", _("No registration needed")
    LINK = "link", _("On another website")
    FORM = "form", _("With the form on this site")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Takes place")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationState(models.TextChoices):
    """What a visitor can do about taking part; computed, never stored."""

    NOT_NEEDED = "not_needed", _("No registration needed")
    ELSEWHERE = "elsewhere", _("Registration on another website")
    OPEN = "open", _("Registration open")
    WAITING_LIST = "waiting_list", _("Waiting list")
    CLOSED = "closed", _("Registration closed")


class AttachmentKind(models.TextChoices):
    AGENDA = "agenda", _("Agenda")
    MINUTES = "minutes", _("Minutes")
    PRESENTATION = "presentation", _("Presentation")
    OTHER = "other", _("Other")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")
