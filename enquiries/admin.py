"""The branches' queue: each consultant sees their branches' requests, and answers from here."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from enquiries.actions import (
    enquiries_assign,
    enquiry_note_add,
    enquiry_reply,
    enquiry_status_set,
)
from enquiries.choices import EnquiryStatus
from enquiries.models import Enquiry, Note, Reply

PERSON_FIELDS = ["name", "email", "phone", "question"]


class AddOnlyInline(admin.StackedInline):
    """Written once and kept as written: earlier entries are shown, never edited or deleted."""

    extra = 0
    can_delete = False

    def has_change_permission(self, request, obj=None):
        return False


class NoteInline(AddOnlyInline):
    model = Note
    fields = ["text", "author", "created_at"]
    readonly_fields = ["author", "created_at"]


class ReplyInline(AddOnlyInline):
    model = Reply
    fields = ["body", "author", "created_at", "delivery"]
    readonly_fields = ["author", "created_at", "delivery"]
    verbose_name = _("reply by e-mail")
    verbose_name_plural = _("replies by e-mail")

    @admin.display(description=_("delivery"))
    def delivery(self, reply):
        if reply.mail is None:
            return "–"
        return reply.mail.get_status_display()

    def has_add_permission(self, request, obj=None):
        # A reply goes by e-mail: requests without an address are answered by phone.
        return bool(obj and obj.email) and super().has_add_permission(request, obj)


@admin.register(Enquiry)
class EnquiryAdmin(admin.ModelAdmin):
    list_display = [
        "reference",
        "created_at",
        "status",
        "place",
        "topic",
        "answer_by",
        "answer_language",
        "assigned_to",
    ]
    list_filter = ["status", "where", "branch", "answer_by", "topic"]
    list_select_related = ["branch", "topic", "answer_language", "assigned_to"]
    search_fields = ["reference", "name", "email", "phone"]
    date_hierarchy = "created_at"
    inlines = [NoteInline, ReplyInline]
    actions = ["take_over", "mark_closed"]
    readonly_fields = [
        "reference",
        "created_at",
        "question",
        "topic",
        "service",
        "where",
        "branch",
        "answer_by",
        "answer_language",
        "interpreter",
        "name",
        "email",
        "phone",
        "page_language",
        "consent_at",
        "closed_at",
        "anonymised_at",
    ]
    fieldsets = [
        (None, {"fields": ["reference", "created_at", "status", "assigned_to"]}),
        (_("Question"), {"fields": ["question", "topic", "service", "where", "branch"]}),
        (
            _("Answer"),
            {"fields": ["answer_by", "answer_language", "interpreter", "page_language"]},
        ),
        (_("Person"), {"fields": ["name", "email", "phone", "consent_at"]}),
        (_("Privacy"), {"fields": ["closed_at", "anonymised_at"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).visible_to(request.user)

    def has_add_permission(self, request):
        return False  # requests come from the public form only

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser  # privacy erasure anonymises instead

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "assigned_to":
            kwargs["queryset"] = (
                get_user_model()
                .objects.filter(is_active=True, is_staff=True)
                .filter(
                    Q(is_superuser=True)
                    | Q(edited_branches__isnull=False)
                    | Q(groups__permissions__codename="handle_remote_enquiries")
                    | Q(user_permissions__codename="handle_remote_enquiries")
                )
                .distinct()
                .order_by("username")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("branch"), ordering="branch")
    def place(self, enquiry):
        return enquiry.branch.name if enquiry.branch_id else enquiry.get_where_display()

    @admin.display(description=_("interpreter"), boolean=True)
    def interpreter(self, enquiry):
        return enquiry.needs_interpreter

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            enquiry_status_set(enquiry=obj, status=obj.status)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        for instance in formset.save(commit=False):
            if instance.pk:
                continue
            if isinstance(instance, Note):
                enquiry_note_add(enquiry=form.instance, author=request.user, text=instance.text)
            elif isinstance(instance, Reply):
                enquiry_reply(enquiry=form.instance, author=request.user, body=instance.body)
                self.message_user(request, _("The reply is on its way by e-mail."))
        formset.save_m2m()

    @admin.action(description=_("Take over the selected requests"), permissions=["change"])
    def take_over(self, request, queryset):
        count = enquiries_assign(enquiries=queryset, user=request.user)
        self.message_user(
            request,
            ngettext("%(count)d request is now yours.", "%(count)d requests are now yours.", count)
            % {"count": count},
        )

    @admin.action(description=_("Close the selected requests"), permissions=["change"])
    def mark_closed(self, request, queryset):
        for enquiry in queryset.exclude(status=EnquiryStatus.CLOSED):
            enquiry_status_set(enquiry=enquiry, status=EnquiryStatus.CLOSED)
        self.message_user(request, _("The selected requests are closed."), messages.SUCCESS)
