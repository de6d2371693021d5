"""Meeting materials: the type is read from the file's bytes, never from its name."""

import zipfile

from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _


class FileType(models.TextChoices):
    """The document types an attachment may be; format names need no translation."""

    PDF = "PDF", "PDF"
    DOCX = "DOCX", "DOCX"
    ODT = "ODT", "ODT"
    PPTX = "PPTX", "PPTX"


MAX_FILE_SIZE = 20 * 1024 * 1024
PDF_SIGNATURE = b"%PDF-"
ZIP_SIGNATURE = b"PK\x03\x04"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# The main part's content type in [Content_Types].xml names the Office Open XML kind.
OOXML_TYPES = {
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": (
        FileType.DOCX
    ),
    b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": (
        FileType.PPTX
    ),
}
# Enough for any real manifest; a bigger one is not read whole (zip bombs).
MAX_MANIFEST_SIZE = 256 * 1024


def _zipped_type(file):
    """ODT, DOCX or PPTX from the inside of a zip container, or None."""
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


def detect_file_type(file):
    """The FileType of `file` judged by its bytes, or None when it is not an allowed type."""
    file.seek(0)
    try:
        head = file.read(8)
        if head.startswith(PDF_SIGNATURE):
            return FileType.PDF
        if head.startswith(ZIP_SIGNATURE):
            file.seek(0)
            return _zipped_type(file)
        return None
    finally:
        file.seek(0)


def validate_attachment(file):
    """Refuse files over 20 MB and files whose content is not PDF, DOCX, ODT or PPTX."""
    if getattr(file, "_committed", False):
        return  # Already stored, so checked when it was uploaded; don't fetch it again.
    if file.size > MAX_FILE_SIZE:
        raise ValidationError(
            _("The file is %(size)s; files of up to %(limit)s can be uploaded."),
            code="file_too_large",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(MAX_FILE_SIZE)},
        )
    if detect_file_type(file) is None:
        raise ValidationError(
            _(
                "This file is not a PDF, DOCX, ODT or PPTX document, whatever its name says. "
                "Upload one of these types."
            ),
            code="file_type",
        )
