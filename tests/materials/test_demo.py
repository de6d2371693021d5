"""The demo materials: three languages, real small PDFs, loaded twice without duplicates."""

import posixpath
import re

import pytest
from django.core.files.storage import default_storage

from demo import languages as languages_demo
from demo import materials as demo
from demo import topics as topics_demo
from materials.models import Material

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    languages_demo.load()
    topics_demo.load()
    demo.load()


def test_loading_twice_keeps_one_row_and_one_file_per_material(loaded):
    files = {m.slug: m.file.name for m in Material.objects.exclude(file="")}
    folder = posixpath.dirname(files["agency-services-leaflet"])
    stored = default_storage.listdir(folder)[1]
    demo.load()
    assert Material.objects.count() == len(demo.MATERIALS)
    assert {m.slug: m.file.name for m in Material.objects.exclude(file="")} == files
    assert default_storage.listdir(folder)[1] == stored
    assert sorted(files) == [
        "agency-services-leaflet",
        "dialogue-platform-leaflet",
        "residence-permit-checklist",
    ]


def test_demo_texts_exist_in_all_three_languages(loaded):
    for material in Material.objects.all():
        for field in ("title", "summary"):
            for code in ("lv", "ru", "en"):
                assert getattr(material, f"{field}_{code}"), f"{material.slug} lacks {field}_{code}"


def test_the_agency_leaflet_is_a_pdf_in_five_languages_on_existing_topics(loaded):
    leaflet = Material.objects.get(slug="agency-services-leaflet")
    assert leaflet.file_type == "PDF" and 0 < leaflet.file_size < 1024
    assert {language.code for language in leaflet.languages.all()} == {"lv", "ru", "en", "uk", "ar"}
    assert leaflet.topics.filter(slug="translation-legal").exists()
    guide = Material.objects.get(slug="first-steps-in-latvia")
    assert guide.host.endswith("example.lv") and not guide.file


def test_the_demo_pdf_has_a_correct_cross_reference_table():
    pdf = demo.tiny_pdf("Residence permit (checklist)")
    assert pdf.startswith(b"%PDF-1.4\n") and pdf.endswith(b"%%EOF\n")
    start = int(re.search(rb"startxref\n(\d+)\n", pdf).group(1))
    assert pdf[start:].startswith(b"xref\n0 6\n")
    offsets = re.findall(rb"^(\d{10}) 00000 n $", pdf, re.MULTILINE)
    for number, offset in enumerate(offsets, start=1):
        assert pdf[int(offset) :].startswith(b"%d 0 obj\n" % number)
