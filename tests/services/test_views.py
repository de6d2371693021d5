import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from services.models import Availability
from tests.factories import (
    BranchFactory,
    BranchServiceFactory,
    CategoryFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue():
    """Two branches, two categories and four services with different reach."""
    riga = BranchFactory(slug="riga")
    liepaja = BranchFactory(slug="liepaja")
    legal = CategoryFactory(slug="legal-aid")
    language = CategoryFactory(slug="learning-latvian")
    lawyer = ServiceFactory(slug="lawyer", category=legal, name_en="Legal aid")
    course = ServiceFactory(slug="course", category=language)
    translation = ServiceFactory(slug="translation", category=language)
    protection_only = ServiceFactory(
        slug="protection-only", category=legal, for_third_country_nationals=False
    )
    BranchServiceFactory(branch=riga, service=lawyer, in_person=False, by_video=True)
    BranchServiceFactory(branch=riga, service=course, by_email=True)
    BranchServiceFactory(branch=liepaja, service=course, by_email=True)
    BranchServiceFactory(
        branch=liepaja, service=translation, languages=["lv", "ru", "en", "uk", "ar"]
    )
    return {"lawyer": lawyer, "course": course, "translation": translation,
            "protection_only": protection_only}  # fmt: skip


def slugs(response):
    return sorted(service.slug for service in response.context["services"])


def facet(response, name):
    found = next(f for f in response.context["facets"] if f["name"] == name)
    return {option["value"]: option["count"] for option in found["options"]}


def test_catalogue_lists_everything_in_each_language(client, language, catalogue):
    response = client.get(reverse("services:list"))
    assert response.status_code == 200
    assert slugs(response) == ["course", "lawyer", "protection-only", "translation"]
    assert "Услуга" in response.content.decode() if language == "ru" else True


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"branch": "riga"}, ["course", "lawyer"]),
        ({"branch": "liepaja", "category": "learning-latvian"}, ["course", "translation"]),
        ({"language": "ar"}, ["translation"]),
        ({"mode": "video"}, ["lawyer"]),
        ({"mode": "email"}, ["course"]),
        ({"eligibility": "third_country"}, ["course", "lawyer", "translation"]),
        ({"eligibility": "protection"}, ["course", "lawyer", "protection-only", "translation"]),
    ],
)
def test_filters(client, catalogue, query, expected):
    assert slugs(client.get(reverse("services:list"), query)) == expected


def test_counts_per_value_follow_the_other_filters(client, catalogue):
    response = client.get(reverse("services:list"), {"branch": "riga"})
    assert facet(response, "category") == {"legal-aid": 1, "learning-latvian": 1}
    assert facet(response, "branch") == {"riga": 2, "liepaja": 2}
    assert facet(response, "mode")["video"] == 1
    assert facet(response, "language")["ar"] == 0


def test_filter_state_lives_in_the_url_and_the_form(client, catalogue):
    html = client.get(reverse("services:list"), {"branch": "riga"}).content.decode()
    assert '<option value="riga" selected>' in html.replace("\n", "").replace("  ", "")


def test_each_service_is_listed_once_even_at_several_branches(client, catalogue):
    response = client.get(reverse("services:list"), {"category": "learning-latvian"})
    assert slugs(response) == ["course", "translation"]


@pytest.mark.parametrize(
    "query",
    [
        {"branch": "atlantis"},
        {"category": "<script>"},
        {"language": "xx"},
        {"mode": "pigeon"},
        {"eligibility": "everyone"},
        {"page": "abc"},
        {"language": "9" * 400},
    ],
)
def test_bad_filter_input_is_a_calm_4xx_never_a_500(client, catalogue, query):
    response = client.get(reverse("services:list"), query)
    assert 400 <= response.status_code < 500
    if response.status_code == 400:
        assert "<script>" not in response.content.decode()
        assert response.context["facets"]


def test_bad_filter_input_shows_a_translated_error(client, catalogue):
    response = client.get("/ru/services/", {"branch": "atlantis"})
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()
    assert "Выберите" in response.content.decode()


def test_repeated_parameters_use_one_value(client, catalogue):
    response = client.get("/en/services/?branch=riga&branch=liepaja")
    assert response.status_code == 200
    assert slugs(response) == ["course", "translation"]


def test_catalogue_runs_the_same_number_of_queries_as_it_grows(client, catalogue):
    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get(reverse("services:list"), {"branch": "riga", "mode": "in_person"})
        return len(queries)

    few = count()
    for _ in range(30):
        BranchServiceFactory(branch=catalogue["lawyer"].offers.first().branch)
    assert count() == few


def test_detail_shows_eligibility_languages_and_branches(client, language, catalogue):
    service = catalogue["translation"]
    response = client.get(service.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert {"lv": "ES", "ru": "ЕС", "en": "EU"}[language] in html
    assert {"lv": "arābu", "ru": "арабский", "en": "Arabic"}[language] in html
    assert "liepaja" in html


def test_planned_service_shows_its_expected_date(client):
    service = ServiceFactory(
        availability=Availability.PLANNED, expected_from=dt.date(2027, 3, 1), name_en="Psychologist"
    )
    html = client.get(f"/en/services/{service.slug}/").content.decode()
    assert "planned" in html.lower()
    assert "2027" in html


def test_find_help_matches_place_need_and_language(client, catalogue):
    response = client.get(
        reverse("services:find_help"),
        {"branch": "liepaja", "category": "learning-latvian", "language": "ar"},
    )
    assert response.status_code == 200
    assert slugs(response) == ["translation"]
    assert [branch.slug for branch in response.context["branches"]] == ["liepaja"]


def test_find_help_counts_an_interpreter_as_a_way_to_your_language(client, catalogue):
    catalogue["course"].interpreter_available = True
    catalogue["course"].save()
    response = client.get(reverse("services:find_help"), {"language": "ar"})
    assert slugs(response) == ["course", "translation"]


def test_find_help_answers_twenty_services_a_page_and_where_to_go_covers_them_all(client):
    daugavpils = BranchFactory(slug="daugavpils")
    riga = BranchFactory(slug="riga")
    for n in range(21):  # in catalogue order: the last one is on the second page
        BranchServiceFactory(branch=riga if n < 20 else daugavpils, service__position=n)
    first = client.get(reverse("services:find_help"), {"language": "ru"})
    second = client.get(reverse("services:find_help"), {"language": "ru", "page": 2})
    assert (len(first.context["answers"]), len(second.context["answers"])) == (20, 1)
    assert second.context["answers"][0][1][0]["branch"] == daugavpils
    for response in (first, second):
        assert [branch.slug for branch in response.context["branches"]] == ["daugavpils", "riga"]
    assert 'rel="next"' in first.content.decode()


def test_find_help_before_answers_shows_only_the_questions(client, language, catalogue):
    response = client.get(reverse("services:find_help"))
    assert response.status_code == 200
    assert not response.context["answered"]
    assert response.content.decode().count("<select") == 3


def test_category_counts_add_up_services_of_the_same_category(client, catalogue):
    for _ in range(3):
        ServiceFactory(category=catalogue["lawyer"].category)
    response = client.get(reverse("services:list"))
    assert facet(response, "category") == {"legal-aid": 5, "learning-latvian": 2}
