"""What may be uploaded as a material, judged by the bytes, and the file-or-link rule."""

import zipfile
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.utils import translation
from PIL import Image

from demo.materials import tiny_pdf
from materials.files import detect_file_type, validate_document
from materials.models import Material
from tests.factories import MaterialFactory

pytestmark = pytest.mark.django_db

OOXML = "application/vnd.openxmlformats-officedocument.{}.main+xml"


def zipped(entries):
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def office(part, kind):
    types = f'<Types><Override PartName="/{part}" ContentType="{OOXML.format(kind)}"/></Types>'
    return zipped({"[Content_Types].xml": types, part: "<xml/>"})


def image(kind):
    buffer = BytesIO()
    Image.new("RGB", (4, 4), (0, 90, 60)).save(buffer, kind)
    return buffer.getvalue()


GOOD = {
    "PDF": tiny_pdf("Residence permit checklist"),
    "PNG": image("PNG"),
    "JPEG": image("JPEG"),
    "DOCX": office("word/document.xml", "wordprocessingml.document"),
    "XLSX": office("xl/workbook.xml", "spreadsheetml.sheet"),
    "PPTX": office("ppt/presentation.xml", "presentationml.presentation"),
    "ODT": zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
}


def upload(content, name="leaflet.pdf", content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.mark.parametrize("kind", GOOD)
def test_allowed_documents_are_recognised_by_their_content(kind):
    file = upload(GOOD[kind], name="whatever.bin", content_type="application/octet-stream")
    validate_document(file)
    assert detect_file_type(file) == kind
    assert file.tell() == 0


@pytest.mark.parametrize(
    ("content", "name", "content_type"),
    [
        pytest.param(b"MZ\x90\x00\x03" + bytes(200), "leaflet.pdf", "application/pdf", id="exe"),
        pytest.param(b"<!DOCTYPE html><p>Hi</p>", "leaflet.pdf", "application/pdf", id="html"),
        pytest.param(zipped({"readme.txt": "hi"}), "report.docx", "application/zip", id="zip"),
        pytest.param(
            zipped({"[Content_Types].xml": "<Types/>", "word/document.xml": "<x/>"}),
            "guide.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            id="docx-without-a-main-part",
        ),
        pytest.param(
            zipped({"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}),
            "table.odt",
            "application/vnd.oasis.opendocument.text",
            id="ods-as-odt",
        ),
        pytest.param(b"PK\x03\x04broken", "broken.docx", "application/zip", id="broken-zip"),
        pytest.param(b"", "empty.pdf", "application/pdf", id="empty"),
    ],
)
def test_other_content_is_refused_whatever_its_name_and_content_type(content, name, content_type):
    with pytest.raises(ValidationError) as error:
        validate_document(upload(content, name, content_type))
    assert error.value.code == "file_type"
    assert "PDF" in error.value.messages[0]


def test_a_file_over_the_limit_is_refused_with_both_sizes(monkeypatch):
    monkeypatch.setattr("materials.files.MAX_FILE_SIZE", 100)
    with pytest.raises(ValidationError) as error:
        validate_document(upload(GOOD["PDF"]))
    assert error.value.code == "file_too_large"
    assert "100" in error.value.messages[0]


def test_the_model_refuses_a_disguised_file_before_saving():
    material = MaterialFactory.build(url="", file=ContentFile(b"<html>", name="leaflet.pdf"))
    with pytest.raises(ValidationError) as error:
        material.full_clean()
    assert "file" in error.value.message_dict


def test_type_and_size_are_stored_on_save():
    material = MaterialFactory(pdf=True)
    material.refresh_from_db()
    assert material.file_type == "PDF"
    assert material.file_size == material.file.size > 0
    assert material.download_name == f"{material.slug}.pdf"


def test_a_link_has_no_type_nor_size():
    material = MaterialFactory(url="https://www.example.lv/guide")
    assert (material.file_type, material.file_size, material.host) == ("", None, "www.example.lv")


def test_replacing_the_file_with_a_link_forgets_the_file_facts():
    material = MaterialFactory(pdf=True)
    material.file, material.url = "", "https://www.example.lv/guide"
    material.save()
    material.refresh_from_db()
    assert (material.file_type, material.file_size) == ("", None)


@pytest.mark.parametrize("both", [True, False], ids=["both", "neither"])
def test_the_database_wants_exactly_one_of_file_or_link(both):
    material = MaterialFactory.build(pdf=True) if both else MaterialFactory.build(url="")
    if both:
        material.url = "https://www.example.lv/guide"
    with translation.override("en"), pytest.raises(ValidationError) as error:
        material.validate_constraints()
    assert "either a file or an outside link" in str(error.value)
    with pytest.raises(IntegrityError):
        material.save()


def test_an_unchanged_stored_file_is_not_fetched_again(monkeypatch):
    material = Material.objects.get(pk=MaterialFactory(pdf=True).pk)
    for where in ("materials.files", "core.models"):
        monkeypatch.setattr(f"{where}.detect_file_type", pytest.fail)
    material.full_clean()
    material.save()
