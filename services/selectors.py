"""Catalogue reads: filtered services, the count behind every filter value, matching offers."""

from django.db.models import Count, Q

from branches.models import Branch
from core.clock import riga_now
from core.collation import sorted_by_name
from core.facets import Facet, build_facets
from services import wording
from services.filters import OFFER_FILTERS, ServiceFilter, offer_conditions
from services.models import DELIVERY_FIELDS, ELIGIBILITY_FIELDS, BranchService, Service
from services.schedule import offer_status


def _by_name(languages):
    return languages.sorted_by_name()


def _offers(filterset, values):
    """Offers matching the chosen branch, way and language, of services matching the rest."""
    others = {name: value for name, value in values.items() if name not in OFFER_FILTERS}
    services = filterset.apply_values(Service.objects.published(), others)
    return BranchService.objects.filter(
        offer_conditions(values, interpreter=filterset.interpreter),
        service__in=services.values("pk"),
    ).order_by()


def _grouped(filterset, values, path):
    rows = _offers(filterset, values).values(path).annotate(n=Count("service", distinct=True))
    return {row[path]: row["n"] for row in rows}


def count_by_branch(filterset, values):
    """{branch pk: services given there in the chosen way and language}."""
    return _grouped(filterset, values, "branch")


def count_by_language(filterset, values):
    """{language pk: services given in it at the chosen branch, in the chosen way}."""
    return _grouped(filterset, values, "languages")


def count_by_mode(filterset, values):
    """{way: services given that way at the chosen branch, in the chosen language}."""
    return _offers(filterset, values).aggregate(
        **{
            mode: Count("service", distinct=True, filter=Q(**{field: True}))
            for mode, field in DELIVERY_FIELDS.items()
        }
    )


# Languages are offered only when some branch gives a published service in them.
LANGUAGES_IN_USE = Q(offers__service__is_published=True, offers__branch__is_active=True)

CATALOGUE_FACETS = [
    Facet("branch", counter=count_by_branch),
    Facet("category", count="category"),
    Facet("language", offered=LANGUAGES_IN_USE, sort=_by_name, counter=count_by_language),
    Facet("mode", counter=count_by_mode),
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


def with_matching_offers(filterset):
    """The filtered services, each with only its offers that match the chosen answers."""
    values = filterset.form.cleaned_data if filterset.is_bound and filterset.is_valid() else {}
    matching = BranchService.objects.filter(
        offer_conditions(values, interpreter=filterset.interpreter)
    )
    return filterset.qs.with_offers(matching)


def find_help_branches(filterset):
    """The branches giving any of the services that fit the answers, in a way that fits them."""
    values = filterset.form.cleaned_data if filterset.is_bound and filterset.is_valid() else {}
    offers = BranchService.objects.filter(
        offer_conditions(values, interpreter=filterset.interpreter),
        service__in=filterset.qs.values("pk"),
    )
    return Branch.objects.filter(pk__in=offers.values("branch")).prefetch_related("languages")


def service_facets(filterset):
    """Each catalogue filter with its options and how many services each option would show."""
    return build_facets(filterset, CATALOGUE_FACETS, counted=Service.objects.published())


def find_help_facets(filterset):
    """The three questions of "Find help" with their options (no counts)."""
    return build_facets(filterset, FIND_HELP_FACETS)


def offer_rows(offers, now=None):
    """One row per branch for `offers` (prefetched): status now, the offer in words, languages."""
    moment = riga_now(now)
    return [
        {
            "offer": offer,
            "branch": offer.branch,
            "status": offer_status(offer, moment),
            "summary": wording.describe(offer),
            "languages": sorted_by_name(offer.languages.all()),
        }
        for offer in offers
    ]
