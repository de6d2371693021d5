from django.views.generic import TemplateView

from search import query as parsing
from search.selectors import search
from search.sources import BY_KEY


class SearchView(TemplateView):
    """Results grouped by type, best group first; one type at a time, paginated, with `type=`."""

    template_name = "search/results.html"

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(**kwargs)
        status = 400 if context["bad_type"] else 200
        return self.render_to_response(context, status=status)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        raw = self.request.GET.get("q", "")
        query = raw[: parsing.MAX_QUERY_LENGTH].strip()
        only = self.request.GET.get("type") or None
        bad_type = only is not None and only not in BY_KEY
        results = {"groups": [], "total": 0, "corrected": {}, "page": None}
        if not bad_type:
            results = search(query=query, only=only, page=self.request.GET.get("page"))
        words = parsing.query_words(query)
        corrected = results["corrected"]
        context.update(
            query=query,
            truncated=len(raw) > parsing.MAX_QUERY_LENGTH,
            has_terms=bool(words),
            groups=results["groups"],
            only=only,
            bad_type=bad_type,
            page_obj=results["page"],
            total=results["total"],
            corrected=" ".join(corrected.get(word, word) for word in words) if corrected else "",
        )
        return context
