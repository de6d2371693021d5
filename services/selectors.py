"""Catalogue reads: filtered services, the count behind every filter value, matching offers."""

from django.db import connection
from django.db.models import Q

from branches.models import Branch
from core.clock import riga_now
from core.collation import sorted_by_name
from core.facets import Facet, build_facets, chosen_values
from services import wording
from services.filters import OFFER_FILTERS, ServiceFilter, offer_conditions
from services.models import DELIVERY_FIELDS, ELIGIBILITY_FIELDS, BranchService, Service
from services.models.service import CARD_FIELDS
from services.schedule import offer_status


def _by_name(languages):
    return languages.sorted_by_name()


def catalogue_counts(values):
    """{filter name: {option key: services it would show}} for the chosen `values`, in one query.

    Each filter counts under every chosen value but its own, so every number tells how many
    services the reader finds on choosing that option. Branch, way and language must fit one
    offer together; an offer is a branch's only when the branch is active.
    """
    chosen = _count_conditions(values)
    total = _all_but(chosen, None)
    at_offer = "o.id IS NOT NULL"  # the facets of an offer count only services given somewhere
    columns = {
        "branch": f"{at_offer} AND {_all_but(chosen, 'branch')}",
        "language": f"{at_offer} AND {_all_but(chosen, 'language')}",
        "category": _all_but(chosen, "category"),
        **{
            f"mode:{mode}": f"o.{field} AND {_all_but(chosen, 'mode')}"
            for mode, field in DELIVERY_FIELDS.items()
        },
        **{
            f"eligibility:{value}": f"s.{field} AND {_all_but(chosen, 'eligibility')}"
            for value, field in ELIGIBILITY_FIELDS.items()
        },
        "total": total,
    }
    counted = ", ".join(
        f"COUNT(DISTINCT s.id) FILTER (WHERE {condition})" for condition in columns.values()
    )
    # One row per branch, per language, per category and one for the whole catalogue.
    source = f"""
        FROM {Service._meta.db_table} s
        LEFT JOIN ({BranchService._meta.db_table} o
                   JOIN {Branch._meta.db_table} b ON b.id = o.branch_id AND b.is_active)
               ON o.service_id = s.id
        LEFT JOIN {BranchService.languages.through._meta.db_table} l
               ON l.branchservice_id = o.id
        WHERE s.is_published
    """
    if connection.vendor == "postgresql":
        sql = f"""
            SELECT GROUPING(o.branch_id, l.language_id, s.category_id),
                   o.branch_id, l.language_id, s.category_id, {counted} {source}
            GROUP BY GROUPING SETS ((o.branch_id), (l.language_id), (s.category_id), ())
        """
    else:  # SQLite (the demo's embedded default) has no GROUPING SETS: the same four groups
        none = "CAST(NULL AS BIGINT)"
        sql = " UNION ALL ".join(
            f"SELECT {sets}, {keys}, {counted} {source} {group_by}"
            for sets, keys, group_by in (
                (GROUPED_BY_BRANCH, f"o.branch_id, {none}, {none}", "GROUP BY o.branch_id"),
                (GROUPED_BY_LANGUAGE, f"{none}, l.language_id, {none}", "GROUP BY l.language_id"),
                (GROUPED_BY_CATEGORY, f"{none}, {none}, s.category_id", "GROUP BY s.category_id"),
                (0b111, f"{none}, {none}, {none}", ""),
            )
        )
    with connection.cursor() as cursor:
        cursor.execute(sql, {name: param for name, (_sql, param) in chosen.items()})
        rows = cursor.fetchall()
    counts = {"branch": {}, "language": {}, "category": {}, "mode": {}, "eligibility": {}}
    names = list(columns)
    for sets, branch, language, category, *numbers in rows:
        if sets == GROUPED_BY_BRANCH:
            counts["branch"][branch] = numbers[0]
        elif sets == GROUPED_BY_LANGUAGE:
            counts["language"][language] = numbers[1]
        elif sets == GROUPED_BY_CATEGORY:
            counts["category"][category] = numbers[2]
        else:
            for name, number in zip(names[3:], numbers[3:], strict=True):
                facet, _colon, key = name.partition(":")
                if key:
                    counts[facet][key] = number
                else:
                    counts[facet] = number
    return counts


# GROUPING(branch, language, category): a bit set for each column the row is not grouped by.
GROUPED_BY_BRANCH, GROUPED_BY_LANGUAGE, GROUPED_BY_CATEGORY = 0b011, 0b101, 0b110


def _count_conditions(values):
    """{filter name: (SQL condition, parameter)} for each chosen value."""
    chosen = {}
    if values.get("branch"):
        chosen["branch"] = ("o.branch_id = %(branch)s", values["branch"].pk)
    if values.get("language"):
        chosen["language"] = ("l.language_id = %(language)s", values["language"].pk)
    if values.get("mode"):
        chosen["mode"] = (f"o.{DELIVERY_FIELDS[values['mode']]}", None)
    if values.get("category"):
        chosen["category"] = ("s.category_id = %(category)s", values["category"].pk)
    if values.get("eligibility"):
        chosen["eligibility"] = (f"s.{ELIGIBILITY_FIELDS[values['eligibility']]}", None)
    return chosen


def _all_but(chosen, without):
    """SQL: every chosen condition but `without`'s (TRUE when none is left)."""
    return " AND ".join(sql for name, (sql, _param) in chosen.items() if name != without) or "TRUE"


# Languages are offered only when some branch gives a published service in them.
LANGUAGES_IN_USE = Q(offers__service__is_published=True, offers__branch__is_active=True)

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
    # An offer row also says whether an interpreter can be brought in.
    return filterset.qs.only(*CARD_FIELDS, "interpreter_available").with_offers(matching)


def find_help_branches(filterset):
    """The branches giving any of the services that fit the answers, in a way that fits them."""
    values = filterset.form.cleaned_data if filterset.is_bound and filterset.is_valid() else {}
    # An offer that fits the answers makes its service fit as well, when the service fits
    # the answers about the service itself (its category).
    about_service = {name: value for name, value in values.items() if name not in OFFER_FILTERS}
    services = filterset.apply_values(Service.objects.published(), about_service)
    offers = BranchService.objects.filter(
        offer_conditions(values, interpreter=filterset.interpreter),
        service__in=services.values("pk"),
    )
    return Branch.objects.filter(pk__in=offers.values("branch")).for_cards()


def service_counts(filterset):
    """catalogue_counts() for the values chosen in `filterset` (valid ones only)."""
    return catalogue_counts(chosen_values(filterset))


def service_facets(filterset, counts):
    """Each catalogue filter with its options and how many services each option would show.

    `counts` are the filterset's service_counts().
    """

    def counter(name):
        return lambda _filterset, _values: counts[name]

    facets = [
        Facet("branch", counter=counter("branch")),
        Facet("category", counter=counter("category")),
        Facet("language", offered=LANGUAGES_IN_USE, sort=_by_name, counter=counter("language")),
        Facet("mode", counter=counter("mode")),
        Facet("eligibility", counter=counter("eligibility")),
    ]
    return build_facets(filterset, facets)


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
