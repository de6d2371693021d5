"""History of every content change: who, when, what per field and language; restore in one step."""

import reversion
from django.contrib import messages
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.formats import localize
from django.utils.timezone import template_localtime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from reversion.admin import VersionAdmin
from reversion.models import Version

from core.history import version_rows


def snapshot(objects, user, comment):
    """Save the current state of `objects` as one revision (before a delete or a first change)."""
    with reversion.create_revision(atomic=True):
        reversion.set_user(user)
        reversion.set_comment(comment)
        for obj in objects:
            reversion.add_to_revision(obj)


class HistoryAdminMixin(VersionAdmin):
    """django-reversion's admin with a field-by-field history page and a one-step restore."""

    object_history_template = "admin/core/object_history.html"

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/history/<int:version_id>/restore/",
                self.admin_site.admin_view(require_POST(self.restore_view)),
                name="{}_{}_restore".format(*info),
            ),
            *super().get_urls(),
        ]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        if request.method == "POST":
            obj = self.get_object(request, unquote(object_id))
            if obj is not None and not Version.objects.get_for_object(obj).exists():
                # Content made before history was kept: keep its state before the first change.
                snapshot([obj], None, _("The state before the first change in the back office."))
        return super().change_view(request, object_id, form_url, extra_context)

    def changelist_view(self, request, extra_context=None):
        if request.method == "POST" and request.POST.get("action") == "delete_selected":
            # Outside reversion's changelist revision, whose save skips objects gone by then,
            # so that delete_queryset's snapshot of what is deleted is kept.
            return super(VersionAdmin, self).changelist_view(request, extra_context)
        return super().changelist_view(request, extra_context)

    def delete_model(self, request, obj):
        snapshot([obj], request.user, _("Deleted."))
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        snapshot(list(queryset), request.user, _("Deleted."))
        super().delete_queryset(request, queryset)

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        context = {
            **self.admin_site.each_context(request),
            "title": _("History: %(name)s") % {"name": obj},
            "subtitle": None,
            "object": obj,
            "opts": self.opts,
            "rows": version_rows(versions),
            "can_restore": self.has_change_permission(request, obj),
            "restore_url_name": f"admin:{self.opts.app_label}_{self.opts.model_name}_restore",
            "object_id": quote(obj.pk),
            **(extra_context or {}),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.object_history_template, context)

    def restore_view(self, request, object_id, version_id):
        """Bring the object (and its inline rows) back to a saved version, as a new version."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        version = get_object_or_404(Version.objects.get_for_object(obj), pk=version_id)
        with transaction.atomic(), reversion.create_revision(atomic=False):
            others = version.revision.version_set.filter(content_type=version.content_type).exclude(
                pk=version.pk
            )
            if others.exists():
                version.revert()  # Saved with other objects (a bulk action): restore only this one.
            else:
                version.revision.revert(delete=True)
            restored = self.get_queryset(request).get(pk=obj.pk)
            reversion.add_to_revision(restored)
            reversion.set_user(request.user)
            when = localize(template_localtime(version.revision.date_created))
            reversion.set_comment(_("Restored the version of %(when)s.") % {"when": when})
            self.after_restore(request, obj, restored)
        messages.success(request, _("The version of %(when)s is back.") % {"when": when})
        return redirect(
            reverse(
                f"admin:{self.opts.app_label}_{self.opts.model_name}_change",
                args=[quote(obj.pk)],
                current_app=self.admin_site.name,
            )
        )

    def after_restore(self, request, before, after):
        """Hook for mixins that keep something in step with the content (translation stamps)."""
