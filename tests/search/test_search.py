"""Search finds things however they are typed, in the current language, and never fails."""

import pytest

pytestmark = pytest.mark.django_db


def titles(response, kind=None):
    return [
        hit.title
        for group in response.context["groups"]
        if kind is None or group["source"].key == kind
        for hit in group["hits"]
    ]


@pytest.mark.parametrize("query", ["Liepaja", "liepāja", "LIEPAJA", "liepajas"])
def test_finds_liepaja_typed_any_way(client, demo, query):
    response = client.get("/lv/search/", {"q": query})
    assert response.status_code == 200
    assert "Liepājas filiāle" in titles(response, "branches")


def test_finds_legal_aid_without_latvian_letters(client, demo):
    response = client.get("/lv/search/", {"q": "juridiska palidziba"})
    assert titles(response, "services")[0] == "Juridiskā palīdzība"


def test_finds_daugavpils_in_cyrillic_on_the_russian_site(client, demo):
    response = client.get("/ru/search/", {"q": "Даугавпилс"})
    assert any("Даугавпилс" in title for title in titles(response, "branches"))


def test_finds_a_service_from_a_misspelling_one_letter_off(client, demo):
    response = client.get("/en/search/", {"q": "transaltion"})
    assert any("Translation" in title for title in titles(response, "services"))


def test_titles_rank_above_body_matches(client, demo):
    hits = titles(client.get("/en/search/", {"q": "legal aid"}), "services")
    assert hits[0] == "Legal aid"


def test_results_are_in_the_current_language_with_highlights(client, demo):
    response = client.get("/ru/search/", {"q": "юридическая"})
    html = response.content.decode()
    assert "<mark>" in html
    assert "Юридическая помощь" in titles(response, "services")


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "x" * 5000,
        "' OR 1=1 --",
        "liepaja:* | !",
        "<script>alert(1)</script>",
        "&&&",
        "\x00",
    ],
)
def test_empty_long_and_hostile_queries_get_a_calm_page(client, demo, query):
    response = client.get("/lv/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)" not in response.content.decode()


def test_one_type_is_paginated_and_an_unknown_type_is_400(client, demo):
    response = client.get("/en/search/", {"q": "branch", "type": "branches"})
    assert response.status_code == 200
    assert response.context["page_obj"] is not None
    assert client.get("/en/search/", {"q": "a", "type": "nope"}).status_code == 400


def test_every_page_has_the_search_box(client, demo, language):
    html = client.get(f"/{language}/branches/").content.decode()
    assert 'role="search"' in html and 'name="q"' in html
    assert 'for="site-search-q"' in html
