"""What the database and the validators refuse: impossible times, places and files."""

import datetime as dt
import zipfile
from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError

from demo.materials import tiny_pdf
from events.files import detect_attachment_type as detect_file_type
from events.files import validate_attachment
from tests.factories import AttachmentFactory, EventFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

# A real one-page PDF: one without a page tree is refused as unreadable (core.pdfs).
TINY_PDF = tiny_pdf("Minutes")
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


GOOD = {
    "PDF": TINY_PDF,
    "DOCX": office("word/document.xml", "wordprocessingml.document"),
    "PPTX": office("ppt/presentation.xml", "presentationml.presentation"),
    "ODT": zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}),
}


def upload(content, name="minutes.pdf"):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.mark.parametrize("kind", GOOD)
def test_allowed_documents_are_recognised_by_their_content(kind):
    file = upload(GOOD[kind], name="whatever.bin")
    validate_attachment(file)
    assert detect_file_type(file) == kind


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"MZ\x90\x00\x03" + bytes(200), id="exe-renamed-pdf"),
        pytest.param(b"<!DOCTYPE html><p>Hi</p>", id="html"),
        pytest.param(office("xl/workbook.xml", "spreadsheetml.sheet"), id="xlsx"),
        pytest.param(zipped({"readme.txt": "hi"}), id="zip"),
        pytest.param(b"PK\x03\x04broken", id="broken-zip"),
        pytest.param(b"", id="empty"),
    ],
)
def test_other_content_is_refused_whatever_its_name(content):
    with pytest.raises(ValidationError) as error:
        validate_attachment(upload(content))
    assert error.value.code == "file_type"


def test_a_file_over_20_mb_is_refused(monkeypatch):
    monkeypatch.setattr("events.files.MAX_FILE_SIZE", 10)
    with pytest.raises(ValidationError) as error:
        validate_attachment(upload(TINY_PDF))
    assert error.value.code == "file_too_large"


def test_the_model_refuses_an_exe_renamed_pdf():
    attachment = AttachmentFactory.build(
        event=EventFactory(), url="", file=upload(b"MZ\x90\x00" + bytes(64), "minutes.pdf")
    )
    with pytest.raises(ValidationError) as error:
        attachment.full_clean()
    assert "file" in error.value.message_dict


def test_type_and_size_are_stored_and_shown(client):
    attachment = AttachmentFactory(url="", file=upload(TINY_PDF, "slides.pdf"))
    attachment.refresh_from_db()
    assert (attachment.file_type, attachment.file_size) == ("PDF", len(TINY_PDF))
    html = client.get(f"/en/events/{attachment.event.slug}/").content.decode()
    assert f"PDF file, {len(TINY_PDF)}" in html


@pytest.mark.parametrize("both", [True, False], ids=["both", "neither"])
def test_an_attachment_is_a_file_or_a_link(both):
    attachment = AttachmentFactory.build(
        event=EventFactory(), url="https://www.example.lv/x" if both else ""
    )
    if both:
        attachment.file = upload(TINY_PDF)
    with pytest.raises(IntegrityError):
        attachment.save()


def test_an_event_must_end_after_it_starts():
    event = EventFactory.build(branch=EventFactory().branch, organiser=None)
    event.end = event.start
    with pytest.raises(ValidationError) as error:
        event.validate_constraints()
    assert "end after it starts" in str(error.value)
    with pytest.raises(IntegrityError):
        event.save()


@pytest.mark.parametrize(
    ("kind", "fields"),
    [
        ("branch", {"branch": None}),
        ("address", {"branch": None, "address_lv": ""}),
        ("address", {"branch": None, "address_lv": None, "address_en": "Somewhere"}),
        ("online", {"branch": None, "online_url": ""}),
    ],
    ids=["branch", "address", "address-only-in-english", "online"],
)
def test_the_place_must_match_its_kind(kind, fields):
    event = EventFactory.build(place_kind=kind, organiser=None, **fields)
    with pytest.raises(IntegrityError):
        event.save()


@pytest.mark.parametrize(
    "fields",
    [{"registration_kind": "link"}, {"registration_kind": "form", "capacity": None}],
    ids=["link-without-url", "form-without-places"],
)
def test_registration_needs_its_link_or_places(fields):
    event = EventFactory.build(organiser=None, branch=EventFactory().branch, **fields)
    with pytest.raises(IntegrityError):
        event.save()


def test_one_registration_per_email_even_in_other_case():
    registration = RegistrationFactory(email="anna@example.lv")
    with pytest.raises(IntegrityError):
        RegistrationFactory(event=registration.event, email="Anna@Example.lv")


def test_the_past_list_address_cannot_be_an_event_slug():
    event = EventFactory.build(slug="past", branch=EventFactory().branch, organiser=None)
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "slug" in error.value.message_dict


def test_times_are_kept_as_instants():
    event = EventFactory(start=dt.datetime(2027, 3, 29, 7, tzinfo=dt.UTC))
    assert event.local_start.hour == 10
    assert event.local_start.utcoffset() == dt.timedelta(hours=3)
