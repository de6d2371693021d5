from modeltranslation.translator import TranslationOptions, register

from news.models import Category, Post


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("lv",)


@register(Post)
class PostTranslationOptions(TranslationOptions):
    fields = ("title", "lead", "body", "cover_alt")
    required_languages = ("lv",)
