from modeltranslation.translator import TranslationOptions, register

from materials.models import Material


@register(Material)
class MaterialTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "publisher")
    required_languages = ("lv",)
