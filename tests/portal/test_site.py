"""Health check, robots, sitemap, error pages and the admin's offline assets."""

import pytest
from django.db import DatabaseError
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_healthz_is_ok_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_is_503_when_the_database_does_not(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise DatabaseError("connection refused")

    monkeypatch.setattr("portal.views.connection.cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_robots_txt_points_at_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://127.0.0.1/sitemap.xml" in body
    assert "Disallow: /lv/admin/" in body


@pytest.mark.parametrize(
    ("language", "text"),
    [("lv", "Lapa nav atrasta"), ("ru", "Страница не найдена"), ("en", "Page not found")],
)
def test_404_is_translated(client, language, text):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    assert text in response.content.decode()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("lv", "Kaut kas nogāja greizi"),
        ("ru", "Что-то пошло не так"),
        ("en", "Something went wrong"),
    ],
)
def test_500_is_translated_and_standalone(client, language, text, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("portal.views.HomeView.get_context_data", explode)
    client.raise_request_exception = False
    with override_settings(DEBUG=False):
        response = client.get(f"/{language}/")
    assert response.status_code == 500
    assert text in response.content.decode()
    assert f'lang="{language}"' in response.content.decode()


def test_admin_loads_jquery_ui_from_static_not_a_cdn(admin_client):
    admin_client.defaults["HTTP_HOST"] = "127.0.0.1"
    html = admin_client.get("/lv/admin/branches/branch/add/").content.decode()
    assert "vendor/jquery-ui/jquery-ui.min.js" in html
    assert "googleapis" not in html and "cdn" not in html.lower()


def test_sitemap_lists_every_page_in_every_language_with_alternates(client):
    from xml.etree import ElementTree

    from django.core.management import call_command

    call_command("load_demo", verbosity=0)
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = {url.findtext("s:loc", namespaces=ns) for url in root.findall("s:url", ns)}
    for code in ("lv", "ru", "en"):
        for path in ("", "branches/daugavpils/", "services/legal-aid/", "news/",
                     "events/dialogue-platform-2027-01/", "materials/agency-services-leaflet/",
                     "topics/health/", "accessibility/"):  # fmt: skip
            assert f"http://127.0.0.1/{code}/{path}" in locations
    first = root.find("s:url", ns)
    hreflangs = {link.get("hreflang") for link in first.findall("x:link", ns)}
    assert hreflangs == {"lv", "ru", "en", "x-default"}


def test_every_page_has_open_graph_tags(client, language):
    html = client.get(f"/{language}/branches/").content.decode()
    for tag in ("og:title", "og:type", "og:url", "og:locale", "og:site_name"):
        assert f'property="{tag}"' in html


@pytest.mark.parametrize(
    ("language", "text"),
    [("lv", "Veidlapas derīgums ir beidzies"), ("ru", "Срок действия формы истёк"),
     ("en", "The form has expired")],
)  # fmt: skip
def test_an_expired_form_gets_a_translated_403(language, text):
    from django.test import Client

    from tests.factories import EventFactory

    event = EventFactory(form=True)
    client = Client(enforce_csrf_checks=True, HTTP_HOST="127.0.0.1")
    response = client.post(f"/{language}/events/{event.slug}/", {"name": "A", "email": "a@b.lv"})
    assert response.status_code == 403
    assert text in response.content.decode()
    assert f'lang="{language}"' in response.content.decode()


def test_a_bad_host_gets_a_calm_400(client):
    client.raise_request_exception = False
    response = client.get("/lv/", HTTP_HOST="exa mple..com<")
    assert response.status_code == 400
    assert (
        "Something went wrong" in response.content.decode()
        or "Kaut kas" in response.content.decode()
    )
