from django.views.generic import DetailView, ListView

from materials import selectors
from materials.models import Material


class MaterialListView(ListView):
    """Materials filtered from the query string; a bad value answers 400 with the form's error."""

    template_name = "materials/material_list.html"
    context_object_name = "materials"
    paginate_by = 20

    def get_queryset(self):
        self.filterset = selectors.material_list(data=self.request.GET)
        return self.filterset.qs

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filterset"] = self.filterset
        context["facets"] = selectors.material_facets(self.filterset)
        context["is_filtered"] = any(self.request.GET.get(name) for name in self.filterset.filters)
        return context

    def render_to_response(self, context, **response_kwargs):
        if self.filterset.is_bound and not self.filterset.is_valid():
            response_kwargs["status"] = 400
        return super().render_to_response(context, **response_kwargs)


class MaterialDetailView(DetailView):
    template_name = "materials/material_detail.html"
    context_object_name = "material"

    def get_queryset(self):
        return Material.objects.for_detail()
