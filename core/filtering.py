"""The shared shape of a filtered list page: filters from the URL, counts, 400 on bad input."""


class FilteredListMixin:
    """A ListView whose queryset comes from a bound FilterSet built from the query string.

    Subclasses say how to build the FilterSet (`filter`) and its counts (`facets`).
    A value the form rejects answers 400, with the page and the form's error.
    """

    def filter(self, data):
        raise NotImplementedError

    def facets(self, filterset):
        raise NotImplementedError

    def get_queryset(self):
        self.filterset = self.filter(self.request.GET)
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filterset"] = self.filterset
        context["facets"] = self.facets(self.filterset)
        context["is_filtered"] = any(self.request.GET.get(name) for name in self.filterset.filters)
        return context

    def render_to_response(self, context, **response_kwargs):
        if self.filterset.is_bound and not self.filterset.is_valid():
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)
