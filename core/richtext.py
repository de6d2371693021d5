"""Rich text that editors write and the site renders: sanitised against an allow-list."""

import re
from html import unescape

import nh3
from django.db import models
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "a",
    "h2", "h3", "h4", "blockquote", "abbr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "th": {"scope"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_html(value):
    """Keep only the tags, attributes and link schemes in the allow-list."""
    if not value:
        return ""
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def render_html(value):
    """Sanitise again on output, so nothing stored before a rule change slips through."""
    return mark_safe(sanitize_html(value))  # noqa: S308 - cleaned by nh3 just above


class RichTextField(models.TextField):
    """A TextField whose value is sanitised before it is written to the database."""

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value


# Where one block of rich text ends and the next begins, so that words don't run together.
BLOCK_END = re.compile(r"</(?:p|li|h[2-4]|blockquote|td|th)>|<br\s*/?>", re.IGNORECASE)


def plain_text(html):
    """Rich text as one line of plain text (for JSON-LD, calendars, search), blocks kept apart."""
    return " ".join(unescape(strip_tags(BLOCK_END.sub(" ", html or ""))).split())


def text_blocks(html):
    """The paragraphs, list items and cells of rich text, each as one line of plain text."""
    blocks = (" ".join(unescape(strip_tags(part)).split()) for part in BLOCK_END.split(html or ""))
    return [block for block in blocks if block]
