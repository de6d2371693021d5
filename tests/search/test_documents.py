"""Search documents stay current; notes, snippets and hints tell the truth; queries stay flat."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.models import Post
from search.indexing import rebuild
from search.models import SearchDocument, Synonym
from search.text import snippet
from tests.factories import BranchFactory, ServiceFactory
from tests.factories.news import PostFactory

pytestmark = pytest.mark.django_db

HINT_QUERIES = ["Liepaja", "Liepāja", "Лиепая"]


def first_hit(response):
    return response.context["groups"][0]["hits"][0]


def test_a_saved_item_is_found_and_a_deleted_one_is_not(client):
    service = ServiceFactory(name_en="Bicycle repair", name_lv="Velosipēdu labošana")
    assert SearchDocument.objects.filter(kind="services", object_id=service.pk).exists()
    assert first_hit(client.get("/ru/search/", {"q": "velosipedu"})).obj == service
    service.name_lv = "Laivu noma"
    service.save()
    assert not client.get("/en/search/", {"q": "velosipedu"}).context["groups"]
    service.delete()
    assert not SearchDocument.objects.filter(kind="services", object_id=service.pk).exists()


def test_hidden_items_are_never_found(client):
    ServiceFactory(name_en="Secret courier", is_published=False)
    BranchFactory(name_en="Closed courier office", is_active=False)
    assert not client.get("/en/search/", {"q": "courier"}).context["groups"]


@pytest.mark.parametrize("ui", ["lv", "ru", "en"])
def test_the_hint_on_the_search_page_is_true(client, demo, ui):
    html = client.get(f"/{ui}/search/").content.decode()
    for query in HINT_QUERIES:
        assert query in html
        assert first_hit(client.get(f"/{ui}/search/", {"q": query})).obj.slug == "liepaja"


def test_a_match_in_another_language_is_noted(client, demo):
    response = client.get("/en/search/", {"q": "Юридическая"})
    hit = first_hit(response)
    assert (hit.title, hit.found_in) == ("Legal aid", "ru")
    html = response.content.decode()
    assert 'class="meta found-in"' in html and '<q lang="ru">Юридическая помощь</q>' in html


def test_an_editor_synonym_is_used_at_once(client, demo):
    assert not client.get("/en/search/", {"q": "solicitor general"}).context["groups"]
    Synonym.objects.create(
        meaning="advice", terms_en="solicitor general", terms_lv="juridiskā palīdzība"
    )
    assert first_hit(client.get("/en/search/", {"q": "solicitor general"})).obj.slug == "legal-aid"


def test_snippets_keep_list_items_and_words_apart():
    html = "<p>Bring:</p><ul><li>your passport</li><li>a photo</li></ul><p>" + "word " * 80 + "</p>"
    text = snippet([html], {"photo"})
    assert "passport · a <mark>photo</mark>" in text
    assert text.endswith(" …") and "wor …" not in text and not text[:-2].endswith(" wor")


def test_search_runs_the_same_number_of_queries_as_content_grows(client, demo):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/en/search/", {"q": "filiale daugavpils"})
            client.get("/en/search/", {"q": "daugavpils", "type": "news"})
        return len(queries)

    before = count()
    for number in range(25):
        PostFactory(title_lv=f"Daugavpils filiāle {number}", title_en=f"Daugavpils branch {number}")
    assert count() == before


# The results page's queries: the synonyms, the one statement that matches and ranks, and
# one read of the items shown per kind shown; a misspelling adds the spelling lookup and a
# second statement. No count grows with the content.
PAGE_QUERIES = {
    "grouped": ({"q": "daugavpils"}, 2 + 4),  # branches, services, events, news
    "one type": ({"q": "daugavpils", "type": "news"}, 2 + 1),
    "misspelt": ({"q": "duagavpils"}, 4 + 4),
}


@pytest.mark.parametrize("posts", [10, 1000])
@pytest.mark.parametrize("page", PAGE_QUERIES)
def test_a_results_page_runs_the_same_queries_for_10_and_1000_posts(
    client, demo, django_assert_num_queries, posts, page
):
    Post.objects.bulk_create(
        PostFactory.build(title_lv=f"Daugavpils filiāle {n}", title_en=f"Daugavpils branch {n}")
        for n in range(posts)
    )
    rebuild()
    params, queries = PAGE_QUERIES[page]
    with django_assert_num_queries(queries):
        response = client.get("/en/search/", params)
    assert response.context["total"] > posts
    assert len(response.context["groups"]) == (1 if "type" in params else 4)
    assert bool(response.context["corrected"]) == (page == "misspelt")
