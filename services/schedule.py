"""When a branch gives a service: its opening hours, narrowed to the offer's days and hours."""

from dataclasses import dataclass
from datetime import time

from branches.schedule import branch_status, opening_intervals_on


@dataclass(frozen=True)
class Span:
    """Part of a day in which the service is given (the shape of an opening interval)."""

    opens: time
    closes: time
    by_appointment: bool = False


def offer_spans_on(offer, day):
    """The spans of `day` in which `offer` is given: inside the branch's hours, on its days."""
    if offer.weekdays and str(day.weekday()) not in offer.weekdays:
        return []
    spans = []
    for interval in opening_intervals_on(offer.branch, day):
        opens = max(interval.opens, offer.opens) if offer.opens else interval.opens
        closes = min(interval.closes, offer.closes) if offer.closes else interval.closes
        if opens < closes:
            spans.append(Span(opens, closes, interval.by_appointment or offer.by_appointment))
    return spans


def offer_status(offer, now=None):
    """Whether `offer` is given now and, if not, when next: a branches.schedule.Status."""
    return branch_status(offer.branch, now, lambda _branch, day: offer_spans_on(offer, day))
