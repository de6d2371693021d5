"""Drafts and review: staff preview a draft in each language as the public will see it."""

import pytest

from core.models import Publication
from news.models import Post, Status
from tests.factories import EventFactory, MaterialFactory, PostFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def drafts(db):
    return {
        "news/post": PostFactory(status=Status.REVIEW, publish_at=None),
        "events/event": EventFactory(publication=Publication.DRAFT),
        "materials/material": MaterialFactory(publication=Publication.REVIEW),
    }


@pytest.mark.parametrize("path", ["news/post", "events/event", "materials/material"])
def test_a_draft_is_hidden_from_the_public_and_previewed_by_staff(
    client, admin_user, drafts, path, language
):
    obj = drafts[path]
    assert client.get(obj.get_absolute_url()).status_code == 404
    client.force_login(admin_user)
    change = client.get(f"/lv/admin/{path}/{obj.pk}/change/").content.decode()
    assert f'href="/{language}/admin/{path}/{obj.pk}/preview/"' in change
    response = client.get(f"/{language}/admin/{path}/{obj.pk}/preview/")
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    html = response.content.decode()
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert getattr(obj, f"title_{language}") in html
    assert client.post(f"/{language}/admin/{path}/{obj.pk}/preview/").status_code == 405


def test_the_preview_is_for_staff_only(client, drafts):
    post = drafts["news/post"]
    response = client.get(f"/ru/admin/news/post/{post.pk}/preview/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_only_those_who_may_publish_can_choose_published(client, make_person, drafts):
    editor = make_person("coordinator")
    editor.groups.first().permissions.remove(
        *editor.groups.first().permissions.filter(codename="publish_post")
    )
    client.force_login(editor)
    post = drafts["news/post"]
    html = client.get(f"/lv/admin/news/post/{post.pk}/change/").content.decode()
    assert 'value="review"' in html and 'value="published"' not in html
    assert "publish_now" not in client.get("/lv/admin/news/post/").content.decode()


def test_a_coordinator_publishes_from_the_list(client, make_person, drafts):
    client.force_login(make_person("coordinator"))
    post = drafts["news/post"]
    client.post("/lv/admin/news/post/", {"action": "publish_now", "_selected_action": [post.pk]})
    assert Post.objects.get(pk=post.pk).status == Status.PUBLISHED
    assert client.get(post.get_absolute_url()).status_code == 200
