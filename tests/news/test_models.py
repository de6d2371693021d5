"""Publication rules: a schedule without a background job, and invariants in the database."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from news.actions import post_archive, post_publish
from news.models import Post, Status
from tests.factories import PostFactory
from tests.news.helpers import riga

pytestmark = pytest.mark.django_db

AT = riga(2027, 1, 15, 9, 0)


def test_a_scheduled_post_is_published_from_its_time_on():
    post = PostFactory(status=Status.SCHEDULED, publish_at=AT)
    assert post not in Post.objects.published(now=AT - dt.timedelta(seconds=1))
    assert post in Post.objects.published(now=AT)
    assert post in Post.objects.published(now=AT + dt.timedelta(days=400))


def test_the_default_time_is_the_current_one(freeze):
    post = PostFactory(status=Status.SCHEDULED, publish_at=AT)
    freeze(AT - dt.timedelta(minutes=1))
    assert not Post.objects.published().exists()
    freeze(AT)
    assert list(Post.objects.published()) == [post]


@pytest.mark.parametrize("status", [Status.DRAFT, Status.ARCHIVED])
def test_drafts_and_archived_posts_are_never_in_lists(status):
    PostFactory(status=status, publish_at=riga(2020, 1, 1, 0, 0))
    assert not Post.objects.published(now=AT).exists()


def test_archived_posts_keep_a_page_but_drafts_do_not():
    archived = PostFactory(status=Status.ARCHIVED, publish_at=riga(2020, 1, 1, 0, 0))
    PostFactory(status=Status.DRAFT, publish_at=riga(2020, 1, 1, 0, 0))
    assert list(Post.objects.visible(now=AT)) == [archived]


@pytest.mark.parametrize("status", [Status.SCHEDULED, Status.PUBLISHED, Status.ARCHIVED])
def test_the_database_refuses_a_post_out_without_a_time(status):
    with pytest.raises(IntegrityError), transaction.atomic():
        PostFactory(status=status, publish_at=None)


def test_a_draft_may_wait_without_a_time():
    assert PostFactory(status=Status.DRAFT, publish_at=None).pk


def test_the_database_refuses_a_cover_without_a_description():
    post = PostFactory(cover_alt_lv="")
    with pytest.raises(IntegrityError), transaction.atomic():
        Post.objects.filter(pk=post.pk).update(cover="news/2026/photo.jpg")


def test_publish_now_keeps_the_first_time_of_a_post_that_was_out():
    first = riga(2024, 5, 1, 10, 0)
    post = post_publish(post=PostFactory(status=Status.ARCHIVED, publish_at=first), now=AT)
    assert (post.status, post.publish_at) == (Status.PUBLISHED, first)


def test_publish_now_brings_a_scheduled_post_forward():
    post = post_publish(
        post=PostFactory(status=Status.SCHEDULED, publish_at=AT), now=AT - dt.timedelta(days=3)
    )
    post.refresh_from_db()
    assert (post.status, post.publish_at) == (Status.PUBLISHED, AT - dt.timedelta(days=3))


def test_a_draft_cannot_be_archived():
    with pytest.raises(ValueError):
        post_archive(post=PostFactory(status=Status.DRAFT, publish_at=None))


def test_publish_now_dates_a_draft_now_even_with_an_old_time_on_it():
    old = riga(2026, 1, 5, 10, 0)
    post = post_publish(post=PostFactory(status=Status.DRAFT, publish_at=old), now=AT)
    assert post.publish_at == AT
