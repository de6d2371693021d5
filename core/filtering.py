"""The shared shape of a filtered list page: filters from the URL, counts, 400 on bad input."""

import django_filters
from django.core.exceptions import ValidationError
from django_filters.fields import ModelChoiceField


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


class ListedModelChoiceField(ModelChoiceField):
    """A model choice checked against its options, read once: the same rows then draw them.

    For short lists (branches, categories) that a filter form shows in full anyway: Django's
    field would look the chosen value up with a query of its own, then read the list again.
    """

    def to_python(self, value):
        if self.null_label is not None and value == self.null_value:
            return value
        if value in self.empty_values:
            return None
        key = self.to_field_name or "pk"
        if isinstance(value, self.queryset.model):
            value = getattr(value, key)
        for option in self.queryset:  # read on first use, then kept by the queryset
            if str(getattr(option, key)) == str(value):
                return option
        raise ValidationError(
            self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
        )


class ListedModelChoiceFilter(django_filters.ModelChoiceFilter):
    """A ModelChoiceFilter over a short list (see ListedModelChoiceField)."""

    field_class = ListedModelChoiceField
