"""One branch's offer of one service: how, in which languages, on which days and hours."""

from django import forms
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from branches.models import Branch, Weekday
from languages.models import Language
from services.models.choices import DELIVERY_FIELDS, DeliveryMode

WEEKDAYS_PATTERN = r"^0?1?2?3?4?5?6?$"


class WeekdaysField(models.CharField):
    """A set of weekdays stored as their digits in order ("14" is Tuesday and Friday).

    Edited as one tick box per day; an empty set means every day the branch is open.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 7)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)
        self.validators.append(RegexValidator(WEEKDAYS_PATTERN))

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=[(str(day.value), day.label) for day in Weekday],
            widget=forms.CheckboxSelectMultiple,
            required=False,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def value_from_object(self, obj):
        return list(super().value_from_object(obj) or "")

    def save_form_data(self, instance, data):
        setattr(instance, self.attname, "".join(sorted(set(data or ""))))


class BranchService(models.Model):
    """A service offered at a branch, with what is particular there."""

    branch = models.ForeignKey(
        Branch, on_delete=models.CASCADE, related_name="offers", verbose_name=_("branch")
    )
    service = models.ForeignKey(
        "services.Service",
        on_delete=models.CASCADE,
        related_name="offers",
        verbose_name=_("service"),
    )
    in_person = models.BooleanField(_("in person"), default=True)
    by_phone = models.BooleanField(_("by phone"), default=False)
    by_email = models.BooleanField(_("by e-mail"), default=False)
    by_video = models.BooleanField(_("by video call"), default=False)
    languages = models.ManyToManyField(
        Language,
        verbose_name=_("languages"),
        related_name="offers",
        blank=True,
        help_text=_("The languages the service is given in at this branch."),
    )
    weekdays = WeekdaysField(
        _("days"), help_text=_("Leave all unticked when it is given whenever the branch is open.")
    )
    opens = models.TimeField(_("from"), null=True, blank=True)
    closes = models.TimeField(
        _("until"), null=True, blank=True, help_text=_("Empty: the branch's opening hours.")
    )
    by_appointment = models.BooleanField(_("by appointment only"), default=False)
    note = models.CharField(
        _("note"), max_length=250, blank=True, help_text=_("For example: the lawyer is in Riga.")
    )

    class Meta:
        ordering = ["branch__position", "branch__slug"]
        verbose_name = _("branch offering the service")
        verbose_name_plural = _("branches offering the service")
        constraints = [
            models.UniqueConstraint(fields=["branch", "service"], name="unique_branch_service"),
            models.CheckConstraint(
                condition=Q(in_person=True)
                | Q(by_phone=True)
                | Q(by_email=True)
                | Q(by_video=True),
                name="offer_has_a_way",
                violation_error_message=_("Tick at least one way the service is given."),
            ),
            models.CheckConstraint(
                condition=Q(opens__isnull=True, closes__isnull=True)
                | Q(opens__isnull=False, closes__isnull=False, closes__gt=F("opens")),
                name="offer_hours_in_order",
                violation_error_message=_(
                    "Give both times, the second after the first, or neither."
                ),
            ),
            models.CheckConstraint(
                condition=Q(weekdays__regex=WEEKDAYS_PATTERN),
                name="offer_weekdays_digits",
            ),
        ]

    def __str__(self):
        return f"{self.service} @ {self.branch}"

    def gives(self, mode):
        """True when the service is given here in DeliveryMode `mode`."""
        return getattr(self, DELIVERY_FIELDS[mode])

    @property
    def delivery_modes(self):
        """The DeliveryMode choices of this offer, in the catalogue's order."""
        return [mode for mode in DeliveryMode if self.gives(mode)]

    @property
    def days(self):
        """The Weekday choices of this offer; empty when every opening day."""
        return [Weekday(int(digit)) for digit in self.weekdays]
