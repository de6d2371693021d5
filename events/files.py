"""Meeting materials: agendas, minutes and presentations as PDF, DOCX, ODT or PPTX."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal import documents

MAX_FILE_SIZE = 20 * 1024 * 1024


class FileType(models.TextChoices):
    """The document types an attachment may be; format names need no translation."""

    PDF = "PDF", "PDF"
    DOCX = "DOCX", "DOCX"
    ODT = "ODT", "ODT"
    PPTX = "PPTX", "PPTX"


ALLOWED = frozenset(documents.FileType(kind.value) for kind in FileType)


def detect_file_type(file):
    """The attachment FileType of `file` judged by its bytes, or None."""
    kind = documents.detect_file_type(file, ALLOWED)
    return FileType(kind.value) if kind else None


def validate_attachment(file):
    """Refuse files over 20 MB and files whose content is not PDF, DOCX, ODT or PPTX."""
    documents.check_document(
        file,
        allowed=ALLOWED,
        max_size=MAX_FILE_SIZE,
        type_error=_(
            "This file is not a PDF, DOCX, ODT or PPTX document, whatever its name says. "
            "Upload one of these types."
        ),
    )
