"""Small presentation helpers; none of them queries the database."""

from django import template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst

from core.collation import sorted_by_name
from core.i18n import fallback_language, in_language, shown_language, weekday_and_date

register = template.Library()


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        text = " ".join(self.nodelist.render(context).split())
        context[self.name] = mark_safe(text)  # noqa: S308 - rendered, so already escaped
        return ""


@register.tag
def capture(parser, token):
    """`{% capture as name %}…{% endcapture %}`: render once, use as {{ name }} many times.

    base.html captures the description block so that the meta description and
    og:description always say the same.
    """
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Use {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


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


@register.simple_tag
def text(obj, field, note=False):
    """`obj.<field>`, inside `<span lang="lv">` when it fell back to Latvian (then with a note).

    Use note=True where nothing else on the card or line says the text is in Latvian.
    """
    value = getattr(obj, field, "") or ""
    code = fallback_language(obj, field)
    if not code:
        return value
    if note:
        return format_html(
            '<span lang="{}">{}</span> <span class="fallback-note">({})</span>',
            code,
            value,
            in_language(code),
        )
    return format_html('<span lang="{}">{}</span>', code, value)


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
def absolute(url, origin):
    """`url` with the site's origin in front unless it already has one (uploads on S3 do)."""
    return url if "://" in url else f"{origin}{url}"


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
