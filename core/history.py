"""What changed between two saved versions of an object, field by field and language by language."""

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _
from modeltranslation.translator import translator

from core.richtext import plain_text

# Bookkeeping columns that change on every save or are derived; a diff of them tells nothing.
SKIPPED = {"id", "created_at", "updated_at", "photo_renditions", "cover_renditions"}


@dataclass(frozen=True)
class FieldChange:
    label: str
    language: str
    old: str
    new: str


def _original_names(model):
    """Fields modeltranslation keeps as plain mirrors of the default language's column."""
    if model not in translator.get_registered_models():
        return set()
    return set(translator.get_options_for_model(model).fields)


def _shown(field, value):
    if value in (None, "", []):
        return "–"
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return _("yes") if value else _("no")
    if field.many_to_many:
        return _("%(count)d linked") % {"count": len(value)}
    return Truncator(plain_text(str(value))).chars(160)


def _label(field):
    original = getattr(field, "translated_field", None)
    if original is None:
        return str(field.verbose_name), ""
    language = field.language
    if language not in {code for code, _name in settings.LANGUAGES}:
        return str(original.verbose_name), language
    return str(original.verbose_name), get_language_info(language)["name_translated"]


def field_changes(model, older, newer):
    """FieldChange for each field whose value differs between two versions' field dicts."""
    skipped = SKIPPED | _original_names(model)
    changes = []
    for field in [*model._meta.concrete_fields, *model._meta.many_to_many]:
        if field.name in skipped or not field.editable:
            continue
        before, after = (
            older.get(field.attname, older.get(field.name)),
            newer.get(field.attname, newer.get(field.name)),
        )
        if field.many_to_many:
            before, after = sorted(before or []), sorted(after or [])
        if before == after or (not before and not after):
            continue
        label, language = _label(field)
        changes.append(FieldChange(label, language, _shown(field, before), _shown(field, after)))
    return changes


def version_rows(versions):
    """Each version (newest first) with the changes it made to the one before it."""
    versions = list(versions)
    rows = []
    for index, version in enumerate(versions):
        older = versions[index + 1] if index + 1 < len(versions) else None
        model = version._model
        changes = field_changes(model, older.field_dict, version.field_dict) if older else None
        rows.append({"version": version, "changes": changes, "is_current": index == 0})
    return rows
