"""Which language a translated field is shown in, so fallback text can be marked."""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname


def shown_language(obj, field):
    """The language of the text `obj.<field>` displays: the active one or a fallback."""
    active = (get_language() or settings.LANGUAGE_CODE)[:2]
    for code in (active, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES["default"]):
        if getattr(obj, build_localized_fieldname(field, code), None):
            return code
    return active
