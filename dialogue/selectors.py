"""Reads for the Dialogue Platform's page."""

from django.conf import settings
from django.db.models import Prefetch

from dialogue.models import Member
from events.choices import AttachmentKind
from events.models import Attachment, Event, Series


def dialogue_page():
    """The series, its next meeting, every past meeting with its minutes, and the members."""
    series = Series.objects.filter(slug=settings.DIALOGUE_SERIES_SLUG).first()
    if series is None:
        return None
    meetings = Event.objects.for_listing().filter(series=series)
    minutes = Attachment.objects.filter(kind=AttachmentKind.MINUTES)
    past = meetings.past().prefetch_related(
        Prefetch("attachments", queryset=minutes, to_attr="minutes")
    )
    latest = meetings.order_by("-start").select_related("organiser").first()
    return {
        "series": series,
        "organiser": latest.organiser if latest else None,
        "next_meeting": meetings.upcoming().first(),
        "past_meetings": past,
        "members": Member.objects.active(),
    }
