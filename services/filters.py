"""Catalogue filters: every value lives in the URL, so a consultant can send the link.

Branch, way and language describe one offer together: "Daugavpils" + "in person" keeps
only services that Daugavpils gives in person, never one it gives by video while another
branch gives it in person.
"""

import django_filters
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from branches.models import Branch
from core.filtering import ListedModelChoiceFilter
from languages.models import Language
from services.models import (
    DELIVERY_FIELDS,
    ELIGIBILITY_FIELDS,
    BranchService,
    Category,
    DeliveryMode,
    Eligibility,
    Service,
)

OFFER_FILTERS = ("branch", "mode", "language")


def offer_conditions(values, *, interpreter=False):
    """Q over BranchService for the chosen branch, way and language (`values` by filter name)."""
    condition = Q(branch__is_active=True)
    if values.get("branch"):
        condition &= Q(branch=values["branch"])
    if values.get("mode"):
        condition &= Q(**{DELIVERY_FIELDS[values["mode"]]: True})
    if values.get("language"):
        # A subquery, not a join: an offer in many languages stays one row.
        spoken = Q(pk__in=BranchService.objects.filter(languages=values["language"]).values("pk"))
        condition &= spoken | Q(service__interpreter_available=True) if interpreter else spoken
    return condition


def branch_filter(label, empty_label):
    """A filter on the branch that offers the service, by the branch's slug."""
    return ListedModelChoiceFilter(
        label=label,
        to_field_name="slug",
        # The options show the name only; the address and hours stay in the database.
        queryset=Branch.objects.active().only("slug", "name"),
        empty_label=empty_label,
        method="offer_filter",
    )


def category_filter(label, empty_label):
    """A filter on the service's category, by its slug."""
    return ListedModelChoiceFilter(
        label=label, to_field_name="slug", queryset=Category.objects.all(), empty_label=empty_label
    )


def language_filter(label, empty_label):
    """A filter on a language the offer is given in, by its ISO code."""
    return django_filters.ModelChoiceFilter(
        label=label,
        to_field_name="code",
        queryset=Language.objects.all(),
        empty_label=empty_label,
        method="offer_filter",
    )


class OfferFilterSet(django_filters.FilterSet):
    """Branch, way and language filters applied together, to one offer of each service."""

    interpreter = False  # does an interpreter count as speaking the chosen language?

    def offer_filter(self, queryset, name, value):
        return queryset  # applied together with the other offer filters in apply_offers

    def apply_offers(self, queryset, values):
        """Services with an offer matching every chosen offer filter in `values`."""
        if not any(values.get(name) for name in OFFER_FILTERS):
            return queryset
        offers = BranchService.objects.filter(
            offer_conditions(values, interpreter=self.interpreter), service=OuterRef("pk")
        )
        return queryset.filter(Exists(offers))

    def apply_values(self, queryset, values):
        """`queryset` filtered by `values` (cleaned, by name); facets count with this."""
        for name, value in values.items():
            if name not in OFFER_FILTERS and value not in (None, ""):
                queryset = self.filters[name].filter(queryset, value)
        return self.apply_offers(queryset, values)

    def filter_queryset(self, queryset):
        return self.apply_offers(super().filter_queryset(queryset), self.form.cleaned_data)


class ServiceFilter(OfferFilterSet):
    branch = branch_filter(_("Branch"), _("All branches"))
    category = category_filter(_("Category"), _("All categories"))
    language = language_filter(_("Language"), _("All languages"))
    mode = django_filters.ChoiceFilter(
        label=_("How"),
        choices=DeliveryMode.choices,
        method="offer_filter",
        empty_label=_("Any way"),
    )
    eligibility = django_filters.ChoiceFilter(
        label=_("Who"),
        choices=Eligibility.choices,
        method="filter_eligibility",
        empty_label=_("Everyone eligible"),
    )

    class Meta:
        model = Service
        fields = ["branch", "category", "language", "mode", "eligibility"]

    def filter_eligibility(self, queryset, name, value):
        return queryset.filter(**{ELIGIBILITY_FIELDS[value]: True})


class FindHelpFilter(OfferFilterSet):
    """The three questions of "Find help": where, what and in which language."""

    interpreter = True  # "Which language do you speak?": an interpreter can be brought in

    branch = branch_filter(_("Where are you?"), _("Anywhere in Latvia"))
    category = category_filter(_("What do you need help with?"), _("Anything"))
    language = language_filter(_("Which language do you speak?"), _("Any language"))

    class Meta:
        model = Service
        fields = ["branch", "category", "language"]
