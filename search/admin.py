from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from search.models import Synonym


@admin.register(Synonym)
class SynonymAdmin(TabbedTranslationAdmin):
    """Editors' synonyms: one list of words per meaning, a tab per language."""

    list_display = ["meaning", "terms"]
    search_fields = ["meaning", "terms"]
