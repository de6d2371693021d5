"""Catalogue filters: every value lives in the URL, so a consultant can send the link."""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from branches.models import Branch
from languages.models import Language
from services.models import (
    DELIVERY_FIELDS,
    ELIGIBILITY_FIELDS,
    Category,
    DeliveryMode,
    Eligibility,
    Service,
)


def branch_filter(label, empty_label):
    """A filter on the branch that offers the service, by the branch's slug."""
    return django_filters.ModelChoiceFilter(
        label=label,
        field_name="offers__branch",
        to_field_name="slug",
        queryset=Branch.objects.active(),
        empty_label=empty_label,
    )


def category_filter(label, empty_label):
    """A filter on the service's category, by its slug."""
    return django_filters.ModelChoiceFilter(
        label=label, to_field_name="slug", queryset=Category.objects.all(), empty_label=empty_label
    )


class DistinctFilterSet(django_filters.FilterSet):
    def filter_queryset(self, queryset):
        # Joins through branches and languages would repeat a service.
        return super().filter_queryset(queryset).distinct()


class ServiceFilter(DistinctFilterSet):
    branch = branch_filter(_("Branch"), _("All branches"))
    category = category_filter(_("Category"), _("All categories"))
    language = django_filters.ModelChoiceFilter(
        label=_("Language"),
        field_name="languages",
        to_field_name="code",
        queryset=Language.objects.all(),
        empty_label=_("All languages"),
    )
    mode = django_filters.ChoiceFilter(
        label=_("How"), choices=DeliveryMode.choices, method="filter_mode", empty_label=_("Any way")
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

    def filter_mode(self, queryset, name, value):
        return queryset.filter(**{DELIVERY_FIELDS[value]: True})

    def filter_eligibility(self, queryset, name, value):
        return queryset.filter(**{ELIGIBILITY_FIELDS[value]: True})


class FindHelpFilter(DistinctFilterSet):
    """The three questions of "Find help": where, what and in which language."""

    branch = branch_filter(_("Where are you?"), _("Anywhere in Latvia"))
    category = category_filter(_("What do you need help with?"), _("Anything"))
    language = django_filters.ModelChoiceFilter(
        label=_("Which language do you speak?"),
        to_field_name="code",
        queryset=Language.objects.all(),
        method="filter_language",
        empty_label=_("Any language"),
    )

    class Meta:
        model = Service
        fields = ["branch", "category", "language"]

    def filter_language(self, queryset, name, value):
        """Given in that language, or with an interpreter brought in."""
        return queryset.filter(Q(languages=value) | Q(interpreter_available=True))
