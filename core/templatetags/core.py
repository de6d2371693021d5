"""Small presentation helpers; none of them queries the database."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from core.i18n import shown_language

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
    """The language code `obj.<field>` is shown in (see core.i18n.shown_language)."""
    return shown_language(obj, field)


@register.simple_tag
def levels(*urls_and_labels):
    """Breadcrumb levels [(url, label)] from `url label url label ...` (home and the page aside)."""
    return list(zip(urls_and_labels[::2], urls_and_labels[1::2], strict=True))
