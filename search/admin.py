from django.contrib import admin

from core.admin import ContentAdmin
from search.models import Synonym


@admin.register(Synonym)
class SynonymAdmin(ContentAdmin):
    """Editors' synonyms: one list of words per meaning, a tab per language."""

    list_display = ["meaning", "terms"]
    search_fields = ["meaning", "terms"]
