"""A branch's card, its status now and its address as HTML, written in Python.

They were included templates (`_branch_card.html` including `_address.html` and
`_branch_status.html`): the twelve cards of a branch list page took ~2.2 ms of its CPU as
templates, most of its rendering, and take ~1.2 ms as these tags. The HTML is the same and
the texts are the same messages; none of these tags queries the database.
"""

import datetime as dt

from django import template
from django.utils import timezone
from django.utils.dateformat import time_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.templatetags.core import fallback_note, lang_attr, weekday_date

register = template.Library()


@register.simple_tag
def branch_address(branch):
    """Street and postcode (Latvian on every page), then the city in its own language."""
    street_lang = "" if get_language() == "lv" else ' lang="lv"'
    return format_html(
        "<span{}>{}</span>, {} <span{}>{}</span>",
        mark_safe(street_lang),  # noqa: S308 - a constant
        branch.street_address,
        branch.postcode,
        lang_attr(branch, "city"),
        branch.city,
    )


def _hour(moment):
    """A time of day as 09:00 (a datetime in the site's time zone, as the template showed it)."""
    if isinstance(moment, dt.datetime):
        moment = timezone.localtime(moment)
    return time_format(moment, "H:i")


def _closed(status):
    if status.closed_reason == "holiday":
        return _("Closed today: public holiday (%(name)s)") % {"name": status.closed_label}
    if status.closed_reason == "closure" and status.closed_label:
        return _("Closed today: %(reason)s") % {"reason": status.closed_label}
    if status.closed_reason == "closure":
        return _("Closed today")
    return _("Closed now")


def _next_opening(status):
    time = _hour(status.next_opening)
    if status.opens_today:
        return _("Opens today at %(time)s") % {"time": time}
    if status.opens_tomorrow:
        return _("Opens tomorrow at %(time)s") % {"time": time}
    day = weekday_date(status.next_opening)
    return _("Opens %(day)s at %(time)s") % {"day": day, "time": time}


@register.simple_tag
def branch_status(status):
    """Open now (until when) or closed (why, and when it opens next), as two short lines."""
    if status.is_open:
        line = _("Open now, closes at %(time)s") % {"time": _hour(status.closes_at)}
        html = format_html('<span class="status status--open">{}</span>', line)
        if status.by_appointment:
            html += format_html(' <span class="meta">{}</span>', _("by appointment only"))
        return html
    html = format_html('<span class="status status--closed">{}</span>', _closed(status))
    if status.next_opening:
        html += format_html(' <span class="meta">{}</span>', _next_opening(status))
    return html


@register.simple_tag
def branch_card(branch, status=None, heading="h3"):
    """A branch in a list: name, address, status now (when given), phone and languages."""
    status_line = format_html("<p>{}</p>", branch_status(status)) if status else ""
    phone = ""
    if branch.phone:
        phone = format_html(
            '<p><a href="tel:{}">{}</a></p>', branch.phone.replace(" ", ""), branch.phone
        )
    interpreter = ""
    if branch.interpreter_available:
        interpreter = format_html(" · {}", _("interpreter on request"))
    return format_html(
        '<li class="card"><{}><a href="{}"{}>{}</a>{}</{}><p>{}</p>{}{}'
        '<p class="meta">{} {}{}</p></li>',
        heading,
        branch.url,
        lang_attr(branch, "name"),
        branch.name,
        fallback_note(branch, "name"),
        heading,
        branch_address(branch),
        status_line,
        phone,
        _("Languages:"),
        format_html_join(", ", "{}", ((name,) for name in branch.desk_languages)),
        interpreter,
    )
