"""The services the agency offers, who may use them, where, how and in which languages."""

from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from branches.models import Branch
from core.models import TimeStampedModel
from core.richtext import RichTextField, render_html
from services.models.choices import Availability, DeliveryMode, Eligibility
from services.models.offer import BranchService


class Category(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self):
        return self.name


# What a service's card shows (services.Service and its category).
CARD_FIELDS = ("name", "slug", "summary", "availability", "category__name")


# What an offer row never shows of its branch (the row names the city and links the branch).
BRANCH_FIELDS_OFF_OFFER_ROWS = (
    "description",
    "accessibility_notes",
    "photo",
    "photo_alt",
    "latitude",
    "longitude",
    "phone",
    "email",
)


class ServiceQuerySet(models.QuerySet):
    def published(self):
        """Services shown on the site."""
        return self.filter(is_published=True)

    def for_listing(self):
        """Published services with what a card shows, and nothing more (not the long texts)."""
        return self.published().select_related("category").only(*CARD_FIELDS)

    def with_offers(self, offers=None):
        """Prefetch the offers at active branches (or `offers`), with their schedules."""
        if offers is None:
            offers = BranchService.objects.all()
        # The branches in a query of their own, each row with its hours and closures
        # (Branch.with_schedule): one query where a join and two prefetches took three.
        branches = Branch.objects.with_schedule().defer(*BRANCH_FIELDS_OFF_OFFER_ROWS)
        offers = (
            offers.filter(branch__is_active=True)
            .prefetch_related("languages", Prefetch("branch", queryset=branches))
            .order_by("branch__position", "branch__slug")
        )
        return self.prefetch_related(Prefetch("offers", queryset=offers))

    def for_detail(self):
        """Published services with their offers at active branches and those branches' schedules."""
        return self.published().select_related("category").with_offers()


class Service(TimeStampedModel):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="services", verbose_name=_("category")
    )
    summary = models.CharField(_("summary"), max_length=300)
    body = RichTextField(_("body"), blank=True)
    for_third_country_nationals = models.BooleanField(
        _("for third-country nationals"), default=True
    )
    for_international_protection = models.BooleanField(
        _("for beneficiaries of international protection"), default=True
    )
    eligibility_notes = models.TextField(_("eligibility notes"), blank=True)
    availability = models.CharField(
        _("availability"),
        max_length=20,
        choices=Availability.choices,
        default=Availability.AVAILABLE,
    )
    expected_from = models.DateField(
        _("expected from"), null=True, blank=True, help_text=_("For a planned service.")
    )
    interpreter_available = models.BooleanField(
        _("an interpreter can be arranged for other languages"), default=False
    )
    cost = models.CharField(_("cost"), max_length=150, blank=True)
    is_free = models.BooleanField(_("free of charge"), default=True)
    funding = models.CharField(_("funding"), max_length=250, blank=True)
    topics = models.ManyToManyField(
        "topics.Topic", verbose_name=_("topics"), related_name="services", blank=True
    )
    branches = models.ManyToManyField(
        Branch, through="BranchService", related_name="services", verbose_name=_("branches")
    )
    last_reviewed = models.DateField(_("last reviewed"))
    is_published = models.BooleanField(_("published"), default=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = ServiceQuerySet.as_manager()

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("service")
        verbose_name_plural = _("services")
        constraints = [
            models.CheckConstraint(
                condition=Q(for_third_country_nationals=True)
                | Q(for_international_protection=True),
                name="service_has_a_target_group",
                violation_error_message=_("A service must be for at least one group."),
            ),
            models.CheckConstraint(
                condition=Q(availability="available") | Q(expected_from__isnull=False),
                name="planned_service_has_date",
                violation_error_message=_("A planned service needs an expected date."),
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("services:detail", kwargs={"slug": self.slug})

    @property
    def is_planned(self):
        return self.availability == Availability.PLANNED

    @property
    def delivery_modes(self):
        """The ways any branch gives this service, from the prefetched offers."""
        offers = list(self.offers.all())
        return [mode for mode in DeliveryMode if any(offer.gives(mode) for offer in offers)]

    @property
    def eligible_groups(self):
        groups = []
        if self.for_third_country_nationals:
            groups.append(Eligibility.THIRD_COUNTRY)
        if self.for_international_protection:
            groups.append(Eligibility.PROTECTION)
        return groups

    @property
    def body_html(self):
        return render_html(self.body)
