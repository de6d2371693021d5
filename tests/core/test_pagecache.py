"""The anonymous page cache: what is kept, what never is, and when a kept page goes stale."""

import datetime as dt
import gzip

import brotli
import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from branches.schedule import branch_status
from core import pagecache, pagekeys
from core.clock import RIGA
from tests.factories.core import BranchFactory, UserFactory
from tests.factories.news import PostFactory

pytestmark = pytest.mark.django_db


def url(name, language="lv", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


def test_a_second_anonymous_visit_is_served_from_the_cache_without_a_query(
    client, django_assert_num_queries
):
    post = PostFactory(title_en="Residence permits in 2027")
    address = url("news:detail", "en", slug=post.slug)
    first = client.get(address)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get(address)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "Residence permits in 2027" in second.content.decode()
    assert second["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert second["X-Request-ID"] != first["X-Request-ID"]  # set anew on every response


def test_a_save_shows_on_the_next_request(client):
    post = PostFactory(title_lv="Jauni noteikumi")
    address = url("news:list")
    assert "Jauni noteikumi" in client.get(address).content.decode()
    post.title_lv = "Jauni noteikumi par uzturēšanās atļaujām"
    post.save()
    response = client.get(address)
    assert response["X-Page-Cache"] == "miss"
    assert "par uzturēšanās atļaujām" in response.content.decode()
    post.delete()
    assert "Jauni noteikumi" not in client.get(address).content.decode()


def test_a_bulk_action_in_the_admin_shows_on_the_next_request(client, make_person):
    post = PostFactory(title_lv="Dialoga platformas sanāksme")
    address = url("news:list")
    assert "Dialoga platformas sanāksme" in client.get(address).content.decode()
    assert client.get(address)["X-Page-Cache"] == "hit"

    editor = client.__class__(HTTP_HOST="127.0.0.1")
    editor.force_login(make_person("coordinator"))
    changelist = url("admin:news_post_changelist")
    answer = editor.post(changelist, {"action": "archive", "_selected_action": [post.pk]})
    assert answer.status_code == 302
    post.refresh_from_db()
    assert post.status == "archived"
    response = client.get(address)
    assert response["X-Page-Cache"] == "miss"
    assert "Dialoga platformas sanāksme" not in response.content.decode()


def test_a_signed_in_editor_is_never_served_or_stored(client, make_person):
    PostFactory(title_lv="Tikai publicētais teksts")
    editor = client.__class__(HTTP_HOST="127.0.0.1")
    editor.force_login(make_person("coordinator"))
    for _ in range(2):
        response = editor.get(url("news:list"))
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
    assert client.get(url("news:list"))["X-Page-Cache"] == "miss"


def test_a_page_with_a_form_token_is_never_stored(client):
    address = url("enquiries:ask")
    first, second = client.get(address), client.get(address)
    assert 'name="csrfmiddlewaretoken"' in second.content.decode()
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "miss")


def test_a_form_with_errors_is_never_stored(client):
    address = url("services:list") + "?mode=by-pigeon"
    first, second = client.get(address), client.get(address)
    assert first.status_code == second.status_code == 400
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "miss")


def test_pending_messages_and_posts_pass_by_the_cache(client):
    address = url("news:list")
    client.get(address)
    client.cookies["messages"] = "anything"
    assert "X-Page-Cache" not in client.get(address)
    del client.cookies["messages"]
    refused = client.post(address)
    assert refused.status_code == 405 and "X-Page-Cache" not in refused
    assert client.get(address)["X-Page-Cache"] == "hit"


def test_each_language_and_query_string_is_its_own_page(client):
    PostFactory(title_lv="Latviski", title_ru="По-русски", title_en="In English")
    lv, ru = client.get("/lv/news/"), client.get("/ru/news/")
    assert "Latviski" in lv.content.decode() and "По-русски" in ru.content.decode()
    assert client.get("/ru/news/")["X-Page-Cache"] == "hit"
    assert client.get("/ru/news/?page=1")["X-Page-Cache"] == "miss"


def test_a_visitor_from_the_cache_still_gets_the_language_remembered(client):
    client.get("/ru/news/")  # stored; this visitor now has the cookie "ru"
    newcomer = client.__class__(HTTP_HOST="127.0.0.1")
    response = newcomer.get("/ru/news/")
    assert response["X-Page-Cache"] == "hit"
    assert response.cookies["django_language"].value == "ru"
    client.cookies["django_language"] = "ru"
    assert "django_language" not in client.get("/ru/news/").cookies


def test_pages_are_compressed_as_the_browser_asks_and_kept_per_encoding(client):
    PostFactory.create_batch(5)
    plain = client.get("/en/news/")
    assert "Content-Encoding" not in plain and "Accept-Encoding" in plain["Vary"]
    br = client.get("/en/news/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert br["Content-Encoding"] == "br" and br["X-Page-Cache"] == "miss"
    assert brotli.decompress(br.content) == plain.content
    gz = client.get("/en/news/", HTTP_ACCEPT_ENCODING="gzip;q=1, br;q=0")
    assert gz["Content-Encoding"] == "gzip"
    assert gzip.decompress(gz.content) == plain.content
    again = client.get("/en/news/", HTTP_ACCEPT_ENCODING="br")
    assert again["X-Page-Cache"] == "hit" and again["Content-Encoding"] == "br"
    assert len(br.content) < len(plain.content) / 3


def test_a_form_page_gets_gzip_with_random_padding_never_brotli(client):
    address = url("enquiries:ask")
    sizes = set()
    for _ in range(5):
        response = client.get(address, HTTP_ACCEPT_ENCODING="br, gzip")
        assert response["Content-Encoding"] == "gzip"
        sizes.add(len(response.content))
    assert len(sizes) > 1  # the token is masked anew and the gzip header padded each time


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("gzip, deflate, br", "br"),
        ("br;q=0, gzip", "gzip"),
        ("gzip;q=0.0", ""),
        ("identity", ""),
        ("*", "gzip"),
        ("", ""),
        ("BR;Q=0.5", "br"),
        ("br;q=nonsense", ""),
    ],
)
def test_accept_encoding_is_read_as_the_standard_says(header, expected):
    assert pagekeys.accepted_encoding(header) == expected


def test_a_page_showing_open_now_expires_when_the_status_changes():
    branch = BranchFactory()  # Monday to Friday 9:00-17:00
    token = pagecache._expires.set(None)
    try:
        branch_status(branch, dt.datetime(2026, 11, 24, 10, 0, tzinfo=RIGA))  # Tuesday, open
        assert pagecache._expires.get() == dt.datetime(2026, 11, 24, 17, 0, tzinfo=RIGA)
        pagecache._expires.set(None)
        branch_status(branch, dt.datetime(2026, 11, 24, 20, 0, tzinfo=RIGA))  # closed
        assert pagecache._expires.get() == dt.datetime(2026, 11, 25, 0, 0, tzinfo=RIGA)
        pagecache._expires.set(None)
        branch_status(branch, dt.datetime(2026, 11, 25, 7, 30, tzinfo=RIGA))  # opens at 9
        assert pagecache._expires.get() == dt.datetime(2026, 11, 25, 9, 0, tzinfo=RIGA)
    finally:
        pagecache._expires.reset(token)


def test_the_branch_list_is_kept_no_longer_than_its_status_holds(client, settings):
    BranchFactory()
    response = client.get(url("branches:list"))
    assert response["X-Page-Cache"] == "miss"
    key = next(k for k in cache._cache if f":{pagekeys.PREFIX}:" in k)
    left = cache._expire_info[key] - dt.datetime.now().timestamp()
    assert 0 < left <= settings.PAGE_CACHE_SECONDS
    # The status text changes at the next opening, closing or midnight, whichever is first.
    local = dt.datetime.now(RIGA)
    boundaries = [dt.datetime.combine(local.date(), dt.time(h), tzinfo=RIGA) for h in (9, 17)] + [
        dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(), tzinfo=RIGA)
    ]
    next_change = min(b for b in boundaries if b > local)
    assert left <= (next_change - local).total_seconds() + 1


def test_switched_off_it_stores_nothing(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(url("news:list"))
    assert "X-Page-Cache" not in client.get(url("news:list"))


def test_an_anonymous_user_is_not_mistaken_for_an_editor_by_a_stale_session_cookie(client):
    UserFactory()
    client.cookies["sessionid"] = "not-a-session"
    response = client.get(url("news:list"))
    assert "X-Page-Cache" not in response


def test_a_page_outside_the_language_prefixes_is_kept_per_negotiated_language(client):
    first = client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="ru")
    assert first["X-Page-Cache"] == "miss" and "Accept-Language" in first["Vary"]
    assert client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="ru")["X-Page-Cache"] == "hit"
    assert client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="en")["X-Page-Cache"] == "miss"
