from django.utils.functional import cached_property
from django.views.generic import DetailView, ListView

from core.clock import riga_now
from core.collation import sorted_by_name
from core.filtering import FilteredListMixin
from core.i18n import join_and
from core.views import TranslationNoticeMixin
from services import selectors
from services.filters import FindHelpFilter, ServiceFilter
from services.jsonld import government_service_json_ld
from services.models import Service


class FilteredServicesMixin(FilteredListMixin):
    """Published services filtered by `filterset_class`."""

    filterset_class = ServiceFilter

    def filter(self, data):
        return selectors.service_list(data=data, filterset_class=self.filterset_class)


class ServiceListView(FilteredServicesMixin, ListView):
    template_name = "services/service_list.html"
    context_object_name = "services"
    # A plain OFFSET: the catalogue has a few hundred services at most, and reading the keys
    # first would build the filter's subqueries twice, which costs more than it saves.
    paginate_by = 20

    @cached_property
    def counts(self):
        return selectors.service_counts(self.filterset)

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        paginator.count = self.counts["total"]  # counted with the facets, not asked again
        return paginator

    def facets(self, filterset):
        return selectors.service_facets(filterset, self.counts)


class FindHelpView(FilteredServicesMixin, ListView):
    """Three questions; the answer names each service with the offers that fit, row by row."""

    template_name = "services/find_help.html"
    context_object_name = "services"
    filterset_class = FindHelpFilter
    paginate_by = 20  # a plain OFFSET, as in the catalogue

    def get_queryset(self):
        super().get_queryset()
        return selectors.with_matching_offers(self.filterset)

    def get_paginate_by(self, queryset):
        # The questions alone, before any answer, read no services at all.
        return self.paginate_by if self.answered() else None

    def answered(self):
        return any(self.request.GET.get(name) for name in self.filterset.filters)

    def facets(self, filterset):
        return selectors.find_help_facets(filterset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["answered"] = self.answered()
        if context["answered"]:
            now = riga_now()
            context["answers"] = [
                (service, selectors.offer_rows(service.offers.all(), now))
                for service in context["services"]
            ]
            context["branches"] = selectors.find_help_branches(self.filterset)
            context["language"] = self.filterset.form.cleaned_data.get("language")
        return context


class ServiceDetailView(TranslationNoticeMixin, DetailView):
    template_name = "services/service_detail.html"
    context_object_name = "service"

    def get_queryset(self):
        return Service.objects.for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = selectors.offer_rows(self.object.offers.all())
        languages = {language.pk: language for row in rows for language in row["languages"]}
        context.update(
            offer_rows=rows,
            json_ld=government_service_json_ld(self.object, rows, self.request),
            ways=join_and(mode.phrase for mode in self.object.delivery_modes),
            languages=sorted_by_name(languages.values()),
        )
        return context
