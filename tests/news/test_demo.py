"""The demo news: loaded twice without duplicates, in three languages, linked by slug."""

import pytest
from django.utils import translation

from demo import news as demo
from news.models import Category, Post, Status
from tests.news.helpers import riga

pytestmark = pytest.mark.django_db


def load_everything():
    from demo import branches, languages, services, topics

    with translation.override("lv"):
        for module in (languages, topics, branches, services, demo):
            module.load()


def test_loading_twice_duplicates_nothing():
    load_everything()
    first = (Post.objects.count(), Category.objects.count(), Post.topics.through.objects.count())
    demo.load()
    assert (Post.objects.count(), Category.objects.count(),
            Post.topics.through.objects.count()) == first  # fmt: skip
    assert first[:2] == (4, 2)


def test_texts_exist_in_all_three_languages():
    load_everything()
    for post in Post.objects.all():
        for field in ("title", "lead", "body"):
            for code in ("lv", "ru", "en"):
                assert getattr(post, f"{field}_{code}"), f"{post.slug} lacks {field}_{code}"


def test_links_are_made_by_slug():
    load_everything()
    opening = Post.objects.get(slug="daugavpils-branch-opens")
    assert [b.slug for b in opening.branches.all()] == ["daugavpils"]
    assert {"individual-consultations", "translation"} <= {s.slug for s in opening.services.all()}
    assert "learning-latvian" in {t.slug for t in opening.topics.all()}


def test_one_post_waits_for_2027_and_the_rest_are_out():
    load_everything()
    scheduled = Post.objects.get(status=Status.SCHEDULED)
    assert scheduled.publish_at == riga(2027, 1, 15, 9, 0)
    in_december = Post.objects.published(now=riga(2026, 12, 1, 0, 0))
    assert scheduled not in in_december and in_december.count() == 3
    assert scheduled in Post.objects.published(now=riga(2027, 1, 15, 9, 0))


def test_loads_alone_without_the_other_demo_content():
    demo.load()
    assert Post.objects.count() == 4
    assert not Post.branches.through.objects.exists()
