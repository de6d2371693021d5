"""A post's page: what it shows, archived notice, safe rich text, JSON-LD, the schedule."""

import datetime as dt
import json
import re

import pytest
from django.urls import reverse

from news.models import Post, Status
from tests.factories import PostFactory, ServiceFactory, TopicFactory
from tests.news.checks import page_problems
from tests.news.helpers import riga, slugs, text

pytestmark = pytest.mark.django_db


def test_drafts_and_future_posts_are_404(client, newsroom):
    for slug in ("draft", "future", "no-such-post"):
        assert client.get(reverse("news:detail", kwargs={"slug": slug})).status_code == 404


def test_archived_posts_are_not_listed_but_their_page_says_archived(client, language, newsroom):
    assert "archived" not in slugs(client.get(reverse("news:list")))
    response = client.get(newsroom["archived"].get_absolute_url())
    assert response.status_code == 200
    assert 'id="archived-notice"' in response.content.decode()


def test_published_pages_carry_no_archived_notice(client, newsroom):
    html = client.get(newsroom["both"].get_absolute_url()).content.decode()
    assert 'id="archived-notice"' not in html


def test_detail_shows_everything_in_each_language(client, language, newsroom):
    topic = TopicFactory(slug="residence-permits")
    service = ServiceFactory(slug="translation")
    post = newsroom["both"]
    post.topics.add(topic)
    post.services.add(service)
    response = client.get(post.get_absolute_url())
    assert response.status_code == 200
    html = text(response)
    assert f">{getattr(post, f'title_{language}')}</h1>" in html
    assert getattr(post, f"lead_{language}") in html
    assert '<time datetime="2026-03-01T10:00:00+02:00">' in html
    assert f'href="/{language}/news/?category=agency-news"' in html
    assert f'href="/{language}/branches/riga/"' in html
    assert f'href="/{language}/services/translation/"' in html
    assert page_problems(response.content.decode()) == []


def test_detail_has_news_article_json_ld(client, language, newsroom):
    post = newsroom["both"]
    html = client.get(post.get_absolute_url()).content.decode()
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(found.group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == getattr(post, f"title_{language}")
    assert data["inLanguage"] == language
    assert data["datePublished"].startswith("2026-03-01T08:00:00")
    assert data["url"] == f"http://127.0.0.1/{language}/news/both/"


def test_related_posts_share_a_topic_or_category_at_most_three(client, newsroom):
    topic = TopicFactory()
    post = newsroom["opening"]  # agency-news
    on_topic = PostFactory(slug="on-topic", topics=[topic])
    post.topics.add(topic)
    PostFactory(slug="unrelated")
    PostFactory(slug="more-agency", categories=[newsroom["opening"].categories.first()])
    related = client.get(post.get_absolute_url()).context["related_posts"]
    slugs_ = [p.slug for p in related]
    assert len(slugs_) == 3
    assert "opening" not in slugs_ and "unrelated" not in slugs_
    assert not {"draft", "future", "archived"} & set(slugs_)
    assert set(slugs_) <= {"both", "more-agency", on_topic.slug}


HOSTILE = (
    '<p>Hello</p><script>alert("x")</script>'
    '<img src="x" onerror="alert(1)">'
    '<a href="javascript:alert(2)">click</a>'
    '<iframe src="https://evil.example/"></iframe>'
    '<p style="position:fixed;top:0" onclick="alert(3)">styled</p>'
    '<a href="https://example.lv/" onmouseover="alert(4)">ok link</a>'
)
DANGEROUS = ("<script>alert", "alert(", "onerror", "javascript:", "<iframe", "position:fixed",
             "onclick", "onmouseover")  # fmt: skip


def test_hostile_rich_text_is_sanitised_in_the_database_and_on_the_page(client, language):
    post = PostFactory(body_lv=HOSTILE, body_ru=HOSTILE, body_en=HOSTILE)
    stored = Post.objects.values("body_lv", "body_ru", "body_en").get(pk=post.pk)
    for value in stored.values():
        assert "<p>Hello</p>" in value and "ok link" in value
        for needle in DANGEROUS:
            assert needle not in value
    html = client.get(post.get_absolute_url()).content.decode()
    assert "<p>Hello</p>" in html
    assert '<a href="https://example.lv/" rel="noopener noreferrer">ok link</a>' in html
    for needle in DANGEROUS:
        assert needle not in html


def test_rich_text_stored_past_the_sanitiser_is_cleaned_on_output(client):
    post = PostFactory()
    Post.objects.filter(pk=post.pk).update(body_en=HOSTILE)  # as if written before a rule change
    html = client.get(f"/en/news/{post.slug}/").content.decode()
    for needle in DANGEROUS:
        assert needle not in html


def test_titles_are_escaped(client):
    post = PostFactory(title_en="<b>Bold</b> & <script>x</script>")
    html = client.get(f"/en/news/{post.slug}/").content.decode()
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;" in html
    assert "<script>x</script>" not in html


def test_a_post_without_russian_text_falls_back_and_says_so(client):
    post = PostFactory(title_ru="", lead_ru="", body_ru="")
    html = client.get(f"/ru/news/{post.slug}/").content.decode()
    assert f'<h1 lang="lv">{post.title_lv}</h1>' in html
    assert 'role="note"' in html


def test_the_sitemap_lists_published_posts_only(newsroom):
    from news.sitemaps import PostSitemap

    assert sorted(p.slug for p in PostSitemap().items()) == ["both", "dialogue", "opening"]


def test_a_scheduled_post_appears_on_the_site_at_its_time(client, freeze):
    at = riga(2027, 1, 15, 9, 0)
    post = PostFactory(slug="training-days", status=Status.SCHEDULED, publish_at=at)
    freeze(at - dt.timedelta(minutes=1))
    assert client.get(post.get_absolute_url()).status_code == 404
    assert "training-days" not in slugs(client.get(reverse("news:list")))
    freeze(at)
    assert client.get(post.get_absolute_url()).status_code == 200
    assert "training-days" in slugs(client.get(reverse("news:list")))
