"""A branch's opening hours, closures to come and desk languages, read with the branch itself.

On PostgreSQL as three arrays in each branch's row (one query where three prefetches took
four, and most of a list page's time); elsewhere (SQLite, the demo's embedded default) as
prefetches. Branch.intervals, closures_ahead and desk_language_codes read either.
"""

import datetime as dt
from functools import cache
from typing import NamedTuple

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import connection, models
from django.db.models import Prefetch
from django.db.models.expressions import RawSQL
from modeltranslation.utils import build_localized_fieldname

from core.clock import riga_now


class Interval(NamedTuple):
    """An opening interval read from a branch's row (the shape of OpeningInterval)."""

    weekday: int
    opens: dt.time
    closes: dt.time
    by_appointment: bool


def with_schedule(branches):
    """`branches` (a queryset) with their hours, closures to come and desk languages."""
    from branches.models import Closure  # here: the models import this module

    today = riga_now().date()
    if connection.vendor != "postgresql":
        ahead = Closure.objects.filter(end_date__gte=today).order_by("start_date")
        return branches.prefetch_related(
            "opening_intervals", Prefetch("closures", queryset=ahead), "languages"
        )
    hours, closures, codes = _schedule_sql()
    return branches.annotate(
        hours_rows=RawSQL(hours, (), output_field=ArrayField(models.JSONField())),
        closure_rows=RawSQL(closures, (today,), output_field=ArrayField(models.JSONField())),
        language_codes=RawSQL(codes, (), output_field=ArrayField(models.CharField())),
    )


def intervals(found):
    """Interval of each JSON object of a row's hours array, Monday first."""
    return [
        Interval(
            row["weekday"],
            dt.time.fromisoformat(row["opens"]),
            dt.time.fromisoformat(row["closes"]),
            row["by_appointment"],
        )
        for row in found
    ]


def closures(found):
    """The fields of each Closure of a row's closures array, soonest first."""
    return [
        {
            **row,
            "start_date": dt.date.fromisoformat(row["start_date"]),
            "end_date": dt.date.fromisoformat(row["end_date"]),
        }
        for row in found
    ]


@cache
def _schedule_sql():
    """The three correlated subqueries of `with_schedule()`, written once.

    Plain SQL: built and compiled by the ORM, the same three subqueries cost more CPU than
    the rest of a list page's query. They name the outer table, so they serve only a query
    whose rows are branches (not a subquery that renames it).
    """
    from branches.models import Branch, Closure, OpeningInterval  # here, as above

    branch = Branch._meta.db_table
    interval, closure = OpeningInterval._meta.db_table, Closure._meta.db_table
    through = Branch.languages.through._meta.db_table
    language = Branch.languages.field.related_model._meta.db_table
    reasons = ", ".join(
        f"'{name}', c.{name}"
        for name in (
            build_localized_fieldname("reason", code)
            for code in settings.MODELTRANSLATION_LANGUAGES
        )
    )
    hours = (
        "SELECT ARRAY(SELECT JSONB_BUILD_OBJECT('weekday', i.weekday, 'opens', i.opens, "
        "'closes', i.closes, 'by_appointment', i.by_appointment) "
        f"FROM {interval} i WHERE i.branch_id = {branch}.id ORDER BY i.weekday, i.opens)"
    )
    closures = (
        "SELECT ARRAY(SELECT JSONB_BUILD_OBJECT('start_date', c.start_date, "
        f"'end_date', c.end_date, {reasons}) FROM {closure} c "
        f"WHERE c.branch_id = {branch}.id AND c.end_date >= %s ORDER BY c.start_date)"
    )
    codes = (
        f"SELECT ARRAY(SELECT l.code FROM {language} l JOIN {through} bl "
        f"ON bl.language_id = l.id WHERE bl.branch_id = {branch}.id ORDER BY l.code)"
    )
    return hours, closures, codes
