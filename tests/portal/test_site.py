"""Health check, robots, sitemap, error pages and the admin's offline assets."""

import re
from urllib.parse import urlsplit
from xml.etree import ElementTree

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
    # Every script and stylesheet comes from this site (a random CSRF token may spell "cdn").
    scripts = re.findall(r'<script\b[^>]*\bsrc="([^"]+)"', html)
    sheets = re.findall(r'<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"', html)
    sheets += re.findall(r'<link\b[^>]*href="([^"]+)"[^>]*rel="stylesheet"', html)
    assert scripts and sheets
    assert [a for a in scripts + sheets if urlsplit(a).netloc or a.startswith("//")] == []


SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def sitemap_index(client):
    """The addresses of the files the sitemap index lists."""
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    return [entry.findtext("s:loc", namespaces=SITEMAP_NS) for entry in root]


def sitemap_urls(client, address):
    """The <url> elements of one sitemap file."""
    response = client.get(address.removeprefix("http://127.0.0.1"))
    assert response.status_code == 200
    return ElementTree.fromstring(response.content).findall("s:url", SITEMAP_NS)


def test_sitemap_lists_every_page_in_every_language_with_alternates(client, demo):
    files = sitemap_index(client)
    assert files == [
        f"http://127.0.0.1/sitemap-{section}.xml"
        for section in ("pages", "branches", "services", "materials", "news", "events", "topics")
    ]
    urls = [url for address in files for url in sitemap_urls(client, address)]
    locations = {url.findtext("s:loc", namespaces=SITEMAP_NS) for url in urls}
    for code in ("lv", "ru", "en"):
        for path in ("", "branches/daugavpils/", "services/legal-aid/", "news/",
                     "events/dialogue-platform-2027-01/", "materials/agency-services-leaflet/",
                     "topics/health/", "accessibility/"):  # fmt: skip
            assert f"http://127.0.0.1/{code}/{path}" in locations
    hreflangs = {link.get("hreflang") for link in urls[0].findall("x:link", SITEMAP_NS)}
    assert hreflangs == {"lv", "ru", "en", "x-default"}


def test_a_sitemap_section_comes_in_files_of_a_bounded_size(client, monkeypatch):
    from core.sitemaps import I18nSitemap
    from tests.factories import PostFactory

    monkeypatch.setattr(I18nSitemap, "limit", 6)  # two posts in three languages
    posts = PostFactory.create_batch(5)
    news = [address for address in sitemap_index(client) if "/sitemap-news.xml" in address]
    assert news == [
        "http://127.0.0.1/sitemap-news.xml",
        "http://127.0.0.1/sitemap-news.xml?p=2",
        "http://127.0.0.1/sitemap-news.xml?p=3",
    ]
    files = [sitemap_urls(client, address) for address in news]
    assert [len(urls) for urls in files] == [6, 6, 3]
    listed = {url.findtext("s:loc", namespaces=SITEMAP_NS) for urls in files for url in urls}
    assert listed == {f"http://127.0.0.1/{code}/news/{post.slug}/" for post in posts
                      for code in ("lv", "ru", "en")}  # fmt: skip
    assert client.get("/sitemap-news.xml?p=4").status_code == 404


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
    response = client.post(
        f"/{language}/events/{event.slug}/register/", {"name": "A", "email": "a@b.lv"}
    )
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
