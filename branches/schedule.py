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


def _holiday_code(language=None):
    return HOLIDAY_LANGUAGES.get((language or get_language() or "lv")[:2], "en_US")


def public_holiday(day, language=None):
    """The name of the Latvian public holiday on `day` in the UI language, or None."""
    return _holidays(day.year, _holiday_code(language)).get(day)


@lru_cache(maxsize=32)
def _holidays_between(first, last, code):
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return {day: name for day in days if (name := _holidays(day.year, code).get(day))}


def holidays_between(first, last, language=None):
    """{day: name} of the public holidays from `first` to `last`, in the UI language.

    Kept per process: a list of branches asks for the same fortnight once per branch.
    """
    return _holidays_between(first, last, _holiday_code(language))


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


def _closed_on(branch, first):
    """A function telling why `branch` is closed on a day of the fortnight from `first`."""
    holidays = holidays_between(first, first + dt.timedelta(days=LOOKAHEAD_DAYS))
    closures = branch.closures_ahead

    def closed_because(day):
        name = holidays.get(day)
        if name:
            return "holiday", name
        for closure in closures:
            if closure.covers(day):
                return "closure", closure.reason
        return None, ""

    return closed_because


def _weekly_intervals(branch):
    """intervals_on(branch, day) over the branch's intervals, grouped by weekday once."""
    by_weekday = {}
    for interval in branch.intervals:
        by_weekday.setdefault(interval.weekday, []).append(interval)
    return lambda _branch, day: by_weekday.get(day.weekday(), ())


def opening_intervals_on(branch, day):
    """The branch's opening intervals on `day`'s weekday (see Branch.intervals)."""
    return [i for i in branch.intervals if i.weekday == day.weekday()]


def branch_status(branch, now=None, intervals_on=None):
    """The status of `branch` at `now` (default: this moment), computed in Riga time.

    `intervals_on(branch, day)` gives the spans that count (default: the opening hours);
    a service given on some days only passes its own.
    """
    intervals_on = intervals_on or _weekly_intervals(branch)
    local = riga_now(now)
    today, time_now = local.date(), local.time().replace(tzinfo=None)
    closed_because = _closed_on(branch, today)
    # A page showing this status is kept (core.pagecache) no later than its next change.
    midnight = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), tzinfo=RIGA)
    reason, label = closed_because(today)
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
    opening = _next_opening(branch, local, intervals_on, closed_because)
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
    intervals_on = intervals_on or _weekly_intervals(branch)
    return _next_opening(branch, local, intervals_on, _closed_on(branch, local.date()))


def _next_opening(branch, local, intervals_on, closed_because):
    time_now = local.time().replace(tzinfo=None)
    for offset in range(LOOKAHEAD_DAYS + 1):
        day = local.date() + dt.timedelta(days=offset)
        if closed_because(day)[0]:
            continue
        for interval in intervals_on(branch, day):
            if offset == 0 and interval.opens <= time_now:
                continue
            return dt.datetime.combine(day, interval.opens, tzinfo=RIGA)
    return None


def weekly_hours(branch):
    """[(weekday, name, [intervals])] for Monday to Sunday (see Branch.intervals)."""
    by_day = {day: [] for day in Weekday}
    for interval in branch.intervals:
        by_day[interval.weekday].append(interval)
    return [(day.value, day.label, intervals) for day, intervals in by_day.items()]


def upcoming_closures(branch, today, days=60):
    """(first day, last day, reason, its fallback language) of the closures and holidays ahead."""
    until = today + dt.timedelta(days=days)
    found = [
        (c.start_date, c.end_date, c.reason, fallback_language(c, "reason"))
        for c in branch.closures_ahead
        if c.end_date >= today and c.start_date <= until
    ]
    found += [(day, day, name, None) for day, name in holidays_between(today, until).items()]
    return sorted(found)
