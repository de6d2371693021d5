"""View mixins public detail pages share: the outdated-translation notice, the staff preview."""

from django.utils.translation import get_language

from core.translations import outdated_since


class TranslationNoticeMixin:
    """Puts `outdated_since` in the context: when the original changed after this translation."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["outdated_since"] = outdated_since(self.object, (get_language() or "")[:2])
        return context


class PreviewableMixin(TranslationNoticeMixin):
    """A public detail view that staff can also render for a draft, never to be indexed."""

    preview_object = None

    def get_object(self, queryset=None):
        if self.preview_object is not None:
            return self.preview_object
        return super().get_object(queryset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = self.preview_object is not None
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if self.preview_object is not None:
            response["X-Robots-Tag"] = "noindex, nofollow"
            response["Cache-Control"] = "private, no-store"
        return response
