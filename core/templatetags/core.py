"""Small presentation helpers; none of them queries the database."""

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import capfirst

from core.collation import sorted_by_name
from core.i18n import fallback_language, in_language, shown_language, weekday_and_date

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
    code = fallback_language(obj, field)
    return format_html(' lang="{}"', code) if code else ""


@register.simple_tag
def fallback_note(obj, field):
    """A short visible '(in Latvian)' after a title shown in a fallback language."""
    code = fallback_language(obj, field)
    if not code:
        return ""
    return format_html(' <span class="fallback-note">({})</span>', in_language(code))


@register.filter
def shown_in(obj, field):
    """The language code `obj.<field>` is shown in (see core.i18n.shown_language)."""
    return shown_language(obj, field)


@register.filter
def in_language_of(code):
    """'in Latvian' for 'lv', in the active UI language."""
    return in_language(code)


@register.filter
def weekday_date(value):
    """The weekday and date of `value` as the UI language writes them inside a sentence."""
    return weekday_and_date(timezone.localtime(value) if timezone.is_aware(value) else value)


@register.filter
def collated(items):
    """`items` in the alphabetical order of the UI language, by their text (č after c)."""
    return sorted_by_name(items)


@register.filter
def sentence_list(items):
    """'latviešu, krievu, angļu' with the first word capitalised, for a list that stands alone."""
    words = [str(item) for item in items]
    if words:
        words[0] = capfirst(words[0])
    return ", ".join(words)


@register.simple_tag
def levels(*urls_and_labels):
    """Breadcrumb levels [(url, label)] from `url label url label ...` (home and the page aside)."""
    return list(zip(urls_and_labels[::2], urls_and_labels[1::2], strict=True))
