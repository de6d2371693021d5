from django.contrib import admin

from core.admin import ContentAdmin
from topics.models import Topic


@admin.register(Topic)
class TopicAdmin(ContentAdmin):
    list_display = ["name", "slug", "position"]
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ["name"]
