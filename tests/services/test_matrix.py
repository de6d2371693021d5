"""The service × branch matrix is data: each offer's ways, days, hours and languages count."""

import datetime as dt

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from core.clock import RIGA
from services.models import BranchService
from services.schedule import offer_status
from tests.factories import BranchFactory, BranchServiceFactory, ServiceFactory

pytestmark = pytest.mark.django_db

DAUGAVPILS_LEGAL_AID = {
    "lv": "videozvanā, otrdienās, 10:00–12:00, tikai pēc pieraksta",
    "ru": "по видеосвязи, по вторникам, 10:00–12:00, только по записи",
    "en": "by video call, Tuesdays, 10:00–12:00, by appointment only",
}


def slugs(response):
    return [service.slug for service in response.context["services"]]


def test_daugavpils_in_person_does_not_offer_legal_aid(client, demo, language):
    in_person = client.get(f"/{language}/services/", {"branch": "daugavpils", "mode": "in_person"})
    assert "legal-aid" not in slugs(in_person)
    assert "individual-consultations" in slugs(in_person)
    by_video = client.get(f"/{language}/services/", {"branch": "daugavpils", "mode": "video"})
    assert "legal-aid" in slugs(by_video)


def test_counts_beside_each_choice_are_counts_of_offers_that_fit(client, demo):
    response = client.get("/en/services/", {"branch": "daugavpils", "mode": "in_person"})
    category = next(f for f in response.context["facets"] if f["name"] == "category")
    counts = {option["value"]: option["count"] for option in category["options"]}
    assert counts["legal-aid"] == 0
    mode = next(f for f in response.context["facets"] if f["name"] == "mode")
    assert {o["value"]: o["count"] for o in mode["options"]}["video"] >= 1


def test_service_page_states_each_branch_row(client, demo, language):
    html = client.get(f"/{language}/services/legal-aid/").content.decode()
    assert DAUGAVPILS_LEGAL_AID[language] in html
    assert 'id="offer-daugavpils"' in html


def test_find_help_jumps_to_its_answer_and_states_the_row(client, demo, language):
    html = client.get(f"/{language}/services/find-help/").content.decode()
    assert 'action="/' + language + '/services/find-help/#answer"' in html
    answer = client.get(
        f"/{language}/services/find-help/",
        {"branch": "daugavpils", "category": "legal-aid", "language": language},
    ).content.decode()
    assert 'id="answer"' in answer
    assert DAUGAVPILS_LEGAL_AID[language] in answer.split('id="answer"', 1)[1]


def riga(*args):
    return dt.datetime(*args, tzinfo=RIGA)


def test_open_now_follows_the_offer_days_and_hours_not_the_branch(demo):
    offer = BranchService.objects.get(branch__slug="daugavpils", service__slug="legal-aid")
    tuesday = riga(2026, 12, 1, 10, 30)
    assert offer_status(offer, tuesday).is_open
    assert offer_status(offer, tuesday).by_appointment
    assert not offer_status(offer, riga(2026, 12, 1, 13, 0)).is_open  # branch open, lawyer not
    monday = offer_status(offer, riga(2026, 11, 30, 10, 30))
    assert not monday.is_open
    assert monday.next_opening == riga(2026, 12, 1, 10, 0)


def test_an_offer_needs_a_way_and_sane_hours():
    branch, service = BranchFactory(), ServiceFactory()
    for bad in (
        {"in_person": False},
        {"opens": dt.time(12), "closes": dt.time(10)},
        {"opens": dt.time(12)},
        {"weekdays": "31"},
        {"weekdays": "7"},
    ):
        with pytest.raises(IntegrityError), transaction.atomic():
            BranchService.objects.create(branch=branch, service=service, **bad)


def test_detail_and_find_help_query_counts_stay_flat(client):
    service = ServiceFactory(slug="help")

    def count(url):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    BranchServiceFactory(service=service)
    urls = ["/en/services/help/", "/en/services/find-help/?language=en", "/en/services/"]
    before = [count(url) for url in urls]
    for _ in range(12):
        BranchServiceFactory(service=service, languages=["lv", "ru", "en", "ar"])
        BranchServiceFactory()
    assert [count(url) for url in urls] == before


def test_the_admin_form_ticks_days_and_stores_them_in_order():
    from django import forms as django_forms

    form_class = django_forms.modelform_factory(
        BranchService, fields=["branch", "service", "in_person", "weekdays"]
    )
    branch, service = BranchFactory(), ServiceFactory()
    form = form_class(
        {"branch": branch.pk, "service": service.pk, "in_person": "on", "weekdays": ["3", "1"]}
    )
    assert form.is_valid(), form.errors
    offer = form.save()
    assert offer.weekdays == "13"
    again = form_class(instance=offer)
    assert again["weekdays"].value() == ["1", "3"]
    assert 'type="checkbox"' in str(again["weekdays"])
