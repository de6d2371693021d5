import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ServiceFactory
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
    assert list(response.context["services"]) == [on_topic]


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
