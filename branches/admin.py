from django import forms
from django.contrib import admin
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from branches.actions import branch_photo_refresh
from branches.models import Branch, Closure, OpeningInterval
from branches.scoping import BranchScopedMixin, keeps_every_branch
from core.admin import ContentAdmin, ContentInline


class OpeningIntervalInline(admin.TabularInline):
    model = OpeningInterval
    extra = 0


class ClosureInline(ContentInline):
    model = Closure


class ReviewedTodayForm(forms.ModelForm):
    reviewed_today = forms.BooleanField(
        label=_("I checked this branch and its offers today"),
        required=False,
        help_text=_("Sets “last reviewed” to today for the branch and every offer on this page."),
    )


@admin.register(Branch)
class BranchAdmin(BranchScopedMixin, ContentAdmin):
    branch_lookup = ""
    form = ReviewedTodayForm
    list_display = ["name", "city", "phone", "email", "is_active", "last_reviewed", "updated_at"]
    list_filter = ["is_active", "step_free_access"]
    search_fields = ["name", "city", "street_address"]
    prepopulated_fields = {"slug": ("name",)}
    filter_horizontal = ["languages", "editors"]
    readonly_fields = ["photo_preview", "last_reviewed", "updated_at"]
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
        (_("Review"), {"fields": ["last_reviewed", "reviewed_today"]}),
        (_("Management"), {"fields": ["opened_on", "editors", "updated_at"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not keeps_every_branch(request.user):
            fields += ["editors", "slug", "is_active", "position"]
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if keeps_every_branch(request.user) else {}

    @admin.display(description=_("preview"))
    def photo_preview(self, obj):
        image = obj.photo_image if obj and obj.pk else None
        if not image:
            return "–"
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="{}" class="photo-preview">',
            image["src"],
            image["width"],
            image["height"],
            obj.photo_alt,
        )

    def save_model(self, request, obj, form, change):
        if form.cleaned_data.get("reviewed_today"):
            obj.last_reviewed = timezone.localdate()
        super().save_model(request, obj, form, change)
        if "photo" in form.changed_data:
            branch_photo_refresh(branch=obj)
