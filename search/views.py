from django.core.paginator import Paginator
from django.views.generic import TemplateView

from search import text
from search.selectors import search
from search.sources import SOURCES

PER_GROUP = 5
PER_PAGE = 20


class SearchView(TemplateView):
    """Results grouped by type; one type at a time, paginated, with `type=`."""

    template_name = "search/results.html"

    def get(self, request, *args, **kwargs):
        context = self.get_context_data(**kwargs)
        status = 400 if context["bad_type"] else 200
        return self.render_to_response(context, status=status)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        raw = self.request.GET.get("q", "")
        query = raw[: text.MAX_QUERY_LENGTH].strip()
        keys = {source.key for source in SOURCES}
        only = self.request.GET.get("type") or None
        bad_type = only is not None and only not in keys
        groups = (
            [] if bad_type else search(query=query, language=self.request.LANGUAGE_CODE, only=only)
        )
        page = None
        if only and groups:
            page = Paginator(groups[0]["hits"], PER_PAGE).get_page(self.request.GET.get("page"))
        else:
            for group in groups:
                group["shown"] = group["hits"][:PER_GROUP]
        context.update(
            query=query,
            truncated=len(raw) > text.MAX_QUERY_LENGTH,
            has_terms=bool(text.parse_terms(query)),
            groups=groups,
            only=only,
            bad_type=bad_type,
            page_obj=page,
            total=sum(group["count"] for group in groups),
        )
        return context
