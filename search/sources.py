"""What the search looks through: one Source per content type, in the order of their rank."""

from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname


@dataclass(frozen=True)
class Source:
    """A searchable content type: its public items, title and body fields, and date."""

    key: str
    label: Any
    model_label: str
    public: Any  # a callable: the model's default manager -> the public queryset
    title_fields: tuple
    body_fields: tuple = ()
    date_field: str | None = None
    is_public: Any = None  # a callable: is the item public (leaving time aside)?
    public_from: str | None = None  # the field holding the time from which it is public

    def visibility(self, obj):
        """(public, public_from) of `obj` as stored in its search document."""
        public = self.is_public(obj) if self.is_public else True
        return bool(public), getattr(obj, self.public_from) if self.public_from else None

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def queryset(self):
        """The items the public may see, with what a hit shows."""
        return self.public(self.model.objects)

    def translated_fields(self):
        """The fields of the model that django-modeltranslation translates."""
        try:
            return translator.get_options_for_model(self.model).all_fields
        except NotRegistered:
            return ()

    def texts(self, obj, fields, language=None):
        """The values of `fields` of `obj` in `language`, or in every language when None."""
        translated = self.translated_fields()
        codes = [language] if language else list(settings.MODELTRANSLATION_LANGUAGES)
        values = []
        for field in fields:
            if field not in translated:
                values.append(getattr(obj, field) or "")
                continue
            for code in codes:
                values.append(getattr(obj, build_localized_fieldname(field, code)) or "")
        return [str(value) for value in values if value]


def _live_post(post):
    from news.models import LIVE

    return post.status in LIVE


SOURCES = [
    Source("branches", _("Branches"), "branches.Branch", lambda o: o.active(),
           ("name", "city"), ("description", "street_address", "postcode"),
           is_public=lambda branch: branch.is_active),
    Source("services", _("Services"), "services.Service", lambda o: o.published(),
           ("name",), ("summary", "body", "eligibility_notes"), is_public=lambda item: item.is_published),
    Source("topics", _("Topics"), "topics.Topic", lambda o: o.all(), ("name",), ("description",)),
    Source("events", _("Events"), "events.Event", lambda o: o.published(),
           ("title", "topic"), ("description",), "start", is_public=lambda item: item.is_published),
    Source("materials", _("Information materials"), "materials.Material",
           lambda o: o.published(), ("title",), ("summary", "publisher"), "published_on",
           is_public=lambda item: item.is_published),
    Source("news", _("News"), "news.Post", lambda o: o.published(),
           ("title",), ("lead", "body"), "publish_at", is_public=_live_post, public_from="publish_at"),
]  # fmt: skip
BY_KEY = {source.key: source for source in SOURCES}
BY_MODEL = {source.model_label: source for source in SOURCES}
