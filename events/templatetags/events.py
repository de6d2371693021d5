"""An event's time, place and card as HTML, written in Python: a list shows twenty cards.

They were included templates (`_event_card.html` including `_when.html` in a `{% timezone %}`
block, `_place.html` with the address component, `_registration_tag.html`): on a list of 20
cards those nested includes were most of the page. The HTML is the same; none of these tags
queries the database.
"""

from django import template
from django.utils import dateformat, formats
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from branches.templatetags.branches import branch_address
from core.templatetags.core import fallback_note, lang_attr, text
from events.choices import PlaceKind, RegistrationState

register = template.Library()


@register.simple_tag
def event_when(event):
    """`<time>` start – end in Riga time; the end as a time alone when it is the same day."""
    start, end = event.local_start, event.local_end
    start_time, end_time = formats.time_format(start), formats.time_format(end)
    if start.date() == end.date():
        return format_html(
            '<time datetime="{}">{}, {}, {}</time>–<time datetime="{}">{}</time>',
            start.isoformat(),
            dateformat.format(start, "l"),
            formats.date_format(start, "DATE_FORMAT"),
            start_time,
            end.isoformat(),
            end_time,
        )
    return format_html(
        '<time datetime="{}">{}, {}</time> – <time datetime="{}">{}, {}</time>',
        start.isoformat(),
        formats.date_format(start, "DATE_FORMAT"),
        start_time,
        end.isoformat(),
        formats.date_format(end, "DATE_FORMAT"),
        end_time,
    )


@register.simple_tag
def event_place(event, link=False):
    """Where: the branch (a link on the event's page) and its address, the address, or online."""
    if event.place_kind == PlaceKind.BRANCH:
        branch = event.branch
        if link:
            name = format_html(
                '<a href="{}"{}>{}</a>{}',
                branch.get_absolute_url(),
                lang_attr(branch, "name"),
                branch.name,
                fallback_note(branch, "name"),
            )
        else:
            name = text(branch, "name", note=True)
        return format_html("{}, {}", name, branch_address(branch))
    if event.place_kind == PlaceKind.ADDRESS:
        return text(event, "address", note=True)
    if link:
        return format_html(
            '{}: <a href="{}" rel="external noopener">{}</a>',
            _("Online"),
            event.online_url,
            _("join the meeting"),
        )
    return _("Online")


def _registration_tag(event):
    state = event.registration_state
    if state == RegistrationState.OPEN:
        places = event.places_left
        label = ngettext("%(counter)s place left", "%(counter)s places left", places)
        return format_html('<span class="tag">{}</span>', label % {"counter": places})
    if state == RegistrationState.WAITING_LIST:
        return format_html('<span class="tag tag--planned">{}</span>', _("Full: waiting list"))
    if state == RegistrationState.ELSEWHERE:
        return format_html('<span class="tag">{}</span>', _("Registration needed"))
    return ""


@register.simple_tag
def event_card(event, is_past=False):
    """An event's card in a list: title, time, place, topic and tags (audience, series, state).

    Written in Python, as the time and place are: a list renders twenty of them, and as a
    template each card resolved some hundred variables and tags.
    """
    topic = ""
    if event.topic:
        topic = format_html("<p{}>{}</p>", lang_attr(event, "topic"), event.topic)
    series = ""
    if event.series_id is not None:
        series = format_html('<span class="tag">{}</span>', text(event.series, "name", note=True))
    if event.is_cancelled:
        state = format_html('<span class="tag tag--planned">{}</span>', _("Cancelled"))
    else:
        state = "" if is_past else _registration_tag(event)
    return format_html(
        '<li class="card"><h3><a href="{}"{}>{}</a>{}</h3>'
        '<p class="meta">{}</p><p class="meta">{}</p>{}'
        '<p><span class="tag">{}</span>{}{}</p></li>',
        event.get_absolute_url(),
        lang_attr(event, "title"),
        event.title,
        fallback_note(event, "title"),
        event_when(event),
        event_place(event),
        topic,
        event.get_audience_display(),
        series,
        state,
    )
