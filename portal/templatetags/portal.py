"""Small presentation helpers; none of them queries the database."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def query_without(context, *names):
    """The current query string less the given parameters (for pagination links)."""
    query = context["request"].GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()
