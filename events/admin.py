from django.contrib import admin, messages
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from branches.scoping import BranchScopedMixin
from core.admin import ContentAdmin, ContentInline, PublishingMixin
from events.actions import registration_cancel
from events.choices import PlaceKind
from events.models import Attachment, Event, Organiser, Registration, Series
from events.views import EventDetailView

HTTPS_LINKS = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Organiser)
class OrganiserAdmin(ContentAdmin):
    list_display = ["name", "url"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ("name",)}
    formfield_overrides = HTTPS_LINKS


@admin.register(Series)
class SeriesAdmin(ContentAdmin):
    list_display = ["name", "interval_months"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ("name",)}


class AttachmentInline(ContentInline):
    model = Attachment
    fields = ["title", "kind", "file", "url", "file_type", "size"]
    readonly_fields = ["file_type", "size"]
    formfield_overrides = HTTPS_LINKS

    @admin.display(description=_("size"))
    def size(self, attachment):
        return filesizeformat(attachment.file_size) if attachment.file_size else None


class RegistrationInline(admin.TabularInline):
    """Who registered, in order; coordinators change a status in the registrations list."""

    model = Registration
    extra = 0
    can_delete = False
    show_change_link = True
    fields = ["name", "email", "organisation", "status", "created_at"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Event)
class EventAdmin(BranchScopedMixin, PublishingMixin, ContentAdmin):
    """Coordinators manage every event; a consultant sees those held at their branches."""

    preview_view_class = EventDetailView
    list_display = [
        "title",
        "start",
        "place",
        "registration_kind",
        "confirmed",
        "waitlisted",
        "publication",
    ]
    list_filter = [
        "publication",
        "status",
        "audience",
        "place_kind",
        "registration_kind",
        "series",
    ]
    list_select_related = ["branch"]
    search_fields = ["title", "topic"]
    prepopulated_fields = {"slug": ("title",)}
    filter_horizontal = ["topics"]
    date_hierarchy = "start"
    formfield_overrides = HTTPS_LINKS
    readonly_fields = ["registration_summary"]
    inlines = [AttachmentInline, RegistrationInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "series", "topic", "description", "topics"]}),
        (_("When"), {"fields": ["start", "end", "status"]}),
        (
            _("Where"),
            {
                "description": _("Fill in the field that matches the place."),
                "fields": ["place_kind", "branch", "address", "online_url"],
            },
        ),
        (_("Who"), {"fields": ["organiser", "audience"]}),
        (
            _("Registration"),
            {
                "fields": [
                    "registration_kind",
                    "registration_url",
                    "capacity",
                    "registration_summary",
                ]
            },
        ),
        (_("Publication"), {"fields": ["publication"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_registration_counts()

    @admin.display(description=_("place"))
    def place(self, event):
        if event.place_kind == PlaceKind.BRANCH:
            return event.branch.name
        if event.place_kind == PlaceKind.ADDRESS:
            return event.address
        return event.get_place_kind_display()

    @admin.display(description=_("confirmed"), ordering="confirmed_count")
    def confirmed(self, event):
        return event.confirmed_count

    @admin.display(description=_("waiting list"), ordering="waitlisted_count")
    def waitlisted(self, event):
        return event.waitlisted_count

    @admin.display(description=_("registrations"))
    def registration_summary(self, event):
        if event.pk is None:
            return None
        return _(
            "%(confirmed)s confirmed of %(capacity)s places, %(waiting)s on the waiting list"
        ) % {
            "confirmed": event.confirmed_count,
            "capacity": event.capacity or "–",
            "waiting": event.waitlisted_count,
        }


@admin.register(Registration)
class RegistrationAdmin(BranchScopedMixin, admin.ModelAdmin):
    """Registrations; a consultant sees those of events held at their branches."""

    branch_lookup = "event__branch"
    list_display = ["name", "email", "organisation", "event", "status", "created_at"]
    list_filter = ["status", "event"]
    list_select_related = ["event"]
    search_fields = ["name", "email", "organisation", "event__title"]
    autocomplete_fields = ["event"]
    # The status changes only through the action, which also promotes the waiting list.
    readonly_fields = ["status", "created_at", "cancelled_at", "language"]
    date_hierarchy = "created_at"
    actions = ["cancel"]

    @admin.action(
        description=_("Cancel, and give the places to the waiting list"), permissions=["change"]
    )
    def cancel(self, request, queryset):
        promoted = []
        for registration in queryset:
            promoted += registration_cancel(registration=registration)
        self.message_user(
            request,
            _("Cancelled. Moved up from the waiting list: %(count)s.") % {"count": len(promoted)},
            messages.SUCCESS,
        )
