from django.views.generic import DetailView, ListView

from branches.schedule import branch_status, riga_now
from portal.filtering import FilteredListMixin
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
            now = riga_now()
            context["branch_rows"] = [(b, branch_status(b, now)) for b in branches]
            context["language"] = language
        return context


class ServiceDetailView(DetailView):
    template_name = "services/service_detail.html"
    context_object_name = "service"

    def get_queryset(self):
        return Service.objects.for_detail()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = riga_now()
        context["offer_rows"] = [
            (offer, branch_status(offer.branch, now)) for offer in self.object.offers.all()
        ]
        return context
