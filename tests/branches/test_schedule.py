"""Open-now logic, computed in Riga time across DST, holidays, closures and midnight."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from branches.models import OpeningInterval
from branches.schedule import branch_status, public_holiday, upcoming_closures
from tests.factories import BranchFactory, ClosureFactory

pytestmark = pytest.mark.django_db
UTC = dt.UTC
RIGA = ZoneInfo("Europe/Riga")


@pytest.fixture
def branch():
    """Monday to Friday 9:00-17:00."""
    return BranchFactory()


def utc(*args):
    return dt.datetime(*args, tzinfo=UTC)


def riga(*args):
    return dt.datetime(*args, tzinfo=RIGA)


def test_open_during_hours_says_when_it_closes(branch):
    status = branch_status(branch, riga(2026, 11, 24, 10, 0))  # a Tuesday
    assert status.is_open
    assert status.closes_at == dt.time(17)


def test_closed_before_opening_opens_today(branch):
    status = branch_status(branch, riga(2026, 11, 24, 8, 59))
    assert not status.is_open
    assert status.opens_today
    assert status.next_opening == riga(2026, 11, 24, 9, 0)


def test_closing_time_itself_is_closed(branch):
    status = branch_status(branch, riga(2026, 11, 24, 17, 0))
    assert not status.is_open
    assert status.opens_tomorrow


def test_spring_dst_change_uses_riga_wall_clock(branch):
    # 2026-03-29 clocks go from 03:00 to 04:00 (UTC+2 -> UTC+3).
    before = branch_status(branch, utc(2026, 3, 23, 6, 30))  # 08:30 EET: not yet open
    after = branch_status(branch, utc(2026, 3, 30, 6, 30))  # 09:30 EEST: open
    assert not before.is_open
    assert after.is_open


def test_autumn_dst_change_uses_riga_wall_clock(branch):
    # 2026-10-25 clocks go back from 04:00 to 03:00 (UTC+3 -> UTC+2).
    assert branch_status(branch, utc(2026, 10, 19, 6, 30)).is_open  # 09:30 EEST
    assert not branch_status(branch, utc(2026, 10, 26, 6, 30)).is_open  # 08:30 EET


def test_next_opening_across_dst_is_nine_local(branch):
    status = branch_status(branch, riga(2026, 3, 27, 18, 0))  # Friday evening before the change
    assert status.next_opening == riga(2026, 3, 30, 9, 0)
    assert status.next_opening.utcoffset() == dt.timedelta(hours=3)


def test_public_holiday_closes_the_branch_and_names_it(branch):
    with translation.override("en"):
        status = branch_status(branch, riga(2026, 11, 18, 11, 0))  # Proclamation Day
    assert not status.is_open
    assert status.closed_reason == "holiday"
    assert "Proclamation" in status.closed_label
    assert status.next_opening == riga(2026, 11, 19, 9, 0)


@pytest.mark.parametrize(
    ("language", "word"),
    [("lv", "Proklamēšanas"), ("ru", "провозглашения"), ("en", "Proclamation")],
)
def test_holiday_name_is_in_the_ui_language(language, word):
    assert word in public_holiday(dt.date(2026, 11, 18), language)


def test_holidays_come_from_the_package_not_a_list():
    # Christmas Eve, Midsummer and Restoration of Independence Day are all public holidays.
    assert public_holiday(dt.date(2026, 12, 24), "en")
    assert public_holiday(dt.date(2026, 6, 24), "en")
    assert public_holiday(dt.date(2026, 5, 4), "en")
    assert public_holiday(dt.date(2026, 11, 24), "en") is None


def test_closure_closes_the_branch_with_its_reason(branch):
    ClosureFactory(branch=branch, start_date=dt.date(2026, 12, 1), end_date=dt.date(2026, 12, 2))
    branch = type(branch).objects.with_schedule().get(pk=branch.pk)
    with translation.override("en"):
        status = branch_status(branch, riga(2026, 12, 2, 10, 0))
    assert not status.is_open
    assert status.closed_reason == "closure"
    assert status.closed_label == "Staff training"
    assert status.next_opening == riga(2026, 12, 3, 9, 0)


def test_midnight_belongs_to_the_new_day(branch):
    status = branch_status(branch, riga(2026, 11, 24, 0, 0))
    assert not status.is_open
    assert status.opens_today
    late_friday = branch_status(branch, riga(2026, 11, 27, 23, 59, 59))
    assert late_friday.next_opening == riga(2026, 11, 30, 9, 0)


def test_lunch_break_and_appointment_only_intervals():
    branch = BranchFactory(weekday_hours=False)
    OpeningInterval.objects.create(branch=branch, weekday=1, opens=dt.time(9), closes=dt.time(12))
    OpeningInterval.objects.create(
        branch=branch, weekday=1, opens=dt.time(13), closes=dt.time(16), by_appointment=True
    )
    lunch = branch_status(branch, riga(2026, 11, 24, 12, 30))
    assert not lunch.is_open
    assert lunch.next_opening == riga(2026, 11, 24, 13, 0)
    afternoon = branch_status(branch, riga(2026, 11, 24, 14, 0))
    assert afternoon.is_open and afternoon.by_appointment


def test_branch_without_hours_has_no_next_opening():
    branch = BranchFactory(weekday_hours=False)
    status = branch_status(branch, riga(2026, 11, 24, 10, 0))
    assert not status.is_open
    assert status.next_opening is None


def test_upcoming_closures_include_holidays_in_order(branch):
    ClosureFactory(branch=branch, start_date=dt.date(2026, 12, 1), end_date=dt.date(2026, 12, 1))
    with translation.override("en"):
        found = upcoming_closures(branch, dt.date(2026, 11, 24), days=40)
    days = [start for start, _end, _reason, _lang in found]
    assert days == sorted(days)
    assert dt.date(2026, 12, 1) in days
    assert dt.date(2026, 12, 25) in days
