"""Events, their organisers and the series some of them belong to."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.clock import RIGA
from core.models import Publishable, TimeStampedModel
from core.richtext import RichTextField, render_html
from events.choices import (
    Audience,
    EventStatus,
    PlaceKind,
    RegistrationKind,
    RegistrationState,
)
from events.models.queryset import EventQuerySet

# Paths under /events/ that a slug would shadow.
RESERVED_SLUGS = {"past"}


def validate_event_slug(value):
    """Refuse slugs that would shadow the events pages' own URLs."""
    if value in RESERVED_SLUGS:
        raise ValidationError(_("This address is taken by a list of events."), code="reserved")


class Organiser(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    url = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("organiser")
        verbose_name_plural = _("organisers")

    def __str__(self):
        return self.name


class Series(models.Model):
    """Meetings that come back at a fixed interval, such as the Dialogue Platform."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    interval_months = models.PositiveSmallIntegerField(
        _("meets every … months"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )

    class Meta:
        ordering = ["slug"]
        verbose_name = pgettext_lazy("one", "series")
        verbose_name_plural = pgettext_lazy("several", "series")
        constraints = [
            models.CheckConstraint(
                condition=Q(interval_months__gte=1, interval_months__lte=12),
                name="series_interval_range",
            ),
        ]

    def __str__(self):
        return self.name


class Event(Publishable, TimeStampedModel):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, validators=[validate_event_slug])
    series = models.ForeignKey(
        Series,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("series"),
    )
    topic = models.CharField(
        _("topic of the meeting"),
        max_length=250,
        blank=True,
        help_text=_("The one question this meeting is about."),
    )
    topics = models.ManyToManyField(
        "topics.Topic", verbose_name=_("topics"), related_name="events", blank=True
    )
    description = RichTextField(_("description"), blank=True)
    start = models.DateTimeField(_("starts"), help_text=_("Riga time."))
    end = models.DateTimeField(_("ends"), help_text=_("Riga time."))
    place_kind = models.CharField(
        _("place"), max_length=10, choices=PlaceKind.choices, default=PlaceKind.BRANCH
    )
    branch = models.ForeignKey(
        "branches.Branch",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("branch"),
    )
    address = models.CharField(_("address"), max_length=250, blank=True)
    online_url = models.URLField(_("link to the online meeting"), max_length=500, blank=True)
    organiser = models.ForeignKey(
        Organiser,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("organiser"),
    )
    audience = models.CharField(
        _("for whom"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE
    )
    registration_kind = models.CharField(
        _("registration"),
        max_length=10,
        choices=RegistrationKind.choices,
        default=RegistrationKind.NONE,
    )
    registration_url = models.URLField(_("registration link"), max_length=500, blank=True)
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("For registration on this site. Later registrations join a waiting list."),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-start", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        permissions = [("publish_event", _("Can publish events"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="event_ends_after_start",
                violation_error_message=_("An event must end after it starts."),
            ),
            models.CheckConstraint(
                # The Latvian column, the language every text is required in; it may be NULL.
                condition=Q(place_kind=PlaceKind.BRANCH, branch__isnull=False)
                | Q(place_kind=PlaceKind.ADDRESS, address_lv__isnull=False, address_lv__gt="")
                | (Q(place_kind=PlaceKind.ONLINE) & ~Q(online_url="")),
                name="event_place_is_given",
                violation_error_message=_(
                    "Give the branch, the address or the link that matches the place."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(registration_kind=RegistrationKind.LINK) | ~Q(registration_url=""),
                name="event_registration_link_is_given",
                violation_error_message=_("Registration on another website needs its link."),
            ),
            models.CheckConstraint(
                condition=~Q(registration_kind=RegistrationKind.FORM)
                | Q(capacity__isnull=False, capacity__gt=0),
                name="event_registration_form_has_places",
                violation_error_message=_("Registration on this site needs the number of places."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    @property
    def local_start(self):
        return timezone.localtime(self.start, RIGA)

    @property
    def local_end(self):
        return timezone.localtime(self.end, RIGA)

    @property
    def is_one_day(self):
        return self.local_start.date() == self.local_end.date()

    @property
    def is_online(self):
        return self.place_kind == PlaceKind.ONLINE

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def description_html(self):
        return render_html(self.description)

    @property
    def places_left(self):
        """Places a newcomer can take; none while people wait. Needs `with_registration_counts()`."""
        if self.waitlisted_count:
            return 0
        return max((self.capacity or 0) - self.confirmed_count, 0)

    def accepts_registrations(self):
        """True while the form on this site may take a registration."""
        return (
            self.registration_kind == RegistrationKind.FORM
            and self.is_published
            and not self.is_cancelled
            and not self.has_started
        )

    @property
    def has_started(self):
        return timezone.now() >= self.start

    @property
    def has_ended(self):
        return timezone.now() >= self.end

    @property
    def registration_state(self):
        """The RegistrationState now; needs `with_registration_counts()` for the form."""
        if self.is_cancelled or self.has_started:
            return RegistrationState.CLOSED
        if self.registration_kind == RegistrationKind.NONE:
            return RegistrationState.NOT_NEEDED
        if self.registration_kind == RegistrationKind.LINK:
            return RegistrationState.ELSEWHERE
        return RegistrationState.OPEN if self.places_left else RegistrationState.WAITING_LIST
