"""Role × action × object: a consultant keeps Jelgava; Liepāja is another branch's."""

import pytest
from django.contrib.auth.models import Permission

from branches.models import Branch, OpeningInterval
from services.models import BranchService
from tests.branches.test_admin import change_form_data

pytestmark = pytest.mark.django_db
ADMIN = "/lv/admin"
NOT_YOURS = "nav jūs"  # "… is not yours to open" in Latvian


def expect(role, **by_role):
    return by_role[role]


def test_branch_list_holds_only_the_consultants_branches(signed_in, role, world):
    html = signed_in.get(f"{ADMIN}/branches/branch/").content.decode()
    assert "Jelgava" in html
    assert ("Liepāja" in html) == expect(
        role, consultant=False, coordinator=True, administrator=True
    )


@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_another_branchs_page_by_its_id_in_the_url(signed_in, role, world, view):
    response = signed_in.get(f"{ADMIN}/branches/branch/{world['liepaja'].pk}/{view}/")
    allowed = {"change": 200, "history": 200, "delete": 403 if role == "coordinator" else 200}
    if role == "consultant":
        assert response.status_code == 403
        assert NOT_YOURS in response.content.decode()
        assert "Perhaps it was deleted" not in response.content.decode()
    else:
        assert response.status_code == allowed[view]


def test_a_consultant_posting_to_another_branch_changes_nothing(signed_in, role, world):
    liepaja = world["liepaja"]
    data = change_form_data(liepaja, name_lv="Pārņemts")
    response = signed_in.post(f"{ADMIN}/branches/branch/{liepaja.pk}/change/", data)
    changed = Branch.objects.get(pk=liepaja.pk).name_lv == "Pārņemts"
    assert changed == expect(role, consultant=False, coordinator=False, administrator=True)
    assert response.status_code == expect(role, consultant=403, coordinator=403, administrator=302)


def offer_rows(offers, prefix="offers", delete=()):
    data = {f"{prefix}-TOTAL_FORMS": str(len(offers)), f"{prefix}-INITIAL_FORMS": str(len(offers))}
    for index, offer in enumerate(offers):
        data |= {
            f"{prefix}-{index}-id": offer.pk,
            f"{prefix}-{index}-branch": offer.branch_id,
            f"{prefix}-{index}-service": offer.service_id,
        }
        if offer in delete:
            data[f"{prefix}-{index}-DELETE"] = "on"
    return data


def test_the_consultant_keeps_hours_closures_and_offers_of_their_branch(signed_in, role, world):
    jelgava, own_offer = world["jelgava"], world["own_offer"]
    data = change_form_data(jelgava, description_ru="Новое описание")
    data |= {
        "opening_intervals-TOTAL_FORMS": "1",
        "opening_intervals-INITIAL_FORMS": "0",
        "opening_intervals-0-weekday": "5",
        "opening_intervals-0-opens": "10:00",
        "opening_intervals-0-closes": "12:00",
        "closures-TOTAL_FORMS": "1",
        "closures-INITIAL_FORMS": "0",
        "closures-0-start_date": "2026-12-24",
        "closures-0-end_date": "2026-12-26",
        "closures-0-reason_lv": "Svētki",
        **offer_rows([own_offer], delete=[own_offer]),
    }
    response = signed_in.post(f"{ADMIN}/branches/branch/{jelgava.pk}/change/", data)
    saved = role != "coordinator"
    assert (response.status_code == 302) == saved
    assert OpeningInterval.objects.filter(branch=jelgava, weekday=5).exists() == saved
    assert jelgava.closures.exists() == saved
    assert BranchService.objects.filter(pk=own_offer.pk).exists() != saved


def test_the_service_form_shows_and_deletes_only_the_users_branches_offers(
    client, make_person, world
):
    """The reported case: a consultant with change_service deleted Liepāja's offer through it."""
    consultant = make_person("consultant", branches=[world["jelgava"]])
    consultant.user_permissions.add(*Permission.objects.filter(codename="change_service"))
    client.force_login(consultant)
    service, other = world["service"], world["other_offer"]
    html = client.get(f"{ADMIN}/services/service/{service.pk}/change/").content.decode()
    assert 'name="offers-TOTAL_FORMS" value="1"' in html
    assert 'name="offers-1-id"' not in html
    data = {
        "name_lv": service.name_lv,
        "slug": service.slug,
        "category": service.category_id,
        "summary_lv": service.summary_lv,
        "for_third_country_nationals": "on",
        "availability": "available",
        "in_person": "on",
        "last_reviewed": "2026-11-01",
        "position": "0",
        **offer_rows([other], delete=[other]),
    }
    client.post(f"{ADMIN}/services/service/{service.pk}/change/", data)
    assert BranchService.objects.filter(pk=other.pk).exists()


def test_the_service_catalogue_is_the_coordinators(signed_in, role, world):
    service = world["service"]
    assert signed_in.get(f"{ADMIN}/services/service/{service.pk}/change/").status_code == 200
    response = signed_in.post(f"{ADMIN}/services/service/{service.pk}/change/", {})
    assert (response.status_code == 403) == (role == "consultant")
    add = signed_in.get(f"{ADMIN}/services/service/add/").status_code
    assert add == expect(role, consultant=403, coordinator=200, administrator=200)


def test_branch_autocomplete_offers_only_the_users_branches(signed_in, role, world):
    url = f"{ADMIN}/autocomplete/?app_label=services&model_name=branchservice&field_name=branch"
    names = [item["text"] for item in signed_in.get(url).json()["results"]]
    assert "Jelgava" in names
    assert ("Liepāja" in names) == (role != "consultant")


def test_events_and_registrations_of_the_users_branches(signed_in, role, world, registrations):
    events = signed_in.get(f"{ADMIN}/events/event/").content.decode()
    people = signed_in.get(f"{ADMIN}/events/registration/").content.decode()
    assert "jelgava-event" in events or world["own_event"].title_lv in events
    assert "Olga Jelgava" in people
    sees_other = role != "consultant"
    assert (world["other_event"].title_lv in events) == sees_other
    assert ("Pēteris Liepāja" in people) == sees_other
    other = signed_in.get(f"{ADMIN}/events/event/{world['other_event'].pk}/change/")
    assert other.status_code == (403 if role == "consultant" else 200)
    own = signed_in.post(f"{ADMIN}/events/event/{world['own_event'].pk}/change/", {})
    assert (own.status_code == 403) == (role == "consultant")


@pytest.mark.parametrize("url", ["/news/post/", "/news/post/add/", "/materials/material/add/"])
def test_a_consultant_cannot_write_or_publish_news_or_materials(signed_in, role, url):
    status = signed_in.get(ADMIN + url).status_code
    assert status == expect(role, consultant=403, coordinator=200, administrator=200)


def test_bulk_delete_cannot_reach_another_branch(client, make_person, world):
    consultant = make_person("consultant", branches=[world["jelgava"]])
    consultant.user_permissions.add(*Permission.objects.filter(codename="delete_branch"))
    client.force_login(consultant)
    client.post(
        f"{ADMIN}/branches/branch/",
        {"action": "delete_selected", "_selected_action": [world["liepaja"].pk], "post": "yes"},
    )
    assert Branch.objects.filter(pk=world["liepaja"].pk).exists()


def test_only_administrators_give_roles(signed_in, role):
    status = signed_in.get(f"{ADMIN}/auth/user/").status_code
    assert status == expect(role, consultant=403, coordinator=403, administrator=200)
