from modeltranslation.translator import TranslationOptions, register

from events.models import Attachment, Event, Organiser, Series


@register(Organiser)
class OrganiserTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("lv",)


@register(Series)
class SeriesTranslationOptions(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("lv",)


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "topic", "description", "address")
    required_languages = ("lv",)


@register(Attachment)
class AttachmentTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = ("lv",)
