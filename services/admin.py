import reversion
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db.models import OuterRef, Subquery
from django.utils.translation import gettext_lazy as _

from branches.admin import BranchAdmin
from branches.models import Branch
from branches.scoping import BranchScopedMixin
from core.actions import review_stamp
from core.admin import ContentAdmin, ContentInline
from core.models import ReviewStamp
from services.models import BranchService, Category, Service


@admin.register(Category)
class CategoryAdmin(ContentAdmin):
    list_display = ["name", "slug", "position"]
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ["name"]


class OfferInline(BranchScopedMixin, ContentInline):
    """A branch's offer of a service: ways, languages, days and hours there, and a note.

    A consultant sees and changes only their branches' offers. No `fields` list: whatever
    an offer holds shows here.
    """

    model = BranchService
    autocomplete_fields = ["branch"]
    readonly_fields = ["reviewed_on"]

    def get_queryset(self, request):
        reviews = ReviewStamp.objects.filter(
            content_type=ContentType.objects.get_for_model(BranchService), object_id=OuterRef("pk")
        )
        return (
            super()
            .get_queryset(request)
            .select_related("branch", "service")
            .annotate(last_review=Subquery(reviews.values("reviewed_on")[:1]))
        )

    @admin.display(description=_("last reviewed"))
    def reviewed_on(self, offer):
        return getattr(offer, "last_review", None) or "–"


class BranchOfferInline(OfferInline):
    """The same offers seen from the branch: which services it gives."""

    autocomplete_fields = ["service"]


# Offers live in this app, so the branch form gets its offers inline from here:
# services depends on branches, never the other way round. Its history follows the offers too.
admin.site.unregister(Branch)
reversion.unregister(Branch)


@admin.register(Branch)
class BranchWithOffersAdmin(BranchAdmin):
    inlines = [*BranchAdmin.inlines, BranchOfferInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.cleaned_data.get("reviewed_today"):
            review_stamp(objects=list(form.instance.offers.all()), user=request.user)


@admin.register(Service)
class ServiceAdmin(ContentAdmin):
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
