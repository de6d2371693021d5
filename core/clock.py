"""The agency's clock: every branch and event keeps Riga time."""

from zoneinfo import ZoneInfo

from django.utils import timezone

RIGA = ZoneInfo("Europe/Riga")


def riga_now(now=None):
    """`now` (default: this moment) as an aware datetime in Riga time."""
    return timezone.localtime(now or timezone.now(), RIGA)
