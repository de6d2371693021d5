"""The outbox in the admin: what was sent, what waits for the next attempt, what gave up."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.mail import mail_retry
from core.models import MailStatus


class OutgoingMailAdmin(admin.ModelAdmin):
    """Read-only: messages are written by the code, never by hand; failed ones can be re-queued."""

    list_display = ["created_at", "template", "language", "status", "attempts", "next_attempt_at"]
    list_filter = ["status", "template", "language"]
    search_fields = ["to", "subject"]
    date_hierarchy = "created_at"
    actions = ["retry"]
    fields = [
        "to",
        "reply_to",
        "subject",
        "template",
        "language",
        "status",
        "attempts",
        "next_attempt_at",
        "last_error",
        "created_at",
        "sent_at",
        "body_text",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_retry_permission(self, request):
        # Changing a message is never allowed; queuing it again is, with the change permission.
        return request.user.has_perm("core.change_outgoingmail")

    @admin.action(description=_("Try to send the selected messages again"), permissions=["retry"])
    def retry(self, request, queryset):
        count = mail_retry(mails=queryset.exclude(status=MailStatus.SENT))
        self.message_user(
            request,
            ngettext(
                "%(count)d message is queued again.", "%(count)d messages are queued again.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )
