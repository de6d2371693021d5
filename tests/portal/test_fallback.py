"""Content missing in the reader's language falls back to Latvian, then English, marked."""

import pytest

from tests.factories import BranchFactory, ServiceFactory

pytestmark = pytest.mark.django_db


def test_missing_russian_shows_latvian_with_notice_and_lang(client):
    service = ServiceFactory(
        name_lv="Juridiskā palīdzība", name_ru="", name_en="", body_lv="<p>Teksts</p>", body_ru=""
    )
    html = client.get(f"/ru/services/{service.slug}/").content.decode()
    assert "Эта страница пока недоступна на русском языке." in html
    assert '<h1 lang="lv">Juridiskā palīdzība</h1>' in html
    assert '<div lang="lv"><p>Teksts</p></div>' in html


def test_english_falls_back_to_latvian_then_english():
    branch = BranchFactory(description_lv="", description_en="In English only", description_ru="")
    from django.utils import translation

    with translation.override("ru"):
        assert branch.description == "In English only"


def test_translated_page_has_no_notice(client, language):
    service = ServiceFactory(body_lv="<p>a</p>", body_ru="<p>б</p>", body_en="<p>c</p>")
    html = client.get(f"/{language}/services/{service.slug}/").content.decode()
    assert 'role="note"' not in html


def test_lists_never_show_an_empty_title(client):
    ServiceFactory(name_lv="Tikai latviski", name_ru="", name_en="")
    html = client.get("/en/services/").content.decode()
    assert 'lang="lv">Tikai latviski</a>' in html
