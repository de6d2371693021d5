from django.views.generic import DetailView, ListView

from branches.schedule import branch_status, riga_now
from services import selectors
from services.filters import FindHelpFilter
from services.models import Service


class FilteredServicesMixin:
    """A bound FilterSet from the query string; a bad value answers 400 with the form's error."""

    filterset_class = None

    def get_queryset(self):
        kwargs = {"filterset_class": self.filterset_class} if self.filterset_class else {}
        self.filterset = selectors.service_list(data=self.request.GET, **kwargs)
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filterset"] = self.filterset
        context["facets"] = selectors.service_facets(self.filterset)
        context["is_filtered"] = any(self.request.GET.get(name) for name in self.filterset.filters)
        return context

    def render_to_response(self, context, **response_kwargs):
        if self.filterset.is_bound and not self.filterset.is_valid():
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)


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
