"""The fixed choices of consultation requests."""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The languages consultants speak themselves; any other answer needs an interpreter.
CONSULTANT_LANGUAGES = ("lv", "ru", "en")


class Where(models.TextChoices):
    BRANCH = "branch", _("A chosen branch")
    ANY = "any", _("Any branch")
    REMOTE = "remote", _("Remotely, without visiting a branch")


class AnswerBy(models.TextChoices):
    EMAIL = "email", _("By e-mail")
    PHONE = "phone", _("By phone")
    APPOINTMENT = "appointment", _("At an appointment at the branch")


class EnquiryStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
