"""Every public page under /lv/, /ru/ or /en/, with alternates, canonical and a switcher."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

PAGES = ["home", "contact", "branches:list", "services:list", "services:find_help"]


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("ru-RU,ru;q=0.9,en;q=0.5", "/ru/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("lv,en;q=0.5", "/lv/"),
        ("de-DE", "/en/"),
        ("ar", "/en/"),
        ("uk-UA,uk;q=0.9", "/en/"),
        ("uk-UA,uk;q=0.9,ru;q=0.8", "/ru/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_remembers_the_language_last_chosen(client):
    client.get("/en/", HTTP_ACCEPT_LANGUAGE="ru")
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("page", PAGES)
def test_page_has_lang_alternates_canonical_and_switcher(client, language, page):
    url = reverse(page)
    assert url.startswith(f"/{language}/")
    html = client.get(url).content.decode()
    assert f'<html lang="{language}" dir="ltr">' in html
    for code in ("lv", "ru", "en"):
        alternate = url.replace(f"/{language}/", f"/{code}/", 1)
        assert f'hreflang="{code}" href="http://127.0.0.1{alternate}"' in html
        if code != language:
            assert re.search(rf'<a href="{re.escape(alternate)}"\s+hreflang="{code}"', html)
    assert (
        f'hreflang="x-default" href="http://127.0.0.1{url.replace(f"/{language}/", "/en/", 1)}"'
        in html
    )
    assert f'<link rel="canonical" href="http://127.0.0.1{url}">' in html
    assert 'class="skip-link" href="#main"' in html
    assert '<meta name="description"' in html


def test_switcher_keeps_the_filters_of_the_page(client):
    html = client.get("/en/services/?mode=email").content.decode()
    assert 'href="/ru/services/?mode=email"' in html


def test_unprefixed_pages_redirect_into_a_language(client):
    response = client.get("/branches/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response["Location"] == "/ru/branches/"


def test_no_page_loads_anything_from_another_host(client, language):
    html = client.get(reverse("home")).content.decode()
    for url in re.findall(r'(?:src|href)="(https?://[^"]+)"', html):
        assert url.startswith("http://127.0.0.1") or "<link" not in url
    assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)="https?://(?!127\.0\.0\.1)', html)


def test_switcher_keeps_a_cyrillic_search_intact(client):
    html = client.get("/en/search/", {"q": "Лиепая"}).content.decode()
    assert 'href="/ru/search/?q=%D0%9B%D0%B8%D0%B5%D0%BF%D0%B0%D1%8F"' in html


def test_english_pages_write_day_month_year_and_24_hour_time():
    import datetime as dt

    from django.template.defaultfilters import date, time
    from django.utils import translation

    with translation.override("en"):
        assert date(dt.date(2026, 11, 29), "DATE_FORMAT") == "29 November 2026"
        assert time(dt.time(10, 0)) == "10:00"
        assert time(dt.time(12, 0)) == "12:00"
