"""Preview a draft from its change form, in each language, exactly as the public will see it."""

from django.conf import settings
from django.contrib.admin.utils import quote, unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path, reverse
from django.utils import translation
from django.views.decorators.http import require_safe


class PreviewAdminMixin:
    """Adds `<id>/preview/` (staff only) that renders the public detail view of any object."""

    preview_view_class = None  # A public DetailView using core.views.PreviewableMixin.

    def preview_queryset(self):
        """The objects with what their public page needs, drafts included."""
        return self.model._default_manager.for_preview()

    def get_urls(self):
        urls = super().get_urls()
        if self.preview_view_class is None:
            return urls
        name = f"{self.opts.app_label}_{self.opts.model_name}_preview"
        view = self.admin_site.admin_view(require_safe(self.preview_view))
        return [path("<path:object_id>/preview/", view, name=name), *urls]

    def preview_view(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        shown = self.preview_queryset().get(pk=obj.pk)
        return self.preview_view_class.as_view(preview_object=shown)(request)

    def preview_links(self, obj):
        """[(language code, name, url)] of the preview in every enabled language."""
        name = f"admin:{self.opts.app_label}_{self.opts.model_name}_preview"
        links = []
        for code, label in settings.LANGUAGES:
            with translation.override(code):
                links.append((code, label, reverse(name, args=[quote(obj.pk)])))
        return links

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = dict(extra_context or {})
        if self.preview_view_class is not None:
            obj = self.get_object(request, unquote(object_id))
            if obj is not None:
                extra_context["preview_links"] = self.preview_links(obj)
        return super().change_view(request, object_id, form_url, extra_context)
