"""A branch's status line says what a visitor may do now, in the page's language, and shows an
editor's or a holiday's words as text, never as markup."""

import datetime as dt
import re

import pytest
from django.utils import translation

from branches.schedule import Status
from branches.templatetags.branches import branch_card, branch_status
from core.clock import RIGA
from tests.factories import BranchFactory

TODAY = dt.date(2027, 3, 3)  # a Wednesday


def at(days, hour):
    return dt.datetime.combine(TODAY + dt.timedelta(days=days), dt.time(hour), tzinfo=RIGA)


@pytest.mark.parametrize(
    ("status", "english", "latvian"),
    [
        (
            Status(is_open=True, closes_at=dt.time(17), by_appointment=True, today=TODAY),
            "Open now, closes at 17:00 by appointment only",
            "Atvērts, slēdz plkst. 17:00",
        ),
        (
            Status(is_open=False, next_opening=at(0, 14), today=TODAY),
            "Closed now Opens today at 14:00",
            "Atver šodien plkst. 14:00",
        ),
        (
            Status(is_open=False, closed_reason="closure", next_opening=at(1, 9), today=TODAY),
            "Closed today Opens tomorrow at 09:00",
            "Atver rīt plkst. 09:00",
        ),
        (
            Status(is_open=False, next_opening=at(5, 9), today=TODAY),
            "Closed now Opens Monday 8 March at 09:00",
            "Atver: pirmdiena, 8. marts, plkst. 09:00",
        ),
    ],
)
def test_status_says_when_the_branch_is_open_in_the_page_language(status, english, latvian):
    with translation.override("en"):
        assert _text(branch_status(status)) == english
    with translation.override("lv"):
        assert latvian in _text(branch_status(status))


def test_a_holiday_or_a_closure_reason_is_shown_as_text():
    holiday = Status(is_open=False, closed_reason="holiday", closed_label="<b>Jāņi</b> & co",
                     today=TODAY)  # fmt: skip
    closure = Status(is_open=False, closed_reason="closure", closed_label='"Remonts" <i>',
                     today=TODAY)  # fmt: skip
    with translation.override("en"):
        assert "public holiday (&lt;b&gt;Jāņi&lt;/b&gt; &amp; co)" in branch_status(holiday)
        assert "Closed today: &quot;Remonts&quot; &lt;i&gt;" in branch_status(closure)


@pytest.mark.django_db
def test_a_card_names_the_branch_links_its_page_and_its_phone():
    branch = BranchFactory(name_en="Riga <branch>", phone="+371 6700 0101", languages=["lv"])
    with translation.override("en"):
        card = branch_card(branch, heading="h2")
    assert card.startswith('<li class="card"><h2><a href="/en/branches/')
    assert "Riga &lt;branch&gt;</a></h2>" in card
    assert '<a href="tel:+37167000101">+371 6700 0101</a>' in card
    assert "Languages: Latvian" in card


def _text(html):
    """The words a reader sees, one space between them."""
    return " ".join(re.sub(r"<[^>]+>", " ", str(html)).split())
