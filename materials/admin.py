from django.contrib import admin
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from core.admin import ContentAdmin, PublishingMixin
from materials.models import Material
from materials.views import MaterialDetailView


@admin.register(Material)
class MaterialAdmin(PublishingMixin, ContentAdmin):
    preview_view_class = MaterialDetailView

    list_display = [
        "title",
        "file_type",
        "human_size",
        "language_names",
        "published_on",
        "publication",
    ]
    list_filter = ["publication", "file_type", "topics"]
    search_fields = ["title", "summary", "publisher"]
    prepopulated_fields = {"slug": ("title",)}
    filter_horizontal = ["languages", "topics"]
    readonly_fields = ["file_type", "human_size"]
    date_hierarchy = "published_on"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "publisher", "published_on"]}),
        (
            _("File or outside link"),
            {
                "description": _("Give either a file or an outside link."),
                "fields": ["file", "url", "file_type", "human_size"],
            },
        ),
        (_("Languages and topics"), {"fields": ["languages", "topics"]}),
        (_("Publication"), {"fields": ["publication"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("languages")

    @admin.display(description=_("size"), ordering="file_size")
    def human_size(self, material):
        if material.file_size is None:
            return None  # Shown as the admin's empty value: an outside link has no size.
        return filesizeformat(material.file_size)

    @admin.display(description=_("languages of the document"))
    def language_names(self, material):
        return ", ".join(language.name for language in material.languages_by_name)
