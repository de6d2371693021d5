"""The admin coordinators use: tabs per language, file checks, facts computed, not typed."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from demo.materials import tiny_pdf
from materials.models import Material
from tests.factories import LanguageFactory, MaterialFactory, TopicFactory

pytestmark = pytest.mark.django_db
ADD_URL = "/lv/admin/materials/material/add/"


@pytest.fixture
def admin(admin_client):
    admin_client.defaults["HTTP_HOST"] = "127.0.0.1"
    return admin_client


def form_data(**overrides):
    data = {
        "title_lv": "Uzturēšanās atļaujas kontrolsaraksts",
        "title_en": "Residence permit checklist",
        "summary_lv": "Dokumenti, kas jāsagatavo.",
        "slug": "checklist",
        "published_on": "2026-10-01",
        "publication": "published",
        "languages": [LanguageFactory(code="uk").pk],
        "topics": [TopicFactory(slug="residence-permits").pk],
    }
    data.update(overrides)
    return data


def test_list_shows_type_size_and_languages(admin):
    MaterialFactory(pdf=True, title_lv="Buklets", languages=["lv", "uk"])
    html = admin.get("/lv/admin/materials/material/").content.decode()
    assert "Buklets" in html and "PDF" in html
    assert "ukraiņu" in html and "baits" in html


def test_change_form_has_a_tab_per_language_and_read_only_facts(admin):
    material = MaterialFactory(pdf=True)
    html = admin.get(f"/lv/admin/materials/material/{material.pk}/change/").content.decode()
    for code in ("lv", "ru", "en"):
        assert f'name="title_{code}"' in html
    assert 'name="file_type"' not in html and 'name="file_size"' not in html
    assert '<div class="readonly">PDF</div>' in html
    for field in ("languages", "topics"):
        assert f'name="{field}" data-context="available-source"' in html


def test_an_uploaded_pdf_gets_its_type_and_size(admin):
    pdf = SimpleUploadedFile("scan (2).PDF", tiny_pdf("Checklist"), content_type="application/pdf")
    response = admin.post(ADD_URL, form_data(file=pdf))
    assert response.status_code == 302, response.context["adminform"].form.errors
    material = Material.objects.get(slug="checklist")
    assert (material.file_type, material.file_size) == ("PDF", len(tiny_pdf("Checklist")))
    assert [language.code for language in material.languages.all()] == ["uk"]


def test_an_html_page_sent_as_a_pdf_is_refused(admin):
    fake = SimpleUploadedFile("leaflet.pdf", b"<html><body>Hi</body></html>", "application/pdf")
    response = admin.post(ADD_URL, form_data(file=fake))
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["file"]
    assert not Material.objects.exists()


@pytest.mark.parametrize("both", [True, False], ids=["both", "neither"])
def test_a_material_needs_a_file_or_a_link_but_not_both(admin, both):
    extra = {"url": "https://www.example.lv/guide"}
    if both:
        extra["file"] = SimpleUploadedFile("a.pdf", tiny_pdf("A"), content_type="application/pdf")
    response = admin.post(ADD_URL, form_data(**(extra if both else {})))
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors()
    assert not Material.objects.exists()
