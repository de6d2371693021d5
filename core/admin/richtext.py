"""The editor of rich-text fields: paragraphs, headings, lists, links; never raw HTML."""

from django_prose_editor.widgets import AdminProseEditorWidget

from core.richtext import RichTextField

# What the editor offers is what core.richtext keeps; there is no HTML source button.
EDITOR_CONFIG = {
    "extensions": {
        "Bold": True,
        "Italic": True,
        "Heading": {"levels": [2, 3, 4]},
        "BulletList": True,
        "OrderedList": True,
        "ListItem": True,
        "Blockquote": True,
        "HardBreak": True,
        "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
        "History": True,
    }
}


class RichTextEditorMixin:
    """Every RichTextField (and its translation columns) is edited with the prose editor."""

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if isinstance(db_field, RichTextField):
            kwargs["widget"] = AdminProseEditorWidget(preset="configurable", config=EDITOR_CONFIG)
        return super().formfield_for_dbfield(db_field, request, **kwargs)
