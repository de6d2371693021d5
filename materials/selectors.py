"""Reads of the materials list: filtered materials and the count behind every filter value."""

from django.db.models import Q

from core.facets import Facet, build_facets
from core.models import Publication
from materials.filters import MaterialFilter
from materials.models import Material

# Topics and languages are offered only when some published material has them.
IN_USE = Q(materials__publication=Publication.PUBLISHED)

MATERIAL_FACETS = [
    Facet("topic", count="topics", offered=IN_USE),
    Facet("language", count="languages", offered=IN_USE, sort=lambda qs: qs.sorted_by_name()),
]


def material_list(*, data):
    """A bound FilterSet over the published materials, ready for `.qs` and `.form`."""
    return MaterialFilter(data or None, queryset=Material.objects.for_listing())


def material_facets(filterset):
    """Each filter with its options and how many materials each option would show."""
    return build_facets(filterset, MATERIAL_FACETS, counted=Material.objects.published())
