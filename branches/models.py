"""Branches of the agency: where they are, when they are open, who speaks what."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from branches import rows
from branches.scoping import scoped
from core.collation import sorted_by_name
from core.i18n import language_name
from core.images import RandomName, rendition_context, validate_image
from core.models import TimeStampedModel
from languages.models import Language


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class BranchQuerySet(models.QuerySet):
    def active(self):
        """Branches shown on the site."""
        return self.filter(is_active=True)

    def with_schedule(self):
        """Opening hours, closures to come and desk languages read with each branch (rows.py)."""
        return rows.with_schedule(self)

    def editable_by(self, user):
        """Every branch for coordinators and administrators; a consultant's own otherwise."""
        return scoped(self, user, branch_lookup="")

    def for_listing(self):
        """Active branches with their schedules and desk languages."""
        return self.active().with_schedule()

    def for_cards(self):
        """`for_listing()` with only the columns a card, its status, map and JSON-LD read."""
        translated = (
            build_localized_fieldname(field, code)
            for field in ("name", "city")
            for code in settings.MODELTRANSLATION_LANGUAGES
        )
        return self.for_listing().only(
            "slug", "street_address", "postcode", "latitude", "longitude", "phone", "email",
            "interpreter_available", "photo", "photo_renditions", *translated,
        )  # fmt: skip


class Branch(TimeStampedModel):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    city = models.CharField(_("city"), max_length=80)
    street_address = models.CharField(_("street address"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=10, help_text=_("For example LV-3401."))
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(55.6), MaxValueValidator(58.1)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(20.9), MaxValueValidator(28.3)],
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    description = models.TextField(_("short description"), blank=True)
    languages = models.ManyToManyField(
        Language,
        verbose_name=_("languages spoken at the desk"),
        related_name="branches",
        blank=True,
    )
    interpreter_available = models.BooleanField(
        _("an interpreter can be arranged for other languages"), default=True
    )
    step_free_access = models.BooleanField(_("step-free access"), default=False)
    accessibility_notes = models.TextField(_("accessibility notes"), blank=True)
    opened_on = models.DateField(_("opened on"), null=True, blank=True)
    photo = models.ImageField(
        _("photo"),
        upload_to=RandomName("branches"),
        blank=True,
        validators=[validate_image],
        width_field="photo_width",
        height_field="photo_height",
    )
    photo_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    photo_renditions = models.JSONField(default=list, blank=True, editable=False)
    photo_alt = models.CharField(
        _("photo description"),
        max_length=250,
        blank=True,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("consultants who keep this branch up to date"),
        related_name="edited_branches",
        blank=True,
    )
    is_active = models.BooleanField(_("shown on the site"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When someone last checked that everything about this branch is true."),
    )

    objects = BranchQuerySet.as_manager()

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("branch")
        verbose_name_plural = _("branches")
        permissions = [("manage_every_branch", _("Can manage every branch and its offers"))]

    def __str__(self):
        return self.name

    def clean(self):
        if self.photo and not self.photo_alt_lv:
            # Reported on the Latvian field, the one modeltranslation's form requires.
            raise ValidationError({"photo_alt_lv": _("A photo needs a description.")})

    def get_absolute_url(self):
        return reverse("branches:detail", kwargs={"slug": self.slug})

    @cached_property
    def url(self):
        """The page's address, reversed once: a card, the map and the JSON-LD all link it."""
        return self.get_absolute_url()

    @cached_property
    def photo_image(self):
        """src, srcset, width and height of the photo's renditions, or None (read once)."""
        if not self.photo:
            return None
        return rendition_context(self.photo_renditions, self.photo.storage)

    @cached_property
    def intervals(self):
        """The opening intervals, Monday first: from the row (`with_schedule()`) or the relation."""
        found = getattr(self, "hours_rows", None)
        if found is None:
            return list(self.opening_intervals.all())
        return rows.intervals(found)

    @cached_property
    def closures_ahead(self):
        """The closures, soonest first: from the row (those not over yet) or the relation."""
        found = getattr(self, "closure_rows", None)
        if found is None:
            return list(self.closures.all())
        return [Closure(branch_id=self.pk, **fields) for fields in rows.closures(found)]

    @cached_property
    def desk_language_codes(self):
        """The codes of the languages spoken at the desk, from the row or the relation."""
        codes = getattr(self, "language_codes", None)
        if codes is None:
            return [language.code for language in self.languages.all()]
        return codes

    @cached_property
    def desk_languages(self):
        """The names of the languages spoken at the desk, in the UI language's order."""
        return sorted_by_name(language_name(code) for code in self.desk_language_codes)

    @property
    def directions_url(self):
        return (
            "https://www.openstreetmap.org/directions?to="
            f"{self.latitude}%2C{self.longitude}#map=17/{self.latitude}/{self.longitude}"
        )

    @property
    def map_url(self):
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=17/{self.latitude}/{self.longitude}"
        )


class OpeningInterval(models.Model):
    """One span of a weekday during which the branch receives visitors."""

    branch = models.ForeignKey(Branch, on_delete=models.CASCADE, related_name="opening_intervals")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))
    by_appointment = models.BooleanField(
        _("by appointment only"),
        default=False,
        help_text=_("Visitors are received only when they have booked a time."),
    )

    class Meta:
        ordering = ["weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(closes__gt=models.F("opens")),
                name="interval_closes_after_opens",
                violation_error_message=_("The closing time must be after the opening time."),
            ),
            models.CheckConstraint(
                condition=Q(weekday__gte=0, weekday__lte=6), name="interval_weekday_range"
            ),
            models.UniqueConstraint(
                fields=["branch", "weekday", "opens"], name="interval_unique_start"
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


class Closure(models.Model):
    """Dates on which a branch is closed outside the public holidays."""

    branch = models.ForeignKey(Branch, on_delete=models.CASCADE, related_name="closures")
    start_date = models.DateField(_("from"))
    end_date = models.DateField(_("until"))
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    class Meta:
        ordering = ["start_date"]
        verbose_name = _("closure")
        verbose_name_plural = _("closures")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")),
                name="closure_ends_after_start",
                violation_error_message=_("The last day cannot be before the first."),
            ),
        ]

    def __str__(self):
        return f"{self.start_date}–{self.end_date}"

    def covers(self, day):
        return self.start_date <= day <= self.end_date
