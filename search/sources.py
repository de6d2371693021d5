"""What the search looks through: one Source per content type, in display order."""

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator


@dataclass(frozen=True)
class Source:
    """A searchable content type: its public queryset and its title and body fields."""

    key: str
    label: Any
    queryset: Any  # a callable returning the public queryset
    title_fields: tuple
    body_fields: tuple = ()

    def column(self, field, language):
        """The database column holding `field` in `language` (itself if not translated)."""
        model = self.queryset().model
        try:
            options = translator.get_options_for_model(model)
        except NotRegistered:
            return field
        return f"{field}_{language}" if field in options.all_fields else field


def _branches():
    from branches.models import Branch

    return Branch.objects.active()


def _services():
    from services.models import Service

    return Service.objects.published().select_related("category")


def _posts():
    from news.models import Post

    return Post.objects.published()


def _events():
    from events.models import Event

    return Event.objects.published()


def _materials():
    from materials.models import Material

    return Material.objects.published()


SOURCES = [
    Source("branches", _("Branches"), _branches, ("name", "city"), ("description", "street_address")),
    Source("services", _("Services"), _services, ("name",), ("summary", "body", "eligibility_notes")),
    Source("news", _("News"), _posts, ("title",), ("lead", "body")),
    Source("events", _("Events"), _events, ("title", "topic"), ("description",)),
    Source("materials", _("Information materials"), _materials, ("title",), ("summary", "publisher")),
]  # fmt: skip
