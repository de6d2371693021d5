"""Filters of the news list: every value lives in the URL, so the link can be shared."""

import django_filters
from django.utils.translation import gettext_lazy as _

from branches.models import Branch
from core.filtering import ListedModelChoiceFilter
from news.models import Category, Post


class PostFilter(django_filters.FilterSet):
    # Each filter takes one value and a through table holds a (post, category) pair once, so
    # the joins never repeat a post: no DISTINCT, which would sort every match with its texts.
    category = ListedModelChoiceFilter(
        label=_("Category"),
        field_name="categories",
        to_field_name="slug",
        queryset=Category.objects.all(),
        empty_label=_("All categories"),
    )
    branch = ListedModelChoiceFilter(
        label=_("Branch"),
        field_name="branches",
        to_field_name="slug",
        # An option needs the name (each language's column, for the fallback mark) and the slug.
        queryset=Branch.objects.active().only("slug", "name"),
        empty_label=_("All branches"),
    )
    # Choices are the years that have posts, so a made-up year is a form error, not a query.
    year = django_filters.ChoiceFilter(
        label=_("Year"), choices=(), method="filter_year", empty_label=_("All years")
    )

    class Meta:
        model = Post
        fields = ["category", "branch", "year"]

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]

    def filter_year(self, queryset, name, value):
        return queryset.filter(publish_at__year=int(value))
