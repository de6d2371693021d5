"""Ukrainian, switched on by one setting: the main pages in Ukrainian, content from Latvian."""

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import clear_url_caches

pytestmark = pytest.mark.django_db

WITH_UKRAINIAN = [*settings.LANGUAGES, ("uk", "Ukrainian")]
PAGES = [
    "/uk/",
    "/uk/branches/",
    "/uk/branches/daugavpils/",
    "/uk/services/",
    "/uk/services/legal-aid/",
    "/uk/services/find-help/?branch=riga&language=uk",
    "/uk/news/",
    "/uk/events/",
    "/uk/materials/",
    "/uk/topics/",
    "/uk/search/?q=Liepaja",
    "/uk/contact/",
    "/uk/accessibility/",
]


@pytest.fixture
def ukrainian():
    clear_url_caches()
    with override_settings(LANGUAGES=WITH_UKRAINIAN):
        yield
    clear_url_caches()


def test_ukrainian_is_off_by_default(client):
    assert "uk" not in dict(settings.LANGUAGES)
    assert client.get("/uk/").status_code == 404


@pytest.mark.parametrize("path", PAGES)
def test_main_pages_in_ukrainian(client, ukrainian, demo, path):
    response = client.get(path)
    assert response.status_code == 200, path
    html = response.content.decode()
    assert '<html lang="uk"' in html
    assert "Агенція єдиного вікна для іноземців" in html  # the site name, from the uk catalogue
    assert 'hreflang="uk"' in html


def test_content_without_ukrainian_falls_back_to_latvian(client, ukrainian, demo):
    html = client.get("/uk/services/legal-aid/").content.decode()
    assert "Ця сторінка ще недоступна українською мовою." in html
    assert '<h1 lang="lv">Juridiskā palīdzība</h1>' in html


def test_browser_asking_for_ukrainian_is_sent_there(client, ukrainian):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="uk-UA,uk;q=0.9")
    assert response["Location"] == "/uk/"
