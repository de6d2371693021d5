from modeltranslation.translator import TranslationOptions, register

from dialogue.models import Member


@register(Member)
class MemberTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("lv",)
