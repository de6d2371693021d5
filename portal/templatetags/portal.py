"""Small presentation helpers; none of them queries the database."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from portal.i18n import shown_language

register = template.Library()


@register.simple_tag(takes_context=True)
def query_without(context, *names):
    """The current query string less the given parameters (for pagination links)."""
    query = context["request"].GET.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


@register.simple_tag
def lang_attr(obj, field):
    """` lang="lv"` when `obj.<field>` falls back to another language, else nothing."""
    code = shown_language(obj, field)
    if code == (get_language() or "")[:2]:
        return ""
    return format_html(' lang="{}"', code)


@register.filter
def shown_in(obj, field):
    """The language code `obj.<field>` is shown in (see portal.i18n.shown_language)."""
    return shown_language(obj, field)
