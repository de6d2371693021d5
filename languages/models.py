"""Human languages a desk speaks, a service is given in, or a document is written in."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.collation import sorted_by_name
from core.i18n import is_language_code, language_name


def validate_language_code(code):
    """Refuse a code that is not an ISO 639 language code CLDR knows."""
    if not is_language_code(code):
        raise ValidationError(
            _("“%(code)s” is not an ISO 639 language code."), params={"code": code}
        )


class LanguageQuerySet(models.QuerySet):
    def sorted_by_name(self):
        """Languages in the alphabetical order of the active UI language (č after c in lv)."""
        return sorted_by_name(self, lambda language: language.name)


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
