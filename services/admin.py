from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationTabularInline

from branches.admin import BranchAdmin
from branches.models import Branch
from services.models import BranchService, Category, Service


@admin.register(Category)
class CategoryAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "position"]
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ["name"]


class OfferInline(TranslationTabularInline):
    """A branch's offer of a service: ways, languages, days and hours there, and a note."""

    model = BranchService
    extra = 0
    autocomplete_fields = ["branch"]


class BranchOfferInline(OfferInline):
    """The same offers seen from the branch: which services it gives."""

    autocomplete_fields = ["service"]


# Offers live in this app, so the branch form gets its offers inline from here:
# services depends on branches, never the other way round.
admin.site.unregister(Branch)


@admin.register(Branch)
class BranchWithOffersAdmin(BranchAdmin):
    inlines = [*BranchAdmin.inlines, BranchOfferInline]


@admin.register(Service)
class ServiceAdmin(TabbedTranslationAdmin):
    list_display = ["name", "category", "availability", "is_published", "last_reviewed"]
    list_filter = ["category", "availability", "is_published", "offers__branch"]
    search_fields = ["name", "summary"]
    prepopulated_fields = {"slug": ("name",)}
    date_hierarchy = "last_reviewed"
    inlines = [OfferInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "category", "summary", "body", "is_published"]}),
        (
            _("Who can use it"),
            {
                "fields": [
                    "for_third_country_nationals",
                    "for_international_protection",
                    "eligibility_notes",
                ]
            },
        ),
        (_("Availability"), {"fields": ["availability", "expected_from"]}),
        (
            _("How and in which languages"),
            {
                "description": _(
                    "Ways, languages, days and hours are given per branch, in the offers below."
                ),
                "fields": ["interpreter_available"],
            },
        ),
        (_("Cost and funding"), {"fields": ["is_free", "cost", "funding"]}),
        (_("Review"), {"fields": ["last_reviewed", "position"]}),
    ]
