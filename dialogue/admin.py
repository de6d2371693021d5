"""Coordinators keep the member list and see the requests to join and the proposed topics."""

from django.contrib import admin
from django.db import models

from core.admin import ContentAdmin
from dialogue.models import JoinRequest, Member, TopicProposal

HTTPS_LINKS = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Member)
class MemberAdmin(ContentAdmin):
    list_display = ["name", "kind", "since", "is_active", "position"]
    list_filter = ["kind", "is_active"]
    list_editable = ["position"]
    search_fields = ["name"]
    formfield_overrides = HTTPS_LINKS


class SubmissionAdmin(admin.ModelAdmin):
    """What the public sent is read and given a status; its content is never rewritten."""

    list_filter = ["status"]
    date_hierarchy = "created_at"
    formfield_overrides = HTTPS_LINKS
    readonly_fields = ["created_at", "page_language"]

    def has_add_permission(self, request):
        return False

    def get_readonly_fields(self, request, obj=None):
        own = [field.name for field in self.model._meta.fields if field.name != "status"]
        return [name for name in own if name not in ("id", "token")]


@admin.register(JoinRequest)
class JoinRequestAdmin(SubmissionAdmin):
    list_display = ["organisation", "kind", "contact_name", "email", "status", "created_at"]
    list_filter = ["status", "kind"]
    search_fields = ["organisation", "contact_name", "email"]


@admin.register(TopicProposal)
class TopicProposalAdmin(SubmissionAdmin):
    list_display = ["topic", "organisation", "contact_name", "status", "created_at"]
    search_fields = ["topic", "organisation", "contact_name", "email"]
