from django.contrib import admin, messages
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core.admin import ContentAdmin, PublishingMixin
from news.actions import post_archive, post_cover_refresh, post_publish
from news.models import UNPUBLISHED, Category, Post
from news.views import PostDetailView


@admin.register(Category)
class CategoryAdmin(ContentAdmin):
    list_display = ["name", "slug", "position"]
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ["name"]


@admin.register(Post)
class PostAdmin(PublishingMixin, ContentAdmin):
    list_display = ["title", "status", "publish_at", "author"]
    list_filter = ["status", "categories"]
    search_fields = ["title", "lead"]
    prepopulated_fields = {"slug": ("title",)}
    # Short lists; unlike autocomplete, these need no permission on the other apps' admins.
    filter_horizontal = ["categories", "topics", "branches", "services"]
    readonly_fields = ["cover_preview", "author", "created_at", "updated_at"]
    date_hierarchy = "publish_at"
    actions = ["publish_now", "archive"]
    publication_field = "status"
    unpublished_values = UNPUBLISHED
    preview_view_class = PostDetailView
    fieldsets = [
        (None, {"fields": ["title", "slug", "lead", "body"]}),
        (_("Publication"), {"fields": ["status", "publish_at"]}),
        (_("Cover image"), {"fields": ["cover", "cover_preview", "cover_alt"]}),
        (_("Categories and links"), {"fields": ["categories", "topics", "branches", "services"]}),
        (_("History"), {"fields": ["author", "created_at", "updated_at"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("author")

    @admin.display(description=_("preview"))
    def cover_preview(self, post):
        image = post.cover_image if post and post.pk else None
        if not image:
            return "–"
        return format_html(
            '<img src="{}" width="{}" height="{}" alt="{}" class="photo-preview">',
            image["src"],
            image["width"],
            image["height"],
            post.cover_alt,
        )

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)
        if "cover" in form.changed_data:
            post_cover_refresh(post=obj)

    @admin.action(description=_("Publish the selected posts now"), permissions=["publish"])
    def publish_now(self, request, queryset):
        now = timezone.now()
        for post in queryset:
            post_publish(post=post, now=now)
        count = len(queryset)
        self.message_user(
            request,
            ngettext("%(count)d post published.", "%(count)d posts published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Archive the selected posts"), permissions=["publish"])
    def archive(self, request, queryset):
        drafts = queryset.filter(status__in=UNPUBLISHED).count()
        archived = 0
        for post in queryset.exclude(status__in=UNPUBLISHED):
            post_archive(post=post)
            archived += 1
        self.message_user(
            request,
            ngettext("%(count)d post archived.", "%(count)d posts archived.", archived)
            % {"count": archived},
            messages.SUCCESS,
        )
        if drafts:
            self.message_user(
                request,
                ngettext(
                    "%(count)d draft was left as it is: a draft was never on the site.",
                    "%(count)d drafts were left as they are: a draft was never on the site.",
                    drafts,
                )
                % {"count": drafts},
                messages.WARNING,
            )
