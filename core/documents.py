"""Uploaded documents: the type is read from the bytes, never from the name or the browser."""

import zipfile

from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from core.archives import zip_bomb_reason
from core.images import validate_image
from core.pdfs import pdf_danger


class FileType(models.TextChoices):
    """Every document type the portal accepts; format names need no translation."""

    PDF = "PDF", "PDF"
    DOCX = "DOCX", "DOCX"
    ODT = "ODT", "ODT"
    XLSX = "XLSX", "XLSX"
    PPTX = "PPTX", "PPTX"
    JPEG = "JPEG", "JPEG"
    PNG = "PNG", "PNG"

    @property
    def extension(self):
        return "jpg" if self is FileType.JPEG else self.value.lower()


SIGNATURES = [
    (b"%PDF-", FileType.PDF),
    (b"\x89PNG\r\n\x1a\n", FileType.PNG),
    (b"\xff\xd8\xff", FileType.JPEG),
]
ZIP_SIGNATURE = b"PK\x03\x04"
# The main part's content type in [Content_Types].xml names the Office Open XML document kind.
OOXML_TYPES = {
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": (
        FileType.DOCX
    ),
    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": FileType.XLSX,
    b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": (
        FileType.PPTX
    ),
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# Enough for any real [Content_Types].xml; a bigger one is not read whole (zip bombs).
MAX_MANIFEST_SIZE = 256 * 1024


ZIPPED = {FileType.DOCX, FileType.ODT, FileType.XLSX, FileType.PPTX}
PDF_REFUSALS = {
    "javascript": _(
        "This PDF contains scripts, attached files or actions that start programs. Export or "
        "print it again as a plain PDF and upload that copy."
    ),
    "protected": _("This PDF is protected by a password. Upload a copy without a password."),
    "broken": _("This PDF cannot be read. Export it again and upload that copy."),
}


def _office_type(file):
    """DOCX, XLSX, PPTX or ODT from the inside of a zip container, or None."""
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as entry:
                    if entry.read(len(ODT_MIMETYPE) + 1).strip() == ODT_MIMETYPE:
                        return FileType.ODT
            if "[Content_Types].xml" in names:
                with archive.open("[Content_Types].xml") as entry:
                    manifest = entry.read(MAX_MANIFEST_SIZE)
                found = {kind for marker, kind in OOXML_TYPES.items() if marker in manifest}
                if len(found) == 1:
                    return found.pop()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        return None
    return None


def detect_file_type(file, allowed=frozenset(FileType)):
    """The FileType of `file` judged by its bytes, or None when it is not in `allowed`."""
    file.seek(0)
    try:
        head = file.read(8)
        kind = next((kind for signature, kind in SIGNATURES if head.startswith(signature)), None)
        if kind is None and head.startswith(ZIP_SIGNATURE):
            file.seek(0)
            kind = _office_type(file)
        return kind if kind in allowed else None
    finally:
        file.seek(0)


def check_document(file, *, allowed, max_size, type_error):
    """Refuse a new upload over `max_size` bytes or whose content is not in `allowed`."""
    if getattr(file, "_committed", False):
        return  # Already stored, so checked when it was uploaded; don't fetch it again.
    if file.size > max_size:
        raise ValidationError(
            _("The file is %(size)s; files of up to %(limit)s can be uploaded."),
            code="file_too_large",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(max_size)},
        )
    kind = detect_file_type(file, allowed)
    if kind is None:
        raise ValidationError(type_error, code="file_type")
    check_content(file, kind)


def check_content(file, kind):
    """Refuse a document of a known type whose inside is unsafe to offer to visitors."""
    if kind in ZIPPED and zip_bomb_reason(file):
        raise ValidationError(
            _(
                "This document would unpack to far more than its size, as a zip bomb does, so "
                "it is refused. Save it again from your office program and upload that copy."
            ),
            code="zip_bomb",
        )
    if kind is FileType.PDF and (danger := pdf_danger(file)):
        raise ValidationError(PDF_REFUSALS[danger], code=f"pdf_{danger}")
    if kind in (FileType.JPEG, FileType.PNG):
        validate_image(file)
