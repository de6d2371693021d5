from modeltranslation.translator import TranslationOptions, register

from services.models import BranchService, Category, Service


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("lv",)


@register(Service)
class ServiceTranslationOptions(TranslationOptions):
    fields = ("name", "summary", "body", "eligibility_notes", "cost", "funding")
    required_languages = ("lv",)


@register(BranchService)
class BranchServiceTranslationOptions(TranslationOptions):
    fields = ("note",)
