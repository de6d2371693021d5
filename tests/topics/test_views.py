import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import EventFactory, MaterialFactory, PostFactory, ServiceFactory
from topics.models import Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def topic():
    return Topic.objects.create(
        slug="learning-latvian",
        name_lv="Latviešu valodas apguve",
        name_ru="Изучение латышского языка",
        name_en="Learning Latvian",
    )


def test_topic_list_in_each_language(client, language, topic):
    html = client.get(f"/{language}/topics/").content.decode()
    expected = {"lv": "Latviešu valodas apguve", "ru": "Изучение латышского языка",
                "en": "Learning Latvian"}  # fmt: skip
    assert expected[language] in html


def test_topic_page_gathers_the_services_on_it(client, language, topic):
    on_topic = ServiceFactory(name_en="Latvian courses")
    on_topic.topics.add(topic)
    ServiceFactory(name_en="Unrelated")
    response = client.get(topic.get_absolute_url())
    assert response.status_code == 200
    assert response.context["sections"]["services"]["first"] == [on_topic]


def news_links(html):
    return re.findall(r'<a href="/en/news/([^/]+)/"', html)


def test_topic_page_shows_the_six_newest_of_a_kind_and_links_to_all_of_them(client, topic):
    posts = [PostFactory(topics=[topic]) for _ in range(7)]  # each newer than the one before
    PostFactory()  # on no topic
    html = client.get("/en/topics/learning-latvian/").content.decode()
    assert news_links(html) == [post.slug for post in reversed(posts[1:])]
    assert '<a href="/en/topics/learning-latvian/news/">All news on this topic</a>' in html


def test_topic_page_has_no_link_to_more_when_it_shows_everything(client, topic):
    PostFactory.create_batch(6, topics=[topic])
    MaterialFactory(topics=[topic])
    EventFactory(topics=[topic])
    html = client.get("/en/topics/learning-latvian/").content.decode()
    assert len(news_links(html)) == 6
    assert "/en/topics/learning-latvian/news/" not in html
    assert "/en/topics/learning-latvian/materials/" not in html


def test_a_section_page_lists_everything_of_its_kind_on_the_topic_page_by_page(client, topic):
    posts = [PostFactory(topics=[topic]) for _ in range(23)]
    PostFactory()  # on no topic
    first = client.get("/en/topics/learning-latvian/news/")
    second = client.get("/en/topics/learning-latvian/news/", {"page": 2})
    assert first.status_code == second.status_code == 200
    shown = news_links(first.content.decode()) + news_links(second.content.decode())
    assert shown == [post.slug for post in reversed(posts)]
    html = first.content.decode()
    assert "<h1>Learning Latvian</h1>\n    <h2>News</h2>" in html
    assert '<a href="/en/topics/learning-latvian/">Learning Latvian</a>' in html
    assert 'rel="next"' in html


@pytest.mark.parametrize(
    ("section", "factory"),
    [("services", ServiceFactory), ("events", EventFactory), ("materials", MaterialFactory)],
)
def test_every_section_has_its_page(client, topic, section, factory):
    on_topic, elsewhere = factory(), factory()
    on_topic.topics.add(topic)
    html = client.get(f"/ru/topics/learning-latvian/{section}/").content.decode()
    assert f'href="/ru/{section}/{on_topic.slug}/"' in html
    assert f'href="/ru/{section}/{elsewhere.slug}/"' not in html


def test_an_empty_section_says_so(client, topic):
    html = client.get("/en/topics/learning-latvian/events/").content.decode()
    assert "There is nothing of this kind on this topic yet." in html


def test_an_unknown_section_or_topic_is_404(client, topic):
    assert client.get("/en/topics/learning-latvian/recipes/").status_code == 404
    assert client.get("/en/topics/nothing/news/").status_code == 404


def test_topic_page_queries_stay_constant(client, topic):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get(topic.get_absolute_url())
        return len(queries)

    ServiceFactory.create_batch(2)
    for service in ServiceFactory._meta.model.objects.all():
        service.topics.add(topic)
    few = count()
    for service in ServiceFactory.create_batch(20):
        service.topics.add(topic)
    assert count() == few


def test_unknown_topic_is_404(client):
    assert client.get("/lv/topics/nothing/").status_code == 404
