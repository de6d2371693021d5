"""Catalogue reads: filtered services and the count behind every filter value."""

from django.db.models import Q

from branches.models import Branch
from core.facets import Facet, build_facets
from services.filters import ServiceFilter
from services.models import DELIVERY_FIELDS, ELIGIBILITY_FIELDS, Service


def _by_name(languages):
    return languages.sorted_by_name()


# Languages are offered only when some published service is given in them.
LANGUAGES_IN_USE = Q(services__is_published=True)

CATALOGUE_FACETS = [
    Facet("branch", count="offers__branch"),
    Facet("category", count="category"),
    Facet("language", count="languages", offered=LANGUAGES_IN_USE, sort=_by_name),
    Facet("mode", flags=DELIVERY_FIELDS),
    Facet("eligibility", flags=ELIGIBILITY_FIELDS),
]
FIND_HELP_FACETS = [
    Facet("branch"),
    Facet("category"),
    Facet("language", offered=LANGUAGES_IN_USE, sort=_by_name),
]


def service_list(*, data, filterset_class=ServiceFilter):
    """A bound FilterSet over the published services, ready for `.qs` and `.form`."""
    return filterset_class(data or None, queryset=Service.objects.for_listing())


def service_facets(filterset):
    """Each catalogue filter with its options and how many services each option would show."""
    return build_facets(filterset, CATALOGUE_FACETS, counted=Service.objects.published())


def find_help_facets(filterset):
    """The three questions of "Find help" with their options (no counts)."""
    return build_facets(filterset, FIND_HELP_FACETS)


def branches_for(services, language=None):
    """Active branches that offer any of `services`, with their schedules prefetched."""
    branches = Branch.objects.for_listing().filter(offers__service__in=services).distinct()
    if language is not None:
        branches = branches.filter(Q(languages=language) | Q(interpreter_available=True))
    return branches
