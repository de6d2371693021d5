from django.views.generic import DetailView, ListView

from branches import selectors
from branches.models import Branch
from branches.schedule import branch_status, riga_now, upcoming_closures, weekly_hours


class BranchListView(ListView):
    template_name = "branches/branch_list.html"
    context_object_name = "branches"

    def get_queryset(self):
        return Branch.objects.for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = riga_now()
        context["rows"] = [(branch, branch_status(branch, now)) for branch in context["branches"]]
        context["map"] = selectors.latvia_map(context["branches"])
        return context


class BranchDetailView(DetailView):
    template_name = "branches/branch_detail.html"
    context_object_name = "branch"

    def get_queryset(self):
        return Branch.objects.for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        branch = self.object
        now = riga_now()
        context.update(
            status=branch_status(branch, now),
            week=weekly_hours(branch),
            closures=upcoming_closures(branch, now.date()),
            offers=selectors.offers_at(branch),
            json_ld=selectors.government_office_json_ld(branch, self.request),
            today_weekday=now.weekday(),
        )
        return context
