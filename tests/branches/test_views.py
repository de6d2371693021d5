import datetime as dt
import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from branches.models import Branch
from branches.schedule import public_holiday
from core.clock import riga_now
from tests.factories import BranchFactory, BranchServiceFactory, ClosureFactory

pytestmark = pytest.mark.django_db


def test_list_shows_every_branch_in_the_language(client, language):
    BranchFactory(name_lv="Liepājas filiāle", name_ru="Филиал в Лиепае", name_en="Liepāja branch")
    response = client.get(reverse("branches:list"))
    assert response.status_code == 200
    html = response.content.decode()
    expected = {"lv": "Liepājas filiāle", "ru": "Филиал в Лиепае", "en": "Liepāja branch"}
    assert expected[language] in html
    assert f'<html lang="{language}" dir="ltr">' in html


def test_list_has_a_map_without_javascript_or_tiles(client):
    branch = BranchFactory()
    html = client.get(reverse("branches:list")).content.decode()
    assert "<svg" in html and "<polygon" in html
    assert f'href="{branch.get_absolute_url()}"' in html
    assert "<script" not in html
    # Coordinates are written with a decimal point, whatever the locale.
    circle = re.search(r'<circle cx="([^"]+)" cy="([^"]+)"', html)
    assert float(circle[1]) > 0 and float(circle[2]) > 0


@pytest.mark.parametrize("url_name", ["branches:list", "home", "contact"])
def test_list_pages_run_the_same_number_of_queries_for_4_and_200(client, snapshots, url_name):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse(url_name)).status_code == 200
        return len(queries)

    # The branches are made once for the three pages (tests/snapshot.py), then copied.
    snapshots.restore("4 branches", lambda: BranchFactory.create_batch(4))
    few = count()
    snapshots.restore("196 more branches", lambda: BranchFactory.create_batch(196))
    assert Branch.objects.count() == 200
    assert count() == few


def test_detail_shows_hours_services_directions_and_json_ld(client, language):
    offer = BranchServiceFactory(note_lv="Tikai otrdienās", note_ru="Только по вторникам",
                                 note_en="Tuesdays only")  # fmt: skip
    branch = offer.branch
    response = client.get(branch.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert {"lv": "Tikai otrdienās", "ru": "Только по вторникам", "en": "Tuesdays only"}[
        language
    ] in html
    assert offer.service.get_absolute_url() in html
    assert "openstreetmap.org/directions" in html
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)[1]
    data = json.loads(raw)
    assert data["@type"] == "GovernmentOffice"
    assert data["address"]["postalCode"] == branch.postcode
    assert len(data["openingHoursSpecification"]) == 5
    assert data["openingHoursSpecification"][0]["opens"] == "09:00"


def test_json_ld_cannot_break_out_of_its_script(client):
    branch = BranchFactory(name_lv="</script><script>alert(1)</script>")
    html = client.get(branch.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html


def test_inactive_or_unknown_branch_is_404(client):
    branch = BranchFactory(is_active=False)
    assert client.get(branch.get_absolute_url()).status_code == 404
    assert client.get("/lv/branches/nowhere/").status_code == 404


def test_pages_read_a_closure_today_its_fallback_and_the_desk_languages(client, monkeypatch):
    """The list and the detail page state today's closure (in Latvian where untranslated)."""
    moment = riga_now()
    while public_holiday(moment.date(), "en"):  # a public holiday would come before a closure
        moment += dt.timedelta(days=1)
    monkeypatch.setattr("django.utils.timezone.now", lambda: moment)
    today = moment.date()
    branch = BranchFactory(languages=["lv", "ru"])
    ClosureFactory(branch=branch, start_date=today, end_date=today, reason_lv="Remonts",
                   reason_ru="", reason_en="Renovation")  # fmt: skip
    a_year_ago = today - dt.timedelta(days=365)
    ClosureFactory(branch=branch, start_date=a_year_ago, end_date=a_year_ago,
                   reason_en="Long over")  # fmt: skip
    listed = client.get("/en/branches/").content.decode()
    assert "Closed today: Renovation" in listed
    assert "Languages: Latvian, Russian" in listed
    detail = client.get(f"/ru/branches/{branch.slug}/").content.decode()
    assert '<span lang="lv">Remonts</span>' in detail
    assert "Long over" not in detail
    home = client.get("/en/").content.decode()
    assert "Closed today: Renovation" in home


def test_home_shows_the_first_four_branches_by_position_and_links_to_all(client):
    branches = [BranchFactory(position=n, name_en=f"Office {n:02}") for n in range(6)]
    html = client.get("/en/").content.decode()
    assert [b.name_en for b in branches if b.name_en in html] == [
        "Office 00", "Office 01", "Office 02", "Office 03"
    ]  # fmt: skip
    assert html.count('"@type": "GovernmentOffice"') == 4
    assert f'<a href="{reverse("branches:list")}">All branches</a>' in html


def test_home_with_four_branches_has_no_link_to_all(client):
    BranchFactory.create_batch(4)
    assert "All branches" not in client.get("/en/").content.decode()


def test_list_pages_by_twelve_with_the_map_of_the_page(client):
    branches = [BranchFactory(position=n, name_en=f"Office {n:02}") for n in range(14)]
    first = client.get("/en/branches/").content.decode()
    assert first.count('class="card"') == 12 and first.count("<circle") == 12
    assert "Page 1 of 2" in first and 'rel="next"' in first
    second = client.get("/en/branches/?page=2").content.decode()
    assert second.count('class="card"') == 2 and second.count("<circle") == 2
    assert f'href="{branches[13].get_absolute_url()}"' in second
    assert branches[0].name_en not in second


def test_contact_lists_the_branches_twelve_at_a_time(client, settings):
    branches = [BranchFactory(position=n, name_en=f"Office {n:02}") for n in range(14)]
    first = client.get("/en/contact/").content.decode()
    assert first.count('class="card"') == 12 and "Page 1 of 2" in first
    assert f'href="mailto:{settings.AGENCY_EMAIL}"' in first  # the agency's own contacts stay
    second = client.get("/en/contact/?page=2").content.decode()
    assert second.count('class="card"') == 2
    assert f'href="{branches[13].get_absolute_url()}"' in second
    assert client.get("/en/contact/?page=9").status_code == 404


def test_detail_lists_thirty_services_and_links_to_all_of_them_in_the_catalogue(client):
    branch = BranchFactory(slug="riga")
    offers = [
        BranchServiceFactory(branch=branch, service__position=n, service__name_en=f"Help {n:02}")
        for n in range(31)
    ]
    html = client.get(branch.get_absolute_url().replace("/lv/", "/en/")).content.decode()
    shown = [offer.service.name_en for offer in offers if f">{offer.service.name_en}<" in html]
    assert shown == [f"Help {n:02}" for n in range(30)]
    link = f'<a href="{reverse("services:list")}?branch=riga">All services at this branch</a>'
    assert link.replace("/lv/", "/en/") in html
    catalogue = client.get("/en/services/?branch=riga&page=2").content.decode()
    assert "Help 30" in catalogue, "the catalogue lists the one left out"


def test_detail_with_thirty_services_or_fewer_has_no_link(client):
    branch = BranchFactory()
    BranchServiceFactory.create_batch(30, branch=branch)
    html = client.get(branch.get_absolute_url().replace("/lv/", "/en/")).content.decode()
    assert "All services at this branch" not in html and html.count("<li>") >= 30
