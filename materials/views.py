from django.views.generic import DetailView, ListView

from core.filtering import FilteredListMixin
from core.pagination import KeysFirstPaginator
from core.views import PreviewableMixin
from materials import selectors
from materials.models import Material


class MaterialListView(FilteredListMixin, ListView):
    """Materials filtered from the query string; a bad value answers 400 with the form's error."""

    template_name = "materials/material_list.html"
    context_object_name = "materials"
    paginate_by = 20
    paginator_class = KeysFirstPaginator

    def filter(self, data):
        return selectors.material_list(data=data)

    def facets(self, filterset):
        return selectors.material_facets(filterset)


class MaterialDetailView(PreviewableMixin, DetailView):
    template_name = "materials/material_detail.html"
    context_object_name = "material"

    def get_queryset(self):
        return Material.objects.for_detail()
