from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from branches.actions import branch_photo_refresh
from branches.models import Branch, Closure, OpeningInterval


class OpeningIntervalInline(admin.TabularInline):
    model = OpeningInterval
    extra = 0


class ClosureInline(TranslationTabularInline):
    model = Closure
    extra = 0


@admin.register(Branch)
class BranchAdmin(TabbedTranslationAdmin):
    list_display = ["name", "city", "phone", "email", "is_active", "updated_at"]
    list_filter = ["is_active", "step_free_access"]
    search_fields = ["name", "city", "street_address"]
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ["languages", "editors"]
    readonly_fields = ["photo_preview", "updated_at"]
    inlines = [OpeningIntervalInline, ClosureInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "city", "description", "is_active", "position"]}),
        (
            _("Address and contacts"),
            {"fields": ["street_address", "postcode", "latitude", "longitude", "phone", "email"]},
        ),
        (
            _("Languages and access"),
            {
                "fields": [
                    "languages",
                    "interpreter_available",
                    "step_free_access",
                    "accessibility_notes",
                ]
            },
        ),
        (_("Photo"), {"fields": ["photo", "photo_preview", "photo_alt"]}),
        (_("Management"), {"fields": ["opened_on", "editors", "updated_at"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            fields += ["editors", "slug", "is_active"]
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if request.user.is_superuser else {}

    def has_add_permission(self, request):
        return request.user.is_superuser and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_delete_permission(request, obj)

    @admin.display(description=_("preview"))
    def photo_preview(self, obj):
        image = obj.photo_image if obj and obj.pk else None
        if not image:
            return "–"
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="{}" style="max-width:320px;height:auto">',
            image["src"],
            image["width"],
            image["height"],
            obj.photo_alt,
        )

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "photo" in form.changed_data:
            branch_photo_refresh(branch=obj)
