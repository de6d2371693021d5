"""The admin every content app builds on: tabs, status, history, preview, the text editor."""

from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from core.admin.history import HistoryAdminMixin
from core.admin.languages import EnabledLanguagesMixin
from core.admin.preview import PreviewAdminMixin
from core.admin.publishing import PublishingMixin
from core.admin.richtext import RichTextEditorMixin
from core.admin.status import TranslationStatusMixin
from core.permissions import ScopedObjectMixin

__all__ = ["ContentAdmin", "ContentInline", "PublishingMixin", "ScopedObjectMixin"]


class ContentAdmin(
    ScopedObjectMixin,
    EnabledLanguagesMixin,
    RichTextEditorMixin,
    TranslationStatusMixin,
    PreviewAdminMixin,
    HistoryAdminMixin,
    TabbedTranslationAdmin,
):
    """A translated content type: language tabs, status, history and restore, preview."""

    change_form_template = "admin/core/change_form.html"


class ContentInline(EnabledLanguagesMixin, TranslationTabularInline):
    """Translated rows edited inside their parent's form, with tabs for enabled languages."""

    extra = 0
