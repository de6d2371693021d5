"""Every change kept: who, when, what per field and language; restore; bring back a deleted item."""

import pytest
from reversion.models import Version

from branches.models import Branch
from news.models import Post
from tests.backoffice.test_translation_status import post_data
from tests.branches.test_admin import change_form_data
from tests.factories import BranchFactory, PostFactory

pytestmark = pytest.mark.django_db


def test_the_history_shows_who_changed_which_field_in_which_language(admin, admin_user):
    post = PostFactory(title_ru="Старый заголовок")
    url = f"/lv/admin/news/post/{post.pk}/"
    admin.post(url + "change/", post_data(post, title_ru="Новый заголовок"))
    html = admin.get(url + "history/").content.decode()
    assert "Старый заголовок" in html and "Новый заголовок" in html
    assert "krievu" in html.lower()  # the language of the changed column
    assert admin_user.username in html
    assert html.count("Atjaunot šo versiju") == 1  # the baseline; the current one is not offered


def test_restore_brings_back_the_text_and_the_inline_rows_in_one_step(admin):
    branch = BranchFactory(description_lv="Sākotnējais apraksts")
    hours = branch.opening_intervals.count()
    url = f"/lv/admin/branches/branch/{branch.pk}/"
    data = change_form_data(branch, description_lv="Kļūdains apraksts")
    intervals = list(branch.opening_intervals.all())
    data |= {"opening_intervals-TOTAL_FORMS": str(len(intervals)),
             "opening_intervals-INITIAL_FORMS": str(len(intervals))}  # fmt: skip
    for index, interval in enumerate(intervals):
        data |= {
            f"opening_intervals-{index}-id": interval.pk,
            f"opening_intervals-{index}-weekday": interval.weekday,
            f"opening_intervals-{index}-opens": "09:00",
            f"opening_intervals-{index}-closes": "17:00",
        }
    data["opening_intervals-0-DELETE"] = "on"
    assert admin.post(url + "change/", data).status_code == 302
    assert branch.opening_intervals.count() == hours - 1
    baseline = Version.objects.get_for_object(branch).last()
    response = admin.post(url + f"history/{baseline.pk}/restore/")
    assert response.status_code == 302
    branch.refresh_from_db()
    assert branch.description_lv == "Sākotnējais apraksts"
    assert branch.opening_intervals.count() == hours
    assert Version.objects.get_for_object(branch).count() == 3


def test_restore_is_post_only_and_refused_to_other_branches(client, make_person):
    riga, liepaja = BranchFactory(slug="riga"), BranchFactory(slug="liepaja")
    consultant = make_person("consultant", branches=[riga])
    client.force_login(consultant)
    client.post(f"/lv/admin/branches/branch/{riga.pk}/change/", change_form_data(riga))
    version = Version.objects.get_for_object(riga).first()
    assert (
        client.get(f"/lv/admin/branches/branch/{riga.pk}/history/{version.pk}/restore/").status_code
        == 405
    )
    response = client.post(f"/lv/admin/branches/branch/{liepaja.pk}/history/{version.pk}/restore/")
    assert response.status_code == 403


def test_a_deleted_item_can_be_brought_back(admin):
    post = PostFactory(title_lv="Izdzēstā ziņa")
    admin.post(f"/lv/admin/news/post/{post.pk}/delete/", {"post": "yes"})
    assert not Post.objects.filter(pk=post.pk).exists()
    recover = admin.get("/lv/admin/news/post/recover/").content.decode()
    assert "Izdzēstā ziņa" in recover
    version = Version.objects.get_deleted(Post).get()
    form = admin.get(f"/lv/admin/news/post/recover/{version.pk}/")
    assert form.status_code == 200
    admin.post(f"/lv/admin/news/post/recover/{version.pk}/", post_data(post))
    assert Post.objects.get(pk=post.pk).title_lv == "Izdzēstā ziņa"


def test_a_bulk_delete_keeps_a_version_of_each(admin):
    branches = [BranchFactory(), BranchFactory()]
    admin.post("/lv/admin/branches/branch/", {"action": "delete_selected", "post": "yes",
               "_selected_action": [b.pk for b in branches]})  # fmt: skip
    assert not Branch.objects.exists()
    assert Version.objects.get_deleted(Branch).count() == 2
