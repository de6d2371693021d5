"""The Dialogue Platform's member organisations and what the public sends it."""

from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils.translation import gettext_lazy as _

MESSAGE_MAX = 3000


class OrganisationKind(models.TextChoices):
    STATE = "state", _("State institution")
    MUNICIPALITY = "municipality", _("Municipality")
    NGO = "ngo", _("Non-governmental organisation")
    PRIVATE = "private", _("Private sector")
    ACADEMIC = "academic", _("Academic sector")


class SubmissionStatus(models.TextChoices):
    NEW = "new", _("New")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class MemberQuerySet(models.QuerySet):
    def active(self):
        """Members shown on the page."""
        return self.filter(is_active=True)


class Member(models.Model):
    """An organisation that takes part in the Dialogue Platform."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    url = models.URLField(_("website"), blank=True)
    since = models.PositiveSmallIntegerField(_("member since (year)"), null=True, blank=True)
    is_active = models.BooleanField(_("shown on the page"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = MemberQuerySet.as_manager()

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")
        constraints = [
            models.CheckConstraint(
                condition=Q(since__isnull=True) | Q(since__gte=2018, since__lte=2100),
                name="member_since_plausible",
            ),
        ]

    def __str__(self):
        return self.name


class Submission(models.Model):
    """What every public submission to the platform has: a token, a contact, a status."""

    token = models.UUIDField(_("submission token"), unique=True, editable=False)
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    page_language = models.CharField(_("language of the page"), max_length=10)
    status = models.CharField(
        _("status"), max_length=10, choices=SubmissionStatus.choices, default=SubmissionStatus.NEW
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["-created_at", "-pk"]

    @property
    def reference(self):
        return f"D-{self.pk:05d}"


class JoinRequest(Submission):
    """An organisation asks to join the platform."""

    organisation = models.CharField(_("organisation"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    message = models.TextField(
        _("why the organisation wants to join"), max_length=MESSAGE_MAX, blank=True
    )

    class Meta(Submission.Meta):
        verbose_name = _("request to join")
        verbose_name_plural = _("requests to join")
        constraints = [
            models.CheckConstraint(condition=~Q(email=""), name="joinrequest_has_email"),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("message"), MESSAGE_MAX),
                name="joinrequest_message_length",
            ),
        ]

    def __str__(self):
        return self.organisation


class TopicProposal(Submission):
    """Anyone proposes a topic for a coming meeting."""

    topic = models.CharField(_("topic"), max_length=250)
    description = models.TextField(_("why it matters"), max_length=MESSAGE_MAX, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)

    class Meta(Submission.Meta):
        verbose_name = _("proposed topic")
        verbose_name_plural = _("proposed topics")
        constraints = [
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("description"), MESSAGE_MAX),
                name="topicproposal_description_length",
            ),
        ]

    def __str__(self):
        return self.topic
