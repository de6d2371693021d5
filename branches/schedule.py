"""When is a branch open? Weekly hours, closures and Latvian public holidays in Riga time."""

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

import holidays
from django.utils.translation import get_language

from branches.models import Weekday
from core.clock import RIGA, riga_now
from core.i18n import fallback_language
from core.pagecache import expires_at

LOOKAHEAD_DAYS = 14
HOLIDAY_LANGUAGES = {"lv": "lv", "ru": "ru", "en": "en_US", "uk": "uk"}


@lru_cache(maxsize=64)
def _holidays(year, language):
    return holidays.country_holidays("LV", years=year, language=language)


def public_holiday(day, language=None):
    """The name of the Latvian public holiday on `day` in the UI language, or None."""
    code = HOLIDAY_LANGUAGES.get((language or get_language() or "lv")[:2], "en_US")
    return _holidays(day.year, code).get(day)


@dataclass(frozen=True)
class Status:
    """What a visitor needs to know now: open or not, and until or from when."""

    is_open: bool
    closes_at: dt.time | None = None
    by_appointment: bool = False
    closed_reason: str = ""  # "holiday", "closure" or "" (no hours today)
    closed_label: str = ""  # the holiday's name or the closure's reason
    next_opening: dt.datetime | None = None
    today: dt.date | None = None

    @property
    def opens_today(self):
        return self.next_opening is not None and self.next_opening.date() == self.today

    @property
    def opens_tomorrow(self):
        return self.next_opening is not None and (
            self.next_opening.date() == self.today + dt.timedelta(days=1)
        )


def _closed_because(branch, day):
    name = public_holiday(day)
    if name:
        return "holiday", name
    for closure in branch.closures.all():
        if closure.covers(day):
            return "closure", closure.reason
    return None, ""


def _intervals_on(branch, day):
    return opening_intervals_on(branch, day)


def opening_intervals_on(branch, day):
    """The branch's opening intervals on `day`'s weekday, from the prefetched intervals."""
    return [i for i in branch.opening_intervals.all() if i.weekday == day.weekday()]


def branch_status(branch, now=None, intervals_on=None):
    """The status of `branch` at `now` (default: this moment), computed in Riga time.

    `intervals_on(branch, day)` gives the spans that count (default: the opening hours);
    a service given on some days only passes its own.
    """
    intervals_on = intervals_on or _intervals_on
    local = riga_now(now)
    today, time_now = local.date(), local.time().replace(tzinfo=None)
    # A page showing this status is kept (core.pagecache) no later than its next change.
    midnight = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), tzinfo=RIGA)
    reason, label = _closed_because(branch, today)
    if reason is None:
        for interval in intervals_on(branch, today):
            if interval.opens <= time_now < interval.closes:
                expires_at(min(dt.datetime.combine(today, interval.closes, tzinfo=RIGA), midnight))
                return Status(
                    is_open=True,
                    closes_at=interval.closes,
                    by_appointment=interval.by_appointment,
                    today=today,
                )
    opening = next_opening(branch, local, intervals_on)
    expires_at(min(opening, midnight) if opening else midnight)
    return Status(
        is_open=False,
        closed_reason=reason or "",
        closed_label=label,
        next_opening=opening,
        today=today,
    )


def next_opening(branch, local, intervals_on=None):
    """The first opening after `local` within two weeks, as an aware Riga datetime."""
    intervals_on = intervals_on or _intervals_on
    for offset in range(LOOKAHEAD_DAYS + 1):
        day = local.date() + dt.timedelta(days=offset)
        if _closed_because(branch, day)[0]:
            continue
        for interval in intervals_on(branch, day):
            if offset == 0 and interval.opens <= local.time().replace(tzinfo=None):
                continue
            return dt.datetime.combine(day, interval.opens, tzinfo=RIGA)
    return None


def weekly_hours(branch):
    """[(weekday, name, [intervals])] for Monday to Sunday, from the prefetched intervals."""
    by_day = {day: [] for day in Weekday}
    for interval in branch.opening_intervals.all():
        by_day[interval.weekday].append(interval)
    return [(day.value, day.label, intervals) for day, intervals in by_day.items()]


def upcoming_closures(branch, today, days=60):
    """(first day, last day, reason, its fallback language) of the closures and holidays ahead."""
    until = today + dt.timedelta(days=days)
    found = [
        (c.start_date, c.end_date, c.reason, fallback_language(c, "reason"))
        for c in branch.closures.all()
        if c.end_date >= today and c.start_date <= until
    ]
    day = today
    while day <= until:
        name = public_holiday(day)
        if name:
            found.append((day, day, name, None))
        day += dt.timedelta(days=1)
    return sorted(found)
