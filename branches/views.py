from django.views.generic import DetailView, ListView

from branches import jsonld, map, selectors
from branches.models import Branch
from branches.schedule import branch_status, upcoming_closures, weekly_hours
from core.clock import riga_now
from core.views import TranslationNoticeMixin


class BranchListView(ListView):
    """The branches page by page, by position, with their status and a map of the page's ones."""

    template_name = "branches/branch_list.html"
    context_object_name = "branches"
    paginate_by = 12

    def get_queryset(self):
        return Branch.objects.for_cards()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = selectors.branch_list_with_status(context["branches"])
        context["map"] = map.latvia_map(context["branches"])
        return context


class BranchDetailView(TranslationNoticeMixin, DetailView):
    template_name = "branches/branch_detail.html"
    context_object_name = "branch"
    # Services listed on the page; with more, a link leads to all of them in the catalogue.
    offers_shown = 30

    def get_queryset(self):
        return Branch.objects.for_listing()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        branch = self.object
        now = riga_now()
        offers = list(selectors.branch_offers(branch)[: self.offers_shown + 1])
        context.update(
            status=branch_status(branch, now),
            week=weekly_hours(branch),
            closures=upcoming_closures(branch, now.date()),
            offers=offers[: self.offers_shown],
            more_offers=len(offers) > self.offers_shown,
            json_ld=jsonld.government_office_json_ld(branch, self.request),
            today_weekday=now.weekday(),
        )
        return context
