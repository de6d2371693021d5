"""The editor lands on a dashboard: what needs review, which translations are due, theirs first."""

import datetime as dt

import pytest
from django.test import override_settings

from core.actions import review_stamp
from tests.factories import BranchFactory, BranchServiceFactory, PostFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def test_after_login_an_editor_lands_on_the_dashboard(client, make_person):
    make_person("consultant", username="anna")
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="anna")
    user.set_password("correct-horse-9")
    user.save()
    response = client.post("/lv/admin/login/", {"username": "anna", "password": "correct-horse-9"})
    assert response["Location"] == "/lv/admin/"


def test_login_without_next_never_goes_to_accounts_profile(settings):
    from django.shortcuts import resolve_url

    assert "/accounts/profile" not in resolve_url(settings.LOGIN_REDIRECT_URL)


@override_settings(BACKOFFICE_REVIEW_AFTER_DAYS=30)
def test_needs_review_lists_the_consultants_own_first(client, make_person):
    old = dt.date(2020, 1, 1)
    own = BranchFactory(slug="jelgava", name_lv="Jelgava", last_reviewed=dt.date(2024, 1, 1))
    BranchFactory(slug="liepaja", name_lv="Liepāja", last_reviewed=old)
    fresh = BranchServiceFactory(branch=own, service=ServiceFactory(name_lv="Svaigs"))
    review_stamp(objects=[fresh])
    BranchServiceFactory(branch=own, service=ServiceFactory(name_lv="Vecs"))
    consultant = make_person("consultant", branches=[own])
    client.force_login(consultant)
    panel = client.get("/lv/admin/").content.decode().split('id="needs-review"')[1]
    panel = panel.split("</section>")[0]
    assert "Jāpārskata" in panel and "Jelgava" in panel and "Vecs @ Jelgava" in panel
    assert "Liepāja" not in panel and "Svaigs @" not in panel
    assert panel.count("jūsu") == 2


def test_the_translation_panel_counts_and_links_to_the_filtered_list(client, make_person):
    PostFactory(lead_ru="")
    client.force_login(make_person("coordinator"))
    html = client.get("/lv/admin/").content.decode()
    assert '/lv/admin/news/post/?translation=missing-ru">trūkst: 1<' in html
    assert client.get("/lv/admin/translations/").status_code == 200


def test_the_dashboard_takes_a_fixed_number_of_queries(
    client, make_person, django_assert_max_num_queries
):
    for _ in range(30):
        PostFactory()
    client.force_login(make_person("coordinator"))
    with django_assert_max_num_queries(40):
        client.get("/lv/admin/")
