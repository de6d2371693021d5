"""The admin consultants use: tabs per language, photo checks, each branch kept by its people."""

import re
from io import BytesIO

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from branches.models import Branch
from tests.factories import BranchFactory, UserFactory
from tests.mail import run_queue

pytestmark = pytest.mark.django_db


def jpeg_with_gps(width=1600, height=1000):
    image = Image.new("RGB", (width, height), (140, 28, 43))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (56.0, 57.0, 0.0)}  # GPSInfo
    buffer = BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return SimpleUploadedFile("front-door.jpg", buffer.getvalue(), content_type="image/jpeg")


def change_form_data(branch, **overrides):
    data = {
        "name_lv": branch.name_lv,
        "name_ru": branch.name_ru,
        "name_en": branch.name_en,
        "slug": branch.slug,
        "city_lv": branch.city_lv,
        "street_address": branch.street_address,
        "postcode": branch.postcode,
        "latitude": str(branch.latitude),
        "longitude": str(branch.longitude),
        "phone": branch.phone,
        "email": branch.email,
        "is_active": "on",
        "interpreter_available": "on",
        "position": "0",
        "languages": [language.pk for language in branch.languages.all()],
    }
    for prefix in ("opening_intervals", "closures", "offers"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(overrides)
    return data


@pytest.fixture
def admin(admin_client):
    admin_client.defaults["HTTP_HOST"] = "127.0.0.1"
    return admin_client


@pytest.mark.parametrize(
    "url",
    [
        "/lv/admin/",
        "/lv/admin/branches/branch/",
        "/lv/admin/branches/branch/add/",
        "/ru/admin/services/service/",
        "/en/admin/services/service/add/",
    ],
)
def test_admin_pages_open(admin, url):
    BranchFactory()
    assert admin.get(url).status_code == 200


def test_change_form_has_a_tab_per_language_and_inlines(admin):
    branch = BranchFactory()
    html = admin.get(f"/lv/admin/branches/branch/{branch.pk}/change/").content.decode()
    for code in ("lv", "ru", "en"):
        assert f'name="name_{code}"' in html
    assert "opening_intervals-TOTAL_FORMS" in html
    assert "offers-TOTAL_FORMS" in html


def test_photo_upload_makes_metadata_free_renditions(admin, client):
    branch = BranchFactory()
    data = change_form_data(branch, photo=jpeg_with_gps(), photo_alt_lv="Ieeja no ielas")
    response = admin.post(f"/lv/admin/branches/branch/{branch.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    branch.refresh_from_db()
    assert branch.photo_renditions == []  # built by the queue, not in the request
    assert "srcset" not in client.get(branch.get_absolute_url()).content.decode()
    assert run_queue() == 1
    branch.refresh_from_db()
    assert [r["width"] for r in branch.photo_renditions] == [320, 640, 960, 1280]
    with branch.photo.storage.open(branch.photo.name) as original:
        assert not Image.open(original).getexif()
    with branch.photo.storage.open(branch.photo_renditions[0]["name"]) as rendition:
        image = Image.open(rendition)
        assert image.format == "WEBP"
        assert not image.getexif()
    html = client.get(branch.get_absolute_url()).content.decode()
    assert 'srcset="' in html and " 320w" in html
    assert re.search(r'width="640"\s+height="400"', html)
    assert 'alt="Ieeja no ielas"' in html


def test_a_file_that_is_not_an_image_is_refused_and_nothing_is_lost(admin):
    branch = BranchFactory(description_lv="Saglabātais apraksts")
    fake = SimpleUploadedFile("photo.jpg", b"<?php echo 'hi'; ?>", content_type="image/jpeg")
    data = change_form_data(branch, photo=fake, photo_alt_lv="x", description_lv="Jauns")
    response = admin.post(f"/lv/admin/branches/branch/{branch.pk}/change/", data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["photo"]
    branch.refresh_from_db()
    assert branch.description_lv == "Saglabātais apraksts"
    assert not branch.photo


def test_a_photo_needs_a_description(admin):
    branch = BranchFactory()
    data = change_form_data(branch, photo=jpeg_with_gps(400, 300))
    response = admin.post(f"/lv/admin/branches/branch/{branch.pk}/change/", data)
    assert response.status_code == 200
    assert "photo_alt_lv" in response.context["adminform"].form.errors


def test_a_consultant_edits_only_their_own_branch(client):
    liepaja, riga = BranchFactory(slug="liepaja"), BranchFactory(slug="riga")
    consultant = UserFactory(username="consultant")
    consultant.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_branch", "change_branch"])
    )
    liepaja.editors.add(consultant)
    client.force_login(consultant)
    assert client.get(f"/lv/admin/branches/branch/{liepaja.pk}/change/").status_code == 200
    assert client.get(f"/lv/admin/branches/branch/{riga.pk}/change/").status_code == 403
    listing = client.get("/lv/admin/branches/branch/").content.decode()
    assert liepaja.name_lv in listing and riga.name_lv not in listing
    data = change_form_data(riga, name_lv="Pārņemts")
    client.post(f"/lv/admin/branches/branch/{riga.pk}/change/", data)
    assert Branch.objects.get(pk=riga.pk).name_lv != "Pārņemts"
