"""The translation overview: every content type × language, linking to the filtered lists."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from backoffice.dashboard.selectors import translations_panel


class TranslationOverviewView(TemplateView):
    template_name = "backoffice/translations.html"
    site = None
    title = _("Translations")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(self.site.each_context(self.request))
        context["title"] = self.title
        context["panel"] = translations_panel(self.request)
        return context
