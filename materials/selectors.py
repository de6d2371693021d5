"""Reads of the materials list: filtered materials and the count behind every filter value."""

from django.db.models import Count, Q

from languages.models import Language
from materials.filters import MaterialFilter
from materials.models import Material
from topics.models import Topic


def material_list(*, data):
    """A bound FilterSet over the published materials, ready for `.qs` and `.form`."""
    return MaterialFilter(data or None, queryset=Material.objects.for_listing())


def material_facets(filterset):
    """Each filter with its options and how many materials each option would show."""
    topics = _offered(filterset, "topic", Topic.objects.all())
    languages = _offered(filterset, "language", Language.objects.all()).sorted_by_name()
    return [
        _facet(filterset, "topic", [(topic.slug, topic) for topic in topics]),
        _facet(filterset, "language", [(language.code, language) for language in languages]),
    ]


def _chosen(filterset, name):
    """The valid object chosen for filter `name`, or None."""
    filterset.form.is_valid()  # Cleans a bound form once; cleaned_data keeps the valid values.
    return getattr(filterset.form, "cleaned_data", {}).get(name)


def _offered(filterset, name, queryset):
    """The values worth offering: those of some published material, and the chosen one."""
    wanted = Q(materials__is_published=True)
    chosen = _chosen(filterset, name)
    if chosen is not None:
        wanted |= Q(pk=chosen.pk)
    return queryset.filter(wanted).distinct()


def _counts(filterset, name):
    """{object id: how many materials it would show, given every other filter the user set}."""
    data = filterset.data.copy()
    data.pop(name, None)
    matching = MaterialFilter(data or None, queryset=Material.objects.published()).qs
    field = Material._meta.get_field(filterset.filters[name].field_name)
    target = field.m2m_reverse_field_name()
    rows = (
        field.remote_field.through.objects.filter(material__in=matching.values("pk"))
        .values(target)
        .annotate(n=Count("material", distinct=True))
    )
    return {row[target]: row["n"] for row in rows}


def _facet(filterset, name, items):
    counts = _counts(filterset, name)
    chosen = _chosen(filterset, name)
    return {
        "name": name,
        "id": f"id_{name}",
        "label": filterset.filters[name].label,
        "empty_label": filterset.filters[name].extra.get("empty_label"),
        "options": [
            {
                "value": value,
                "label": item.name,
                "count": counts.get(item.pk, 0),
                "selected": item == chosen,
            }
            for value, item in items
        ],
        "errors": filterset.form.errors.get(name, []),
    }
