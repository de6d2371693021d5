"""Language tabs for the site's enabled languages only; other columns are left untouched."""

from django.conf import settings
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname


class EnabledLanguagesMixin:
    """Hide the translation fields of languages the site does not show (Ukrainian while off)."""

    def hidden_language_fields(self):
        enabled = {code for code, _name in settings.LANGUAGES}
        return [
            build_localized_fieldname(field, code)
            for field in self.trans_opts.all_fields
            for code in mt_settings.AVAILABLE_LANGUAGES
            if code not in enabled
        ]

    def replace_orig_field(self, option):
        option = super().replace_orig_field(option)
        hidden = set(self.hidden_language_fields())
        if not option or not hidden:
            return option
        kept = []
        for item in option:
            if isinstance(item, (list, tuple)):
                item = type(item)(name for name in item if name not in hidden)
                if item:
                    kept.append(item)
            elif item not in hidden:
                kept.append(item)
        return kept

    def _get_form_or_formset(self, request, obj, **kwargs):
        kwargs = super()._get_form_or_formset(request, obj, **kwargs)
        kwargs["exclude"] = (*kwargs["exclude"], *self.hidden_language_fields())
        return kwargs
