from events.models.attachment import Attachment
from events.models.event import Event, EventQuerySet, Organiser, Series
from events.models.registration import Registration

__all__ = ["Attachment", "Event", "EventQuerySet", "Organiser", "Registration", "Series"]
