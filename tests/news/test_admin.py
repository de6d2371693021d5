"""The admin coordinators use: tabs per language, cover checks, scheduling actions."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from news.models import Post, Status
from tests.factories import PostFactory
from tests.mail import run_queue
from tests.news.helpers import jpeg_with_gps

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "title_lv": "Jauna filiāle",
        "title_ru": "Новый филиал",
        "title_en": "A new branch",
        "slug": "a-new-branch",
        "lead_lv": "Ievads",
        "body_lv": "<p>Teksts</p>",
        "status": Status.PUBLISHED,
        "publish_at_0": "2026-11-01",
        "publish_at_1": "10:00:00",
    }
    data.update(overrides)
    return data


def change_data(post, **overrides):
    current = {"title_lv": post.title_lv, "slug": post.slug, "lead_lv": post.lead_lv,
               "body_lv": post.body_lv, "status": post.status}  # fmt: skip
    return form_data(**{**current, **overrides})


def has_exif(image):
    return bool(image.getexif()) or "exif" in image.info


@pytest.mark.parametrize(
    "url",
    ["/lv/admin/news/post/", "/lv/admin/news/post/add/", "/ru/admin/news/category/",
     "/en/admin/news/category/add/", "/lv/admin/news/post/?status__exact=scheduled"],
)  # fmt: skip
def test_admin_pages_open(admin, url):
    PostFactory()
    assert admin.get(url).status_code == 200


def test_the_form_has_a_tab_per_language(admin):
    post = PostFactory()
    html = admin.get(f"/lv/admin/news/post/{post.pk}/change/").content.decode()
    for code in ("lv", "ru", "en"):
        assert f'name="title_{code}"' in html and f'name="cover_alt_{code}"' in html


def test_a_new_post_is_signed_by_whoever_adds_it(admin, admin_user):
    response = admin.post("/lv/admin/news/post/add/", form_data())
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert Post.objects.get(slug="a-new-branch").author == admin_user


def test_a_post_out_needs_a_time(admin):
    response = admin.post("/lv/admin/news/post/add/", form_data(publish_at_0="", publish_at_1=""))
    assert response.status_code == 200
    assert "publish_at" in response.context["adminform"].form.errors
    assert not Post.objects.exists()


def test_cover_upload_strips_exif_and_gps_from_the_original_and_renditions(admin, client):
    data = form_data(cover=jpeg_with_gps(), cover_alt_lv="Daugavpils filiāles ieeja")
    response = admin.post("/lv/admin/news/post/add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    post = Post.objects.get(slug="a-new-branch")
    assert post.cover_renditions == []  # built by the queue, not in the request
    assert run_queue() == 1
    post.refresh_from_db()
    storage = post.cover.storage
    with storage.open(post.cover.name) as original:
        image = Image.open(original)
        assert image.format == "JPEG" and image.size == (1600, 1000)
        assert not has_exif(image)
    assert [r["width"] for r in post.cover_renditions] == [320, 640, 960, 1280]
    for rendition in post.cover_renditions:
        with storage.open(rendition["name"]) as file:
            image = Image.open(file)
            assert image.format == "WEBP" and not has_exif(image)
    html = client.get(f"/lv/news/{post.slug}/").content.decode()
    assert 'srcset="' in html and " 320w" in html and " 1280w" in html
    assert re.search(r'width="640"\s+height="400"', html)
    assert 'alt="Daugavpils filiāles ieeja"' in html
    preview = admin.get(f"/lv/admin/news/post/{post.pk}/change/").content.decode()
    assert 'alt="Daugavpils filiāles ieeja"' in preview


def test_a_turned_photo_is_stored_upright(admin):
    data = form_data(cover=jpeg_with_gps(orientation=6), cover_alt_lv="Pagriezts")
    assert admin.post("/lv/admin/news/post/add/", data).status_code == 302
    run_queue()
    post = Post.objects.get(slug="a-new-branch")
    assert (post.cover_width, post.cover_height) == (1000, 1600)
    with post.cover.storage.open(post.cover.name) as original:
        assert Image.open(original).size == (1000, 1600)


def test_a_cover_needs_a_description(admin):
    response = admin.post("/lv/admin/news/post/add/", form_data(cover=jpeg_with_gps(400, 300)))
    assert response.status_code == 200
    assert "cover_alt_lv" in response.context["adminform"].form.errors
    assert not Post.objects.exists()


def test_a_file_that_is_not_an_image_is_refused_and_nothing_is_lost(admin):
    first = admin.post(
        "/lv/admin/news/post/add/", form_data(cover=jpeg_with_gps(), cover_alt_lv="Ieeja")
    )
    assert first.status_code == 302
    post = Post.objects.get(slug="a-new-branch")
    cover, renditions = post.cover.name, post.cover_renditions
    fake = SimpleUploadedFile("photo.jpg", b"<?php echo 'hi'; ?>", content_type="image/jpeg")
    data = change_data(post, cover=fake, cover_alt_lv="Ieeja", lead_lv="Jauns ievads")
    response = admin.post(f"/lv/admin/news/post/{post.pk}/change/", data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["cover"]
    post.refresh_from_db()
    assert (post.cover.name, post.cover_renditions, post.lead_lv) == (cover, renditions, "Ievads")
    assert post.cover.storage.exists(cover)


def test_publish_now_and_archive_actions(admin):
    scheduled = PostFactory(status=Status.SCHEDULED, publish_at="2099-01-01T09:00:00+02:00")
    draft = PostFactory(status=Status.DRAFT, publish_at=None)
    url = "/lv/admin/news/post/"
    response = admin.post(url, {"action": "publish_now", "_selected_action": [scheduled.pk]})
    assert response.status_code == 302
    scheduled.refresh_from_db()
    assert scheduled.status == Status.PUBLISHED
    assert scheduled in Post.objects.published()

    selected = [scheduled.pk, draft.pk]
    response = admin.post(url, {"action": "archive", "_selected_action": selected}, follow=True)
    scheduled.refresh_from_db()
    draft.refresh_from_db()
    assert (scheduled.status, draft.status) == (Status.ARCHIVED, Status.DRAFT)
    levels = [message.level_tag for message in response.context["messages"]]
    assert levels[-2:] == ["success", "warning"]  # the draft was left as it was
