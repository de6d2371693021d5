from modeltranslation.translator import TranslationOptions, register

from topics.models import Topic


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("lv",)
