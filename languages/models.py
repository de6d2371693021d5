"""Human languages a desk speaks, a service is given in, or a document is written in."""

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


@lru_cache(maxsize=16)
def _language_names(locale_code):
    try:
        return Locale.parse(locale_code).languages
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en").languages


def language_name(code, locale_code=None):
    """The name of language `code` in `locale_code` (default: the active UI language)."""
    names = _language_names(locale_code or get_language() or "lv")
    name = names.get(code) or _language_names("en").get(code) or code
    return name[:1].upper() + name[1:]


def validate_language_code(code):
    """Refuse a code that is not an ISO 639 language code CLDR knows."""
    if code not in _language_names("en"):
        raise ValidationError(
            _("“%(code)s” is not an ISO 639 language code."), params={"code": code}
        )


class LanguageQuerySet(models.QuerySet):
    def sorted_by_name(self):
        """Languages in alphabetical order of their names in the active UI language."""
        return sorted(self, key=lambda language: language.name.casefold())


class Language(models.Model):
    """A language identified by its ISO 639 code; names come from CLDR via Babel."""

    code = models.CharField(
        _("ISO 639 code"),
        max_length=12,
        unique=True,
        validators=[validate_language_code],
        help_text=_("For example lv, ru, en, uk, ar."),
    )

    objects = LanguageQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return self.name

    @property
    def name(self):
        """The language's name in the active UI language."""
        return language_name(self.code)

    @property
    def native_name(self):
        return language_name(self.code, self.code)
