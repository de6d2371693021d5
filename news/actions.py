"""Writes about news posts that do more than save a row."""

from django.db import transaction

from core.tasks import image_refresh
from news.models import UNPUBLISHED, Post, Status


@transaction.atomic
def post_cover_refresh(*, post: Post) -> Post:
    """After an upload: forget the old renditions and queue the new cover's processing.

    The task strips the cover's metadata and builds its renditions; until then the post shows
    no cover. It is queued in the same transaction as the save, so it is never lost.
    """
    post.cover_renditions = []
    if not post.cover:
        post.cover_width = post.cover_height = None
    Post.objects.filter(pk=post.pk).update(
        cover_width=post.cover_width, cover_height=post.cover_height, cover_renditions=[]
    )
    if post.cover:
        image_refresh.enqueue("news.Post", post.pk, "cover", post.cover.name)
    return post


@transaction.atomic
def post_publish(*, post: Post, now) -> Post:
    """Put the post on the site now; a post that was out before keeps its original time."""
    was_out = post.status in (Status.PUBLISHED, Status.ARCHIVED) or (
        post.status == Status.SCHEDULED and post.publish_at is not None and post.publish_at <= now
    )
    post.status = Status.PUBLISHED
    if not was_out:
        post.publish_at = now
    post.save(update_fields=["status", "publish_at", "updated_at"])
    return post


@transaction.atomic
def post_archive(*, post: Post) -> Post:
    """Take a post out of lists and feeds; its page stays, marked as archived."""
    if post.status in UNPUBLISHED:
        raise ValueError("A draft was never out, so it cannot be archived.")
    post.status = Status.ARCHIVED
    post.save(update_fields=["status", "updated_at"])
    return post
