"""Translation status of content: per object and language, missing, outdated or current."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from core.models import TranslationStamp


class Status(models.TextChoices):
    MISSING = "missing", _("missing")
    OUTDATED = "outdated", _("outdated")
    CURRENT = "current", _("current")


def source_language():
    """The language every text is written in first (Latvian)."""
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def enabled_languages():
    """The codes of the languages the site is shown in now."""
    return [code for code, _name in settings.LANGUAGES]


def target_languages():
    """The enabled languages texts are translated into."""
    return [code for code in enabled_languages() if code != source_language()]


def translated_fields(model):
    """Names of the model's fields that are translated (without the language suffix)."""
    return list(translator.get_options_for_model(model).fields)


def field_language(model, name):
    """The language code of a translation column such as `name_ru`, or None."""
    for field in translated_fields(model):
        for code in settings.MODELTRANSLATION_LANGUAGES:
            if name == build_localized_fieldname(field, code):
                return code
    return None


def _empty(column):
    return Q(**{f"{column}__isnull": True}) | Q(**{column: ""})


def missing_q(model, language):
    """Objects with a text in the source language that has none in `language`."""
    condition = Q(pk__in=[])
    for field in translated_fields(model):
        source = build_localized_fieldname(field, source_language())
        condition |= Q(**{f"{source}__gt": ""}) & _empty(build_localized_fieldname(field, language))
    return condition


def _stamp(model, language):
    stamps = TranslationStamp.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id=OuterRef("pk"),
        language=language,
    )
    return Subquery(stamps.values("changed_at")[:1])


def with_stamps(queryset, languages):
    """Annotate `stamp_<code>` for the source and each of `languages` (one query in all)."""
    codes = {source_language(), *languages}
    return queryset.annotate(**{f"stamp_{code}": _stamp(queryset.model, code) for code in codes})


def outdated_q(language):
    """Stamped objects (see with_stamps) whose source changed after their `language` text.

    A text without a stamp was written before stamps were kept, so before any later change.
    """
    source = f"stamp_{source_language()}"
    return Q(**{f"stamp_{language}__lt": F(source)}) | Q(
        **{f"stamp_{language}__isnull": True, f"{source}__isnull": False}
    )


def filter_status(queryset, language, status):
    """Objects whose text in `language` has `status` (a Status value)."""
    missing = missing_q(queryset.model, language)
    if status == Status.MISSING:
        return queryset.filter(missing)
    queryset = with_stamps(queryset, [language])
    outdated = outdated_q(language)
    if status == Status.OUTDATED:
        return queryset.filter(outdated).exclude(missing)
    return queryset.exclude(missing).exclude(outdated)


def object_status(obj, language):
    """The Status of `obj` in `language`; needs `with_stamps()` for outdated."""
    if language == source_language():
        return Status.CURRENT
    for field in translated_fields(type(obj)):
        if getattr(obj, build_localized_fieldname(field, source_language())) and not getattr(
            obj, build_localized_fieldname(field, language)
        ):
            return Status.MISSING
    mine, source = (getattr(obj, f"stamp_{code}", None) for code in (language, source_language()))
    return Status.OUTDATED if _is_outdated(mine, source) else Status.CURRENT


def _is_outdated(mine, source):
    return source is not None and (mine is None or mine < source)


def outdated_since(obj, language):
    """When the source text changed after `obj` was last translated into `language`, or None."""
    if language == source_language() or type(obj) not in translator.get_registered_models():
        return None
    stamps = dict(
        TranslationStamp.objects.filter(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            language__in=[language, source_language()],
        ).values_list("language", "changed_at")
    )
    mine, source = stamps.get(language), stamps.get(source_language())
    return source if _is_outdated(mine, source) and has_text(obj, language) else None


def has_text(obj, language):
    """True when `obj` has any translated text in `language`."""
    return any(
        getattr(obj, build_localized_fieldname(field, language))
        for field in translated_fields(type(obj))
    )


def languages_with_text(obj):
    """The languages in which `obj` has any translated text."""
    return [code for code in settings.MODELTRANSLATION_LANGUAGES if has_text(obj, code)]
