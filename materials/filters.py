"""Filters of the materials list: every value lives in the URL, so the link can be shared."""

import django_filters
from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from languages.models import Language
from materials.models import Material
from topics.models import Topic


class SingleValueForm(forms.Form):
    """Refuses a parameter given twice instead of silently picking one of the values."""

    def clean(self):
        if isinstance(self.data, QueryDict):
            for name in self.fields:
                if name not in self.errors and len(self.data.getlist(name)) > 1:
                    self.add_error(name, _("Choose one value only."))
        return super().clean()


class MaterialFilter(django_filters.FilterSet):
    # Each filter takes one value and a through table holds a (material, topic) pair once, so
    # the joins never repeat a material: no DISTINCT, which would sort every match with its texts.
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"),
        field_name="topics",
        to_field_name="slug",
        queryset=Topic.objects.all(),
        empty_label=_("All topics"),
    )
    language = django_filters.ModelChoiceFilter(
        label=_("Language of the document"),
        field_name="languages",
        to_field_name="code",
        queryset=Language.objects.all(),
        empty_label=_("All languages"),
    )

    class Meta:
        model = Material
        fields = ["topic", "language"]
        form = SingleValueForm
