"""An offer in words: "by video call, Tuesdays, 10:00–12:00, by appointment only"."""

from django.utils.translation import gettext_lazy as _

from branches.models import Weekday
from core.i18n import join_and

WORKING_WEEK = [
    Weekday.MONDAY,
    Weekday.TUESDAY,
    Weekday.WEDNESDAY,
    Weekday.THURSDAY,
    Weekday.FRIDAY,
]
# The days on which something recurs, as they read inside a sentence.
RECURRING_DAYS = {
    Weekday.MONDAY: _("Mondays"),
    Weekday.TUESDAY: _("Tuesdays"),
    Weekday.WEDNESDAY: _("Wednesdays"),
    Weekday.THURSDAY: _("Thursdays"),
    Weekday.FRIDAY: _("Fridays"),
    Weekday.SATURDAY: _("Saturdays"),
    Weekday.SUNDAY: _("Sundays"),
}


def ways(offer):
    """'in person and by phone'."""
    return join_and(mode.phrase for mode in offer.delivery_modes)


def days(offer):
    """'Tuesdays', 'Mondays and Thursdays', 'on weekdays', or '' for every opening day."""
    chosen = offer.days
    if chosen == WORKING_WEEK:
        return str(_("on weekdays"))
    return join_and(RECURRING_DAYS[day] for day in chosen)


def hours(offer):
    """'10:00–12:00', or '' when the branch's opening hours."""
    if offer.opens is None:
        return ""
    return f"{offer.opens:%H:%M}–{offer.closes:%H:%M}"


def describe(offer):
    """The offer's ways, days, hours and booking in one phrase (the note stays apart)."""
    parts = [ways(offer), days(offer), hours(offer)]
    if not parts[1] and not parts[2]:
        parts.append(str(_("during the branch's opening hours")))
    if offer.by_appointment:
        parts.append(str(_("by appointment only")))
    return ", ".join(part for part in parts if part)
