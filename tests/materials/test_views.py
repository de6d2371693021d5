import re
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from materials.sitemaps import MaterialSitemap
from tests.factories import MaterialFactory, TopicFactory

pytestmark = pytest.mark.django_db

UKRAINIAN = {"lv": "ukraiņu", "ru": "украинский", "en": "Ukrainian"}
ARABIC = {"lv": "arābu", "ru": "арабский", "en": "Arabic"}


@pytest.fixture
def library():
    """Three published materials on two topics in five languages, and one draft."""
    permits = TopicFactory(slug="residence-permits")
    latvian = TopicFactory(slug="learning-latvian")
    leaflet = MaterialFactory(
        slug="leaflet", pdf=True, languages=["lv", "ru", "en", "uk", "ar"], topics=[permits]
    )
    guide = MaterialFactory(
        slug="guide", url="https://www.example.lv/first-steps", languages=["lv", "en"],
        topics=[permits, latvian],
    )  # fmt: skip
    courses = MaterialFactory(slug="courses", languages=["lv"], topics=[latvian])
    MaterialFactory(slug="draft", publication="draft", languages=["de"], topics=[permits])
    return {"leaflet": leaflet, "guide": guide, "courses": courses}


def slugs(response):
    return sorted(material.slug for material in response.context["materials"])


def facet(response, name):
    found = next(f for f in response.context["facets"] if f["name"] == name)
    return {option["value"]: option["count"] for option in found["options"]}


def text(response):
    return re.sub(r"\s+", " ", response.content.decode())


def test_list_shows_every_published_material_in_each_language(client, language, library):
    response = client.get(reverse("materials:list"))
    assert response.status_code == 200
    assert slugs(response) == ["courses", "guide", "leaflet"]
    html = text(response)
    assert library["leaflet"].title in html and library["leaflet"].summary in html
    assert f'{UKRAINIAN[language]} (<bdi lang="uk">українська</bdi>)' in html
    assert f'{ARABIC[language]} (<bdi lang="ar">العربية</bdi>)' in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"topic": "residence-permits"}, ["guide", "leaflet"]),
        ({"topic": "learning-latvian"}, ["courses", "guide"]),
        ({"language": "en"}, ["guide", "leaflet"]),
        ({"language": "ar"}, ["leaflet"]),
        ({"topic": "learning-latvian", "language": "en"}, ["guide"]),
        ({"language": "de"}, []),
        ({"unknown": "ignored"}, ["courses", "guide", "leaflet"]),
    ],
)
def test_filters(client, library, query, expected):
    response = client.get(reverse("materials:list"), query)
    assert response.status_code == 200
    assert slugs(response) == expected


def test_counts_per_value_follow_the_other_filter(client, library):
    response = client.get(reverse("materials:list"), {"topic": "learning-latvian"})
    assert facet(response, "topic") == {"residence-permits": 2, "learning-latvian": 2}
    assert facet(response, "language") == {"lv": 2, "en": 1, "ru": 0, "uk": 0, "ar": 0}


def test_only_languages_of_published_materials_are_offered_unless_chosen(client, library):
    assert "de" not in facet(client.get(reverse("materials:list")), "language")
    assert facet(client.get(reverse("materials:list"), {"language": "de"}), "language")["de"] == 0


def test_filter_state_lives_in_the_url_and_the_form(client, library):
    html = text(client.get(reverse("materials:list"), {"language": "uk"}))
    assert re.search(r'<option value="uk" selected> ?\S+ \(1\) ?</option>', html)
    assert f'href="{reverse("materials:list")}">' in html  # "Clear all choices"


def test_type_and_size_are_shown_before_download(client, library):
    leaflet = library["leaflet"]
    html = text(client.get("/en/materials/"))
    assert f'href="{leaflet.file.url}" download="leaflet.pdf"' in html
    assert f"PDF file, {leaflet.file_size} bytes" in html
    assert 'href="https://www.example.lv/first-steps" rel="external"' in html
    assert "External link to www.example.lv" in html


@pytest.mark.parametrize(
    "query",
    [
        "topic=atlantis",
        "topic=%3Cscript%3Ealert(1)%3C/script%3E",
        "language=xx",
        "language=" + "9" * 5000,
        "topic=permits%00",
        "topic=residence-permits&topic=learning-latvian",
        "language=en&language=en",
    ],
)
def test_bad_filter_input_is_a_400_with_the_form_error(client, library, query):
    response = client.get(f"/ru/materials/?{query}")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-invalid="true"' in html and 'class="field-error"' in html
    assert "<script>" not in html
    assert response.context["facets"]


@pytest.mark.parametrize("query", ["page=abc", "page=99", "page=" + "9" * 400])
def test_a_bad_page_is_a_404_never_a_500(client, library, query):
    assert client.get(f"/en/materials/?{query}").status_code == 404


def test_the_list_runs_the_same_number_of_queries_as_it_grows(client):
    topic = TopicFactory(slug="residence-permits")

    def add(count):
        for _ in range(count):
            MaterialFactory(languages=["lv", "uk"], topics=[topic])
            MaterialFactory(pdf=True, languages=["ar"], topics=[topic])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/lv/materials/", {"topic": "residence-permits"})
        assert response.status_code == 200
        return len(captured)

    add(3)
    few = queries()
    add(27)
    assert queries() == few


def test_the_list_is_paginated_by_twenty(client):
    for _ in range(21):
        MaterialFactory()
    assert len(client.get("/en/materials/").context["materials"]) == 20
    assert len(client.get("/en/materials/?page=2").context["materials"]) == 1


def test_detail_of_a_file_offers_the_download_with_its_facts(client, language, library):
    leaflet = library["leaflet"]
    response = client.get(leaflet.get_absolute_url())
    assert response.status_code == 200
    html = text(response)
    assert f"<h1>{leaflet.title}</h1>" in html
    assert f'href="{leaflet.file.url}" download="leaflet.pdf"' in html.replace(
        'class="button" ', ""
    )
    assert UKRAINIAN[language] in html and 'lang="ar"' in html
    assert f'href="/{language}/materials/?topic=residence-permits"' in html


def test_detail_of_a_link_is_marked_external(client, library):
    html = text(client.get(library["guide"].get_absolute_url()))
    assert 'href="https://www.example.lv/first-steps" rel="external"' in html
    assert "download=" not in html


def test_a_draft_is_not_shown(client, library):
    assert client.get("/en/materials/draft/").status_code == 404


def test_sitemap_lists_published_materials_in_every_language(library):
    site = SimpleNamespace(domain="127.0.0.1")
    locations = {url["location"] for url in MaterialSitemap().get_urls(site=site, protocol="http")}
    assert {
        f"http://127.0.0.1/{code}/materials/leaflet/" for code in ("lv", "ru", "en")
    } <= locations
    assert not any("draft" in location for location in locations)


def test_text_missing_in_the_ui_language_is_shown_in_latvian_and_marked(client):
    material = MaterialFactory(
        slug="only-lv", title_lv="Tikai latviski", title_ru="", title_en="", summary_en=""
    )
    listing = text(client.get("/en/materials/"))
    assert 'lang="lv">Tikai latviski</a>' in listing
    assert '<p lang="lv">Īss apraksts</p>' in listing
    detail = text(client.get(f"/en/materials/{material.slug}/"))
    assert '<h1 lang="lv">Tikai latviski</h1>' in detail
    assert 'role="note"' in detail
