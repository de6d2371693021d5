"""Uploads judged by their content: pixel and byte caps, zip bombs, active PDFs, SVG and HTML.

A 36-megapixel photo is accepted and its renditions are built by the queue, not the request.
"""

import time

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core import archives
from core.images import MAX_PIXELS, validate_image
from materials.files import validate_document
from tests import uploads
from tests.branches.test_admin import change_form_data
from tests.factories import BranchFactory
from tests.mail import run_queue


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def refusal(content, name="file.bin"):
    with pytest.raises(ValidationError) as error:
        validate_document(upload(name, content))
    return error.value.code


def test_a_docx_that_inflates_to_2_gib_is_refused():
    assert refusal(uploads.docx_bomb(), "report.docx") == "zip_bomb"


def test_a_zip_that_lies_about_its_sizes_is_refused(monkeypatch):
    bomb = bytearray(uploads.docx_bomb())
    # Declare 2 MiB where 2 GiB are packed: the size check passes, inflating finds the lie.
    monkeypatch.setattr(archives, "MAX_RATIO", 10**9)
    at = bomb.rindex(b"PK\x01\x02") + 24
    bomb[at : at + 4] = (2 << 20).to_bytes(4, "little")
    local = bomb.index(b"word/document.xml") - 30 + 22
    bomb[local : local + 4] = (2 << 20).to_bytes(4, "little")
    assert refusal(bytes(bomb), "report.docx") == "zip_bomb"


def test_an_honest_docx_is_accepted():
    validate_document(upload("report.docx", uploads.docx()))


@pytest.mark.parametrize("active", ["openaction", "launch", "embedded"])
def test_a_pdf_that_would_run_something_is_refused(active):
    assert refusal(uploads.pdf(active), "leaflet.pdf") == "pdf_javascript"


def test_a_plain_pdf_is_accepted():
    validate_document(upload("leaflet.pdf", uploads.pdf()))


def test_an_image_material_over_the_pixel_cap_is_refused_without_decoding_it():
    started = time.perf_counter()
    with pytest.raises(ValidationError):
        validate_document(upload("poster.png", uploads.png_claiming(20_000, 20_000)))
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize(
    "content",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
        b"<!DOCTYPE html><html><script>alert(1)</script></html>",
        b"%!PS-Adobe-3.0",
        b"MZ\x90\x00\x03",
    ],
)
def test_svg_html_and_programs_are_refused_whatever_their_name(content):
    for name in ("leaflet.pdf", "image.svg", "page.html", "photo.png"):
        assert refusal(content, name) == "file_type"


def test_the_pixel_cap_allows_a_48_megapixel_photo_and_not_more():
    assert 8000 * 6000 <= MAX_PIXELS < 8000 * 6400
    with pytest.raises(ValidationError):
        validate_image(upload("big.png", uploads.png_claiming(10_000, 6_000), "image/png"))


@pytest.mark.django_db
def test_a_36_megapixel_photo_is_accepted_and_processed_outside_the_request(admin_client, client):
    branch = BranchFactory()
    photo = upload("door.jpg", uploads.photo(7360, 4912), "image/jpeg")
    data = change_form_data(branch, photo=photo, photo_alt_lv="Ieeja")
    started = time.perf_counter()
    response = admin_client.post(f"/lv/admin/branches/branch/{branch.pk}/change/", data)
    in_request = time.perf_counter() - started
    assert response.status_code == 302
    branch.refresh_from_db()
    assert (branch.photo_width, branch.photo_height) == (7360, 4912)
    assert branch.photo_renditions == []
    assert "srcset" not in client.get(branch.get_absolute_url()).content.decode()
    started = time.perf_counter()
    assert run_queue() == 1
    in_queue = time.perf_counter() - started
    branch.refresh_from_db()
    assert [r["width"] for r in branch.photo_renditions] == [320, 640, 960, 1280]
    with branch.photo.storage.open(branch.photo.name) as original:
        image = Image.open(original)
        assert image.size == (7360, 4912) and not image.getexif()
    assert " 1280w" in client.get(branch.get_absolute_url()).content.decode()
    print(f"\n36 MP photo: {in_request:.2f} s in the request, {in_queue:.2f} s in the queue")
