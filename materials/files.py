"""Which documents a material may be: every type the portal reads, up to 20 MB."""

from django.utils.translation import gettext_lazy as _

from core.documents import FileType, check_document, detect_file_type

__all__ = ["FileType", "MAX_FILE_SIZE", "detect_file_type", "validate_document"]

MAX_FILE_SIZE = 20 * 1024 * 1024


def validate_document(file):
    """Refuse files over the size limit and files whose content is not an allowed type."""
    check_document(
        file,
        allowed=frozenset(FileType),
        max_size=MAX_FILE_SIZE,
        type_error=_(
            "This file is not a PDF, DOCX, ODT, XLSX, PPTX, JPEG or PNG document, "
            "whatever its name says. Upload one of these types."
        ),
    )
