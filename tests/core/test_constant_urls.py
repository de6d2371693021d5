"""{% url %} and static addresses worked out once: the same addresses as Django's own."""

import json

import pytest
from django.template import Context, Engine, engines
from django.test import RequestFactory
from django.urls import NoReverseMatch, resolve, translate_url
from django.utils import translation

from core.i18n import x_default_language
from core.staticfiles import StaticFilesStorage
from portal.context_processors import site

TEMPLATE = (
    "{% load static %}"
    "{% url 'news:list' %}|{% url 'news:list' as news %}{{ news }}|"
    "{% url 'news:detail' slug='a-b' %}|{% static 'css/site.css' %}"
)


def render(source, language):
    with translation.override(language):
        return engines["django"].from_string(source).render({})


def django_render(source, language):
    """The same source through an engine with Django's own tags only."""
    engine = Engine(app_dirs=True, libraries={"static": "django.templatetags.static"})
    with translation.override(language):
        return engine.from_string(source).render(Context({}))


@pytest.mark.parametrize("language", ["lv", "ru", "en"])
def test_each_language_gets_its_own_addresses_as_django_would(language):
    assert render(TEMPLATE, language) == django_render(TEMPLATE, language)
    assert render(TEMPLATE, language).startswith(f"/{language}/news/|/{language}/news/|")


def test_an_address_depends_on_the_language_of_each_render_not_the_first():
    first, second, third = (render("{% url 'home' %}", code) for code in ("en", "ru", "lv"))
    assert (first, second, third) == ("/en/", "/ru/", "/lv/")


def test_a_missing_name_still_fails_as_django_does():
    with pytest.raises(NoReverseMatch, match="Reverse for 'no-such-page' not found"):
        render("{% url 'no-such-page' %}", "lv")
    # ...unless it is kept in a variable: then it is empty, as the admin's templates expect.
    assert render("{% url 'no-such-page' as there %}[{{ there }}]", "lv") == "[]"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/lv/", "/ru/news/", "/en/branches/riga/", "/lv/search/", "/lv/no-such-page/"]
)
def test_language_links_are_what_translate_url_gives(path):
    request = RequestFactory().get(path, {"q": "vīza"})
    try:
        request.resolver_match = resolve(path)
    except Exception:  # noqa: BLE001 - a 404 has no match, as in a real request
        request.resolver_match = None
    with translation.override(path.split("/")[1]):
        links = site(request)
        expected = {code: translate_url(path, code) for code in ("lv", "ru", "en")}
        x_default = translate_url(path, x_default_language())
    assert {a["code"]: a["url"] for a in links["language_alternates"]} == expected
    assert links["x_default_url"] == "http://testserver" + x_default


def test_static_addresses_come_from_the_manifest_once(tmp_path, settings):
    settings.DEBUG = False
    (tmp_path / "staticfiles.json").write_text(
        json.dumps({"paths": {"css/site.css": "css/site.0123abcd.css"}, "version": "1.1"})
    )
    storage = StaticFilesStorage(location=tmp_path, base_url="/static/")
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"
    assert storage._addresses == {"css/site.css": "/static/css/site.0123abcd.css"}
    assert storage.url("css/site.css") == "/static/css/site.0123abcd.css"
    with pytest.raises(ValueError, match="Missing staticfiles manifest entry"):
        storage.url("css/missing.css")
    settings.DEBUG = True  # a changed setting forgets every address
    assert storage._addresses == {}
