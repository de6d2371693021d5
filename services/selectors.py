"""Catalogue reads: filtered services and the count behind every filter value."""

from django.db.models import Count, Q

from branches.models import Branch
from languages.models import Language
from services.filters import ServiceFilter
from services.models import (
    DELIVERY_FIELDS,
    ELIGIBILITY_FIELDS,
    BranchService,
    Category,
    DeliveryMode,
    Eligibility,
    Service,
)


def service_list(*, data, filterset_class=ServiceFilter):
    """A bound FilterSet over the published services, ready for `.qs` and `.form`."""
    return filterset_class(data or None, queryset=Service.objects.for_listing())


def _matching_ids(filterset, without):
    """Ids of services matching every filter the user set except `without`."""
    data = filterset.data.copy()
    data.pop(without, None)
    subset = type(filterset)(data or None, queryset=Service.objects.published())
    return subset.qs.values("pk")


def _flag_counts(ids, fields):
    counts = Service.objects.filter(pk__in=ids).aggregate(
        **{key: Count("pk", filter=Q(**{field: True})) for key, field in fields.items()}
    )
    return counts


def _option(value, label, count, selected):
    return {"value": value, "label": label, "count": count, "selected": selected}


def service_facets(filterset):
    """Each filter with its options and how many services each option would show."""
    form = filterset.form
    chosen = {name: filterset.data.get(name, "") for name in filterset.filters}
    facets = []

    def add(name, options):
        facets.append(
            {
                "name": name,
                "id": f"id_{name}",
                "label": filterset.filters[name].label,
                "empty_label": filterset.filters[name].extra.get("empty_label"),
                "options": options,
                "errors": form.errors.get(name, []),
            }
        )

    if "branch" in filterset.filters:
        rows = (
            BranchService.objects.filter(service__in=_matching_ids(filterset, "branch"))
            .order_by()
            .values("branch_id")
            .annotate(n=Count("service_id", distinct=True))
        )
        counts = {row["branch_id"]: row["n"] for row in rows}
        add(
            "branch",
            [
                _option(b.slug, b.name, counts.get(b.pk, 0), chosen["branch"] == b.slug)
                for b in Branch.objects.active()
            ],
        )
    if "category" in filterset.filters:
        rows = (
            Service.objects.filter(pk__in=_matching_ids(filterset, "category"))
            .order_by()
            .values("category_id")
            .annotate(n=Count("pk"))
        )
        counts = {row["category_id"]: row["n"] for row in rows}
        add(
            "category",
            [
                _option(c.slug, c.name, counts.get(c.pk, 0), chosen["category"] == c.slug)
                for c in Category.objects.all()
            ],
        )
    if "language" in filterset.filters:
        through = Service.languages.through
        rows = (
            through.objects.filter(service__in=_matching_ids(filterset, "language"))
            .order_by()
            .values("language_id")
            .annotate(n=Count("service_id", distinct=True))
        )
        counts = {row["language_id"]: row["n"] for row in rows}
        used = Language.objects.filter(services__is_published=True).distinct()
        add(
            "language",
            [
                _option(
                    lang.code, lang.name, counts.get(lang.pk, 0), chosen["language"] == lang.code
                )
                for lang in used.sorted_by_name()
            ],
        )
    for name, choices, fields in (
        ("mode", DeliveryMode, DELIVERY_FIELDS),
        ("eligibility", Eligibility, ELIGIBILITY_FIELDS),
    ):
        if name in filterset.filters:
            counts = _flag_counts(_matching_ids(filterset, name), fields)
            add(
                name,
                [_option(c.value, c.label, counts[c], chosen[name] == c.value) for c in choices],
            )
    return facets


def branches_for(services, language=None):
    """Active branches that offer any of `services`, with their schedules prefetched."""
    branches = Branch.objects.for_listing().filter(offers__service__in=services).distinct()
    if language is not None:
        branches = branches.filter(Q(languages=language) | Q(interpreter_available=True))
    return branches
