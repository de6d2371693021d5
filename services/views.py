from django.views.generic import DetailView, ListView

from branches.selectors import branch_list_with_status
from core.filtering import FilteredListMixin
from core.views import TranslationNoticeMixin
from services import selectors
from services.filters import FindHelpFilter, ServiceFilter
from services.models import Service


class FilteredServicesMixin(FilteredListMixin):
    """Published services filtered by `filterset_class`, with counts per filter value."""

    filterset_class = ServiceFilter

    def filter(self, data):
        return selectors.service_list(data=data, filterset_class=self.filterset_class)

    def facets(self, filterset):
        return selectors.service_facets(filterset)


class ServiceListView(FilteredServicesMixin, ListView):
    template_name = "services/service_list.html"
    context_object_name = "services"
    paginate_by = 20


class FindHelpView(FilteredServicesMixin, ListView):
    template_name = "services/find_help.html"
    context_object_name = "services"
    filterset_class = FindHelpFilter

    def facets(self, filterset):
        return selectors.find_help_facets(filterset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        answered = context["is_filtered"]
        context["answered"] = answered
        if answered:
            language = self.filterset.form.cleaned_data.get("language")
            branch = self.filterset.form.cleaned_data.get("branch")
            branches = selectors.branches_for(context["services"], language)
            if branch is not None:
                branches = branches.filter(pk=branch.pk)
            context["branch_rows"] = branch_list_with_status(branches)
            context["language"] = language
        return context


class ServiceDetailView(TranslationNoticeMixin, DetailView):
    template_name = "services/service_detail.html"
    context_object_name = "service"

    def get_queryset(self):
        return Service.objects.for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        offers = list(self.object.offers.all())
        statuses = branch_list_with_status([offer.branch for offer in offers])
        context["offer_rows"] = [
            (offer, status) for offer, (_b, status) in zip(offers, statuses, strict=True)
        ]
        return context
