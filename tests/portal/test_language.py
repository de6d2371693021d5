"""Language to a native standard: names in sentences, alphabetical order, no doubled words."""

import re

import pytest

from core.collation import sorted_by_name

pytestmark = pytest.mark.django_db


def options(html, name):
    select = re.search(rf'<select id="id_{name}".*?</select>', html, re.S).group(0)
    return [
        re.sub(r"\s*\(\d+\)\s*$", "", label.strip())
        for label in re.findall(r"<option[^>]*>([^<]+)", select)
    ][1:]


@pytest.mark.parametrize("language", ["lv", "ru", "en"])
def test_language_lists_follow_the_alphabet_of_the_page(client, demo, language):
    names = options(client.get(f"/{language}/services/").content.decode(), "language")
    assert names == sorted_by_name(names, language=language)
    if language == "lv":  # ķ is a letter of its own after k, not k with a mark at the end
        assert names.index("Kirgīzu") < names.index("Ķīniešu") < names.index("Latviešu")
    if language == "ru":
        assert names.index("Азербайджанский") < names.index("Английский") < names.index("Узбекский")


@pytest.mark.parametrize(
    ("language", "expected"),
    [("lv", "Valodas: angļu, krievu, latviešu"), ("ru", "Языки: английский, латышский, русский"),
     ("en", "Languages: English, Latvian, Russian")],
)  # fmt: skip
def test_language_names_are_lower_case_inside_sentences(client, demo, language, expected):
    html = " ".join(client.get(f"/{language}/branches/").content.decode().split())
    assert expected in html


@pytest.mark.parametrize("language", ["lv", "ru", "en"])
def test_no_doubled_or_misspelt_phrases_on_service_pages(client, demo, language):
    for slug in ("legal-aid", "translation", "individual-consultations"):
        text = " ".join(client.get(f"/{language}/services/{slug}/").content.decode().split())
        for doubled in (
            "Bez maksas Bez maksas",
            "Бесплатно Бесплатно",
            "Free of charge Free of charge",
        ):
            assert doubled not in text
        assert "video zvan" not in text and "Video zvan" not in text
        assert not re.search(r", (Klātienē|Pa tālruni|E-pastā|Videozvanā|Очно|По телефону)", text)


def test_english_pages_use_day_month_year_and_24_hours(client, demo):
    text = client.get("/en/events/").content.decode()
    assert not re.search(r"\b(a\.m\.|p\.m\.|noon|midnight)\b", text)
    assert not re.search(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\. \d", text)
