"""The Atom feed: one per language, the latest twenty published posts, nothing else."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse
from django.utils import translation

from news.feeds import LatestPostsFeed
from news.models import Status
from tests.factories import PostFactory
from tests.news.helpers import riga

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def test_the_feed_is_in_the_language_of_its_url(client, language):
    post = PostFactory()
    PostFactory(status=Status.DRAFT, title_lv="Melnraksts", title_ru="Черновик", title_en="Draft")
    PostFactory(status=Status.ARCHIVED, title_en="Archived", title_ru="Архив", title_lv="Arhīvs")
    PostFactory(status=Status.SCHEDULED, publish_at=riga(2099, 1, 1, 9, 0), title_en="Future")
    feed = parse(client.get(reverse("news:feed")))
    assert feed.tag == f"{ATOM}feed"
    assert feed.get(XML_LANG) == language
    with translation.override(language):
        assert feed.findtext(f"{ATOM}title") == str(LatestPostsFeed.title)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [getattr(post, f"title_{language}")]
    entry = entries[0]
    link = entry.find(f"{ATOM}link").get("href")
    assert link == f"http://127.0.0.1/{language}/news/{post.slug}/"
    assert entry.findtext(f"{ATOM}summary") == getattr(post, f"lead_{language}")
    assert entry.findtext(f"{ATOM}published").startswith("2026-")


def test_the_feed_holds_the_latest_twenty_newest_first(client):
    posts = PostFactory.create_batch(23)
    feed = parse(client.get("/en/news/feed/"))
    titles = [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")]
    assert titles == [post.title_en for post in reversed(posts)][:20]


def test_the_feed_of_an_empty_newsroom_is_valid(client):
    feed = parse(client.get("/lv/news/feed/"))
    assert feed.findall(f"{ATOM}entry") == []
