"""Missing, outdated, current: per object and language, with the minor-change tick."""

import pytest

from core.translations import Status, filter_status, object_status, with_stamps
from news.models import Post
from tests.factories import PostFactory

pytestmark = pytest.mark.django_db


def post_data(post, **changes):
    data = {
        "title_lv": post.title_lv, "title_ru": post.title_ru, "title_en": post.title_en,
        "slug": post.slug, "lead_lv": post.lead_lv, "lead_ru": post.lead_ru,
        "lead_en": post.lead_en, "body_lv": post.body_lv, "body_ru": post.body_ru,
        "body_en": post.body_en, "status": post.status,
        "publish_at_0": "2026-01-01", "publish_at_1": "10:00:00",
    }  # fmt: skip
    return data | changes


def status(post, code):
    return object_status(with_stamps(Post.objects.filter(pk=post.pk), [code]).get(), code)


def test_a_latvian_change_outdates_the_other_languages(admin):
    post = PostFactory()
    admin.post(f"/lv/admin/news/post/{post.pk}/change/", post_data(post, lead_lv="Jauns ievads"))
    assert status(post, "ru") == status(post, "en") == Status.OUTDATED
    admin.post(
        f"/lv/admin/news/post/{post.pk}/change/",
        post_data(post, lead_lv="Jauns ievads", lead_ru="Новое"),
    )
    assert (status(post, "ru"), status(post, "en")) == (Status.CURRENT, Status.OUTDATED)


def test_a_minor_change_keeps_the_other_languages_current(admin):
    post = PostFactory()
    data = post_data(post, lead_lv=post.lead_lv + ".", minor_change="on")
    response = admin.post(f"/lv/admin/news/post/{post.pk}/change/", data)
    assert response.status_code == 302
    assert status(post, "ru") == status(post, "en") == Status.CURRENT


def test_missing_is_a_source_text_without_its_translation(admin):
    post = PostFactory(lead_en="")
    assert status(post, "en") == Status.MISSING and status(post, "ru") == Status.CURRENT
    assert list(filter_status(Post.objects.all(), "en", Status.MISSING)) == [post]


@pytest.mark.parametrize(
    "value,shown", [("missing-en", True), ("outdated-en", False), ("missing-xx", True)]
)
def test_the_list_filters(admin, value, shown):
    post = PostFactory(lead_en="", slug="only-latvian")
    PostFactory(slug="all-there")
    html = admin.get(f"/lv/admin/news/post/?translation={value}").content.decode()
    assert (post.title_lv in html) == shown
    assert "Angļu: trūkst" in html or value == "missing-xx"


def test_the_english_page_names_the_date_the_original_changed(admin, client, language):
    post = PostFactory()
    admin.post(f"/lv/admin/news/post/{post.pk}/change/", post_data(post, lead_lv="Jauns ievads"))
    html = client.get(f"/{language}/news/{post.slug}/").content.decode()
    assert ('id="outdated-notice"' in html) == (language != "lv")
