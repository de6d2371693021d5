"""The news list: filters in the URL, calm answers to bad input, a fixed number of queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import BranchFactory, NewsCategoryFactory, PostFactory
from tests.news.checks import page_problems
from tests.news.helpers import slugs, text

pytestmark = pytest.mark.django_db


def test_list_shows_published_posts_newest_first_in_each_language(client, language, newsroom):
    response = client.get(reverse("news:list"))
    assert response.status_code == 200
    assert slugs(response) == ["both", "dialogue", "opening"]
    html = text(response)
    assert getattr(newsroom["both"], f"title_{language}") in html
    assert '<time datetime="2026-03-01T10:00:00+02:00">' in html
    assert page_problems(response.content.decode()) == []


def test_list_links_to_the_feed(client, newsroom):
    html = text(client.get("/ru/news/"))
    assert 'type="application/atom+xml" href="/ru/news/feed/"' in html
    assert '<a href="/ru/news/feed/" type="application/atom+xml">' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"category": "agency-news"}, ["both", "opening"]),
        ({"category": "integration-events"}, ["both", "dialogue"]),
        ({"branch": "daugavpils"}, ["both", "opening"]),
        ({"branch": "riga", "category": "agency-news"}, ["both"]),
        ({"year": "2025"}, ["opening"]),
        ({"year": "2026", "branch": "riga"}, ["both", "dialogue"]),
    ],
)
def test_filters(client, newsroom, query, expected):
    response = client.get(reverse("news:list"), query)
    assert response.status_code == 200
    assert slugs(response) == expected


def test_the_year_offers_only_years_with_published_posts(client, newsroom):
    response = client.get(reverse("news:list"))
    year = next(f for f in response.context["facets"] if f["name"] == "year")
    assert [option["value"] for option in year["options"]] == ["2026", "2025"]


def test_every_filter_has_a_label_and_keeps_its_value(client, newsroom):
    html = text(client.get(reverse("news:list"), {"branch": "riga", "year": "2026"}))
    for name in ("category", "branch", "year"):
        assert f'<label for="id_{name}">' in html
    assert '<option value="riga" selected>' in html.replace("> ", ">").replace(" <", "<")
    assert '<option value="2026" selected>' in html.replace("> ", ">").replace(" <", "<")


@pytest.mark.parametrize(
    "query",
    [
        {"category": "no-such-category"},
        {"category": "<script>alert(1)</script>"},
        {"branch": "atlantis"},
        {"year": "abc"},
        {"year": "99999999999999999999"},
        {"year": "-1"},
        {"year": "1999"},
        {"year": "2026.0"},
        {"page": "abc"},
        {"page": "99999999999999999999"},
        {"category": "9" * 400},
    ],
)
def test_bad_filter_input_is_a_calm_4xx_never_a_500(client, newsroom, query):
    response = client.get(reverse("news:list"), query)
    assert 400 <= response.status_code < 500
    assert "<script>alert" not in response.content.decode()
    if response.status_code == 400:
        assert 'aria-invalid="true"' in response.content.decode()
        assert page_problems(response.content.decode()) == []


def test_repeated_parameters_use_one_value(client, newsroom):
    response = client.get("/en/news/?year=2025&year=2026&category=agency-news&category=x")
    assert response.status_code in (200, 400)
    response = client.get("/en/news/?year=2025&year=2026")
    assert response.status_code == 200
    assert slugs(response) == ["both", "dialogue"]


def test_the_list_is_paginated_by_ten(client):
    PostFactory.create_batch(12)
    first, second = client.get("/en/news/"), client.get("/en/news/", {"page": 2})
    assert (len(slugs(first)), len(slugs(second))) == (10, 2)
    assert 'rel="next"' in first.content.decode()


def test_the_list_runs_the_same_number_of_queries_for_3_and_30_posts(client):
    category, branch = NewsCategoryFactory(), BranchFactory(slug="riga")

    def add(count):
        for _ in range(count):
            PostFactory(categories=[category, NewsCategoryFactory()], branches=[branch])

    def count(query):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("news:list"), query).status_code == 200
        return len(queries)

    add(3)
    client.get(reverse("news:list"))  # Warm up what is cached once per process.
    few = [count({}), count({"branch": "riga", "year": "2026"})]
    add(27)
    assert [count({}), count({"branch": "riga", "year": "2026"})] == few
    assert few[0] <= 8
