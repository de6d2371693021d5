"""Translation status in the admin: a column, list filters and the "minor change" tick."""

from django import forms
from django.contrib import admin
from django.utils.html import format_html_join
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.actions import translation_stamp
from core.translations import (
    Status,
    field_language,
    filter_status,
    languages_with_text,
    object_status,
    target_languages,
    translated_fields,
    with_stamps,
)


def language_name(code):
    """The language's name in the editor's language, capitalised."""
    return str(get_language_info(code)["name_translated"]).capitalize()


class TranslationStatusFilter(admin.SimpleListFilter):
    """ "Missing in Russian", "Outdated in English"... for the site's enabled languages."""

    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        labels = {
            Status.MISSING: _("%(language)s: missing"),
            Status.OUTDATED: _("%(language)s: outdated"),
        }
        return [
            (f"{status}-{code}", labels[status] % {"language": language_name(code)})
            for code in target_languages()
            for status in (Status.MISSING, Status.OUTDATED)
        ]

    def queryset(self, request, queryset):
        status, _sep, code = (self.value() or "").partition("-")
        if code not in target_languages() or status not in Status.values:
            return queryset
        return filter_status(queryset, code, status)


class MinorChangeForm(forms.ModelForm):
    minor_change = forms.BooleanField(
        label=_("Minor change"),
        required=False,
        help_text=_(
            "Tick it when you only fix a typo or a comma: the other languages then stay "
            "current instead of being marked outdated."
        ),
    )


class TranslationStatusMixin:
    """Adds the status column and filter, the minor-change tick, and stamps on every save."""

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), TranslationStatusFilter]

    def get_list_display(self, request):
        return [*super().get_list_display(request), "translation_status"]

    def get_queryset(self, request):
        return with_stamps(super().get_queryset(request), target_languages())

    @admin.display(description=_("translations"))
    def translation_status(self, obj):
        items = ((code, obj) for code in target_languages())
        return format_html_join(
            " ",
            '<span class="translation-status translation-status--{}">{}: {}</span>',
            (
                (status, code.upper(), Status(status).label)
                for code, obj in items
                for status in [object_status(obj, code)]
            ),
        )

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None:
            base = kwargs.get("form", self.form)
            kwargs["form"] = type(base.__name__, (MinorChangeForm, base), {})
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fieldsets = list(super().get_fieldsets(request, obj))
        names = {name for _title, options in fieldsets for name in options.get("fields", ())}
        if (
            obj is not None
            and "minor_change" not in names
            and self.has_change_permission(request, obj)
        ):
            fieldsets.append((_("Translations"), {"fields": ["minor_change"]}))
        return fieldsets

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if not change:
            languages = languages_with_text(obj)
        else:
            languages = {field_language(self.model, name) for name in form.changed_data} - {None}
            if form.cleaned_data.get("minor_change"):
                # A typo fixed moves no stamp; only a language written for the first time gets one.
                languages = {code for code in languages if not self._had_text(form, code)}
        translation_stamp(obj=obj, languages=sorted(languages), user=request.user)

    def _had_text(self, form, code):
        return any(
            form.initial.get(build_localized_fieldname(field, code))
            for field in translated_fields(self.model)
        )

    def after_restore(self, request, before, after):
        super().after_restore(request, before, after)
        changed = {
            code
            for code in languages_with_text(before) + languages_with_text(after)
            if not self._same_text(before, after, code)
        }
        translation_stamp(obj=after, languages=sorted(changed), user=request.user)

    def _same_text(self, before, after, code):
        return all(
            getattr(before, build_localized_fieldname(f, code))
            == getattr(after, build_localized_fieldname(f, code))
            for f in translated_fields(self.model)
        )
