"""Meeting materials: agendas, minutes and presentations as PDF, DOCX, ODT or PPTX."""

from django.utils.translation import gettext_lazy as _

from core.documents import FileType, check_document, detect_file_type

MAX_FILE_SIZE = 20 * 1024 * 1024
ALLOWED = frozenset({FileType.PDF, FileType.DOCX, FileType.ODT, FileType.PPTX})


def detect_attachment_type(file):
    """The FileType of `file` judged by its bytes, or None when an attachment cannot be one."""
    return detect_file_type(file, ALLOWED)


def validate_attachment(file):
    """Refuse files over 20 MB and files whose content is not PDF, DOCX, ODT or PPTX."""
    check_document(
        file,
        allowed=ALLOWED,
        max_size=MAX_FILE_SIZE,
        type_error=_(
            "This file is not a PDF, DOCX, ODT or PPTX document, whatever its name says. "
            "Upload one of these types."
        ),
    )
