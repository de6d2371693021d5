"""Consultation requests, the consultants' internal notes and the replies sent by e-mail."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length
from django.db.models.lookups import LessThanOrEqual
from django.utils.translation import gettext_lazy as _

from enquiries.choices import CONSULTANT_LANGUAGES, AnswerBy, EnquiryStatus, Where

QUESTION_MAX = 4000
NOTE_MAX = 2000
REPLY_MAX = 6000


class EnquiryQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The queue a user works on: their branches' requests, plus remote ones if allowed."""
        if user.is_superuser or user.has_perm("enquiries.view_all_enquiries"):
            return self
        scope = Q(branch__editors=user)
        if user.has_perm("enquiries.handle_remote_enquiries"):
            scope |= Q(where__in=[Where.ANY, Where.REMOTE])
        return self.filter(scope)

    def open(self):
        """Requests not yet closed."""
        return self.exclude(status=EnquiryStatus.CLOSED)

    def personal(self):
        """Requests that still hold personal data."""
        return self.filter(anonymised_at__isnull=True)


class Enquiry(models.Model):
    """A question asked in writing, with how and in which language the person wants the answer."""

    token = models.UUIDField(_("submission token"), unique=True, editable=False)
    # Given right after the insert, in the same transaction, from the row's number.
    reference = models.CharField(_("reference"), max_length=20, blank=True, editable=False)
    question = models.TextField(_("question"), max_length=QUESTION_MAX)
    topic = models.ForeignKey(
        "topics.Topic",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquiries",
        verbose_name=_("topic"),
    )
    service = models.ForeignKey(
        "services.Service",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquiries",
        verbose_name=_("asked from the service"),
    )
    where = models.CharField(_("where"), max_length=10, choices=Where.choices)
    branch = models.ForeignKey(
        "branches.Branch",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="enquiries",
        verbose_name=_("branch"),
    )
    answer_by = models.CharField(_("answer"), max_length=12, choices=AnswerBy.choices)
    answer_language = models.ForeignKey(
        "languages.Language",
        on_delete=models.PROTECT,
        related_name="enquiries",
        verbose_name=_("language of the answer"),
    )
    name = models.CharField(_("name"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    page_language = models.CharField(_("language of the page"), max_length=10)
    consent_at = models.DateTimeField(_("consent given"))
    status = models.CharField(
        _("status"), max_length=12, choices=EnquiryStatus.choices, default=EnquiryStatus.NEW
    )
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_enquiries",
        verbose_name=_("consultant"),
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True)

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("consultation request")
        verbose_name_plural = _("consultation requests")
        permissions = [
            ("view_all_enquiries", _("Can see the requests of every branch")),
            ("handle_remote_enquiries", _("Can handle requests for any branch or remote ones")),
        ]
        indexes = [models.Index(fields=["status", "branch"], name="enquiry_status_branch")]
        constraints = [
            models.UniqueConstraint(
                fields=["reference"], condition=~Q(reference=""), name="enquiry_reference_unique"
            ),
            models.CheckConstraint(
                condition=Q(where=Where.BRANCH, branch__isnull=False)
                | (~Q(where=Where.BRANCH) & Q(branch__isnull=True)),
                name="enquiry_branch_matches_where",
            ),
            models.CheckConstraint(
                condition=Q(anonymised_at__isnull=False) | ~Q(email="") | ~Q(phone=""),
                name="enquiry_has_contact",
            ),
            models.CheckConstraint(
                condition=Q(anonymised_at__isnull=False)
                | ~Q(answer_by=AnswerBy.EMAIL)
                | ~Q(email=""),
                name="enquiry_email_answer_has_email",
            ),
            models.CheckConstraint(
                condition=Q(anonymised_at__isnull=False)
                | ~Q(answer_by=AnswerBy.PHONE)
                | ~Q(phone=""),
                name="enquiry_phone_answer_has_phone",
            ),
            models.CheckConstraint(
                condition=~Q(status=EnquiryStatus.CLOSED) | Q(closed_at__isnull=False),
                name="enquiry_closed_has_time",
            ),
            models.CheckConstraint(
                condition=LessThanOrEqual(Length("question"), QUESTION_MAX),
                name="enquiry_question_length",
            ),
        ]

    def __str__(self):
        return self.reference or str(self.token)

    @property
    def needs_interpreter(self):
        return self.answer_language.code not in CONSULTANT_LANGUAGES

    @property
    def mail_language(self):
        """E-mails go in the language of the answer when the site speaks it, else the page's."""
        codes = {code for code, _name in settings.LANGUAGES}
        code = self.answer_language.code
        return code if code in codes else self.page_language


class Entry(models.Model):
    """What notes and replies share: who wrote it and when; kept as written."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("author"),
    )
    created_at = models.DateTimeField(_("written"), auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]


class Note(Entry):
    """An internal note on a request: never shown or sent to the person."""

    enquiry = models.ForeignKey(
        Enquiry, on_delete=models.CASCADE, related_name="notes", verbose_name=_("request")
    )
    text = models.TextField(_("note"), max_length=NOTE_MAX)

    class Meta(Entry.Meta):
        verbose_name = _("internal note")
        verbose_name_plural = _("internal notes")

    def __str__(self):
        return self.text[:60]


class Reply(Entry):
    """An answer written in the admin and sent to the person by e-mail."""

    enquiry = models.ForeignKey(
        Enquiry, on_delete=models.CASCADE, related_name="replies", verbose_name=_("request")
    )
    body = models.TextField(_("reply"), max_length=REPLY_MAX)
    mail = models.ForeignKey(
        "core.OutgoingMail",
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("e-mail"),
    )

    class Meta(Entry.Meta):
        verbose_name = _("reply")
        verbose_name_plural = _("replies")

    def __str__(self):
        return self.body[:60]
