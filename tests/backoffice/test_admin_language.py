"""The admin speaks the editor's language, and the rich-text editor writes clean HTML."""

import json
import re

import pytest
from django.utils import translation
from django.utils.translation import ngettext

from news.models import Post
from tests.backoffice.test_translation_status import post_data
from tests.factories import BranchFactory, PostFactory

pytestmark = pytest.mark.django_db


def test_django_admin_latvian_reads_right(admin):
    PostFactory(), PostFactory()
    listing = admin.get("/lv/admin/news/post/").content.decode()
    assert "Pievienot: ziņa" in listing or "Pievienot: jaunum" in listing
    assert "Dzēst atlasītos ierakstus" in listing
    assert "Izdzēst izvēlēto" not in listing
    with translation.override("lv"):
        assert [ngettext("entry", "entries", n) for n in (1, 2, 21, 0)] == [
            "ieraksts", "ieraksti", "ieraksts", "ierakstu"
        ]  # fmt: skip


@pytest.mark.parametrize("code", ["lv", "ru", "en"])
def test_only_enabled_languages_have_tabs(admin, code):
    branch = BranchFactory()
    html = admin.get(f"/{code}/admin/branches/branch/{branch.pk}/change/").content.decode()
    assert 'name="description_ru"' in html and 'name="description_uk"' not in html
    assert 'name="closures-__prefix__-reason_uk"' not in html


def test_body_fields_use_the_editor_without_an_html_source_button(admin):
    post = PostFactory()
    html = admin.get(f"/lv/admin/news/post/{post.pk}/change/").content.decode()
    config = re.search(r'data-django-prose-editor-configurable="([^"]+)"', html).group(1)
    extensions = json.loads(config.replace("&quot;", '"'))["extensions"]
    assert {"Heading", "BulletList", "OrderedList", "Link"} <= extensions.keys()
    assert "HTML" not in extensions
    assert "django_prose_editor/editor.js" in html and "cdn" not in html.lower()


def test_html_is_sanitised_on_save(admin):
    post = PostFactory()
    body = '<h2>Virsraksts</h2><p onclick="x()">Teksts<script>alert(1)</script></p>'
    admin.post(f"/lv/admin/news/post/{post.pk}/change/", post_data(post, body_lv=body))
    assert Post.objects.get(pk=post.pk).body_lv == "<h2>Virsraksts</h2><p>Teksts</p>"


@pytest.mark.parametrize(
    "path", ["news/post", "branches/branch", "services/service", "events/event"]
)
def test_list_pages_take_the_same_queries_for_3_and_30_rows(admin, path, django_assert_num_queries):
    from tests.factories import EventFactory, ServiceFactory

    factory = {"news/post": PostFactory, "branches/branch": BranchFactory,
               "services/service": ServiceFactory, "events/event": EventFactory}[path]  # fmt: skip
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    admin.get(f"/lv/admin/{path}/")  # Caches (content types, sessions) filled once.
    counts = []
    for total in (3, 30):
        while factory._meta.model.objects.count() < total:
            factory()
        with CaptureQueriesContext(connection) as queries:
            assert admin.get(f"/lv/admin/{path}/").status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
