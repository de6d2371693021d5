"""One way to offer a list's filters: options, the chosen value, counts and errors.

The filter form is validated once per request; every count reuses its cleaned values
instead of building and validating another FilterSet per facet.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape  # as Django's escape(), without its lazy-string wrapper

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from core.i18n import active_language, shown_language


@dataclass(frozen=True)
class Facet:
    """How one filter of a list is offered to the reader.

    `count` is the lookup from the listed model to the option (a foreign key or
    many-to-many path such as "offers__branch"); without it no counts are shown.
    `flags` maps each value of a choice filter to the boolean field it stands for.
    `offered` keeps only options in use (the chosen one always stays); `sort` orders them.
    `counter(filterset, values)` counts itself when a path cannot: it gets the chosen values
    of the other filters and returns {option key: count}.
    """

    name: str
    count: str | None = None
    flags: Mapping[str, str] | None = None
    offered: Q | None = None
    sort: Callable | None = None
    counter: Callable | None = None


def chosen_values(filterset):
    """The valid values the reader chose, validating the form at most once."""
    if not filterset.is_bound:
        return {}
    filterset.form.is_valid()  # Django caches the result; cleaned_data keeps the valid values.
    return getattr(filterset.form, "cleaned_data", {})


def build_facets(filterset, facets, *, counted=None):
    """Each facet as the shared filter form draws it; counts are over `counted` (a queryset)."""
    chosen = chosen_values(filterset)
    return [_facet(filterset, facet, chosen, counted) for facet in facets]


def _matching(filterset, chosen, without, counted):
    """Ids of `counted` matching every chosen filter except `without`."""
    others = {name: value for name, value in chosen.items() if name != without}
    if hasattr(filterset, "apply_values"):  # filters that only make sense together
        return filterset.apply_values(counted, others).values("pk")
    queryset = counted
    for name, value in others.items():
        queryset = filterset.filters[name].filter(queryset, value)
    return queryset.values("pk")


def _counts(filterset, facet, chosen, counted):
    if facet.counter is not None:
        others = {name: value for name, value in chosen.items() if name != facet.name}
        return facet.counter(filterset, others)
    if counted is None or not (facet.count or facet.flags):
        return None
    items = counted.model.objects.filter(pk__in=_matching(filterset, chosen, facet.name, counted))
    if facet.flags:
        return items.aggregate(
            **{
                value: Count("pk", filter=Q(**{field: True}))
                for value, field in facet.flags.items()
            }
        )
    # Meta.ordering would otherwise join the GROUP BY and split the counts.
    rows = items.order_by().values(facet.count).annotate(n=Count("pk", distinct=True)).order_by()
    return {row[facet.count]: row["n"] for row in rows}


def _model_options(field, facet, selected):
    queryset = field.queryset
    if facet.offered is not None:
        # EXISTS rather than a join: each option is read once, with no DISTINCT over all its
        # columns (a topic's texts); twice as fast for the materials' topics and languages.
        in_use = Exists(queryset.model._default_manager.filter(facet.offered, pk=OuterRef("pk")))
        keep = in_use | Q(pk=selected.pk) if selected is not None else in_use
        queryset = queryset.filter(keep)
    objects = facet.sort(queryset) if facet.sort else queryset
    key = field.to_field_name or "pk"
    active = active_language()
    chosen = selected.pk if selected is not None else None
    options = []
    for obj in objects:
        shown = shown_language(obj, "name")
        lang = None if shown == active else shown
        options.append((str(getattr(obj, key)), str(obj), obj.pk, obj.pk == chosen, lang))
    return options


def _facet(filterset, facet, chosen, counted):
    field = filterset.form.fields[facet.name]
    selected = chosen.get(facet.name)
    if hasattr(field, "queryset"):
        options = _model_options(field, facet, selected)
    else:
        options = [
            (str(value), label, str(value), str(value) == str(selected or ""), None)
            for value, label in field.choices
            if str(value) != ""
        ]
    counts = _counts(filterset, facet, chosen, counted)
    filter_ = filterset.filters[facet.name]
    return {
        "name": facet.name,
        "id": f"id_{facet.name}",
        "label": filter_.label,
        "empty_label": filter_.extra.get("empty_label"),
        "options": [
            _option(value, label, None if counts is None else counts.get(key, 0), selected, lang)
            for value, label, key, selected, lang in options
        ],
        "errors": filterset.form.errors.get(facet.name, []),
    }


def _option(value, label, count, selected, lang):
    """One option of a facet; `html` is its <option> element, written here rather than by
    the template (a hundred options cost the template ~3 ms). `lang` is the label's
    language when it fell back to another."""
    html = "".join(
        (
            f'<option value="{escape(str(value))}"',
            " selected" if selected else "",
            f' lang="{escape(lang)}"' if lang else "",
            ">",
            escape(capfirst(str(label))),
            "" if count is None else f" ({count:d})",
            "</option>",
        )
    )
    return {
        "value": value,
        "label": label,
        "count": count,
        "selected": selected,
        "lang": lang,
        "html": mark_safe(html),  # noqa: S308 - every piece above is escaped or a number
    }
