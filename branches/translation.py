from modeltranslation.translator import TranslationOptions, register

from branches.models import Branch, Closure


@register(Branch)
class BranchTranslationOptions(TranslationOptions):
    fields = ("name", "city", "description", "accessibility_notes", "photo_alt")
    required_languages = ("lv",)


@register(Closure)
class ClosureTranslationOptions(TranslationOptions):
    fields = ("reason",)
