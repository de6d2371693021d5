from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from topics.models import Topic


@admin.register(Topic)
class TopicAdmin(TabbedTranslationAdmin):
    list_display = ["name", "slug", "position"]
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ["name"]
