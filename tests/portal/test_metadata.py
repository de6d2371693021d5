"""Metadata that matches itself: sitemap and pages agree, error pages claim nothing."""

import datetime as dt
import json
import re

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.models import Post
from tests.pages.crawl import sitemap_files

pytestmark = pytest.mark.django_db


def meta(html, prop):
    found = re.search(rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)"', html)
    return found and found.group(1)


def json_ld(html):
    return [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def test_every_sitemap_url_has_a_lastmod_and_the_pages_x_default(client, demo):
    xml = "".join(sitemap_files(client))
    urls = xml.split("<url>")[1:]
    assert len(urls) > 40
    assert all("<lastmod>" in url for url in urls)
    for url in urls:
        x_default = re.search(r'hreflang="x-default" href="([^"]+)"', url).group(1)
        assert re.match(r"http://[^/]+/en/", x_default)
    entry = next(url for url in urls if "/ru/services/legal-aid/</loc>" in url)
    sitemap_default = re.search(r'hreflang="x-default" href="([^"]+)"', entry).group(1)
    html = client.get("/ru/services/legal-aid/").content.decode()
    assert f'hreflang="x-default" href="{sitemap_default}"' in html


def test_feed_entries_are_dated_by_publication_not_by_loading(client, demo):
    xml = client.get("/en/news/feed/").content.decode()
    loaded = timezone.now().date().isoformat()
    for entry in xml.split("<entry")[1:]:
        published = re.search(r"<published>([^<]+)</published>", entry).group(1)
        updated = re.search(r"<updated>([^<]+)</updated>", entry).group(1)
        assert updated >= published
        assert not updated.startswith(loaded) or published.startswith(loaded)


def test_a_save_that_changes_nothing_keeps_the_last_change_time(demo):
    post = Post.objects.published().first()
    before = post.updated_at
    post.save()
    Post.objects.get(pk=post.pk).save()
    assert Post.objects.get(pk=post.pk).updated_at == before
    post.title_en = "A real change"
    post.save()
    assert Post.objects.get(pk=post.pk).updated_at > before


def test_not_found_page_claims_no_canonical_or_alternates(client, language):
    html = client.get(f"/{language}/no-such-page/").content.decode()
    assert 'rel="canonical"' not in html
    assert "hreflang" not in html.split("</head>")[0]
    assert 'content="noindex"' in html


@pytest.mark.parametrize(
    "path", ["", "services/legal-aid/", "branches/riga/", "news/daugavpils-branch-opens/"]
)
def test_open_graph_describes_the_page(client, demo, language, path):
    html = client.get(f"/{language}/{path}").content.decode()
    assert meta(html, "og:description") == meta(html, "description") != ""
    assert meta(html, "og:title")
    assert meta(html, "og:image").startswith("http://127.0.0.1/")
    locales = {"lv": "lv_LV", "ru": "ru_RU", "en": "en_GB"}
    assert meta(html, "og:locale") == locales[language]
    alternates = re.findall(r'<meta property="og:locale:alternate" content="([^"]+)"', html)
    assert sorted(alternates) == sorted(v for k, v in locales.items() if k != language)


def test_home_page_describes_the_agency_and_its_branches(client, demo, language):
    data = json_ld(client.get(f"/{language}/").content.decode())
    organisation = next(item for item in data if item["@type"] == "GovernmentOrganization")
    assert len(organisation["department"]) == 4
    assert {office["@type"] for office in organisation["department"]} == {"GovernmentOffice"}


def test_service_page_is_a_government_service_with_a_channel_per_branch(client, demo, language):
    data = json_ld(client.get(f"/{language}/services/legal-aid/").content.decode())
    service = next(item for item in data if item["@type"] == "GovernmentService")
    assert service["provider"]["@type"] == "GovernmentOrganization"
    assert len(service["availableChannel"]) == 4
    assert {"lv", "ru", "en"} <= set(service["availableChannel"][0]["availableLanguage"])


def test_news_json_ld_says_the_language_of_the_text_shown(client, demo):
    post = Post.objects.get(slug="daugavpils-branch-opens")
    Post.objects.filter(pk=post.pk).update(body_en="", lead_en="")
    data = json_ld(client.get(f"/en/news/{post.slug}/").content.decode())
    assert data[0]["inLanguage"] == "lv"
    assert json_ld(client.get(f"/ru/news/{post.slug}/").content.decode())[0]["inLanguage"] == "ru"


def test_sitemap_dates_do_not_move_when_the_demo_is_loaded_again(client, demo):
    first = sitemap_files(client)
    call_command("load_demo", verbosity=0)
    assert sitemap_files(client) == first
    assert dt.date(2026, 11, 24).isoformat() in "".join(first)
