"""The admin pages editors use most pass axe too, and load nothing from another host."""

import pytest
from django.contrib.auth import get_user_model

from branches.models import Branch
from news.models import Post
from services.models import Service
from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser


@pytest.fixture
def editor(demo):
    return get_user_model().objects.create_superuser(
        "editor", "editor@example.lv", "correct-horse-9"
    )


def test_admin_login_and_change_forms_pass_axe(page, live_server, editor, axe_violations):
    outside = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url) if not request.url.startswith(live_server.url) else None
        ),
    )
    page.goto(live_server.url + "/lv/admin/login/")
    assert axe_violations(page) == [], "login"
    sign_in(page, live_server.url, "editor", "correct-horse-9")
    for model, path in (
        (Branch, "branches/branch"),
        (Service, "services/service"),
        (Post, "news/post"),
    ):
        obj = model.objects.first()
        page.goto(f"{live_server.url}/lv/admin/{path}/{obj.pk}/change/")
        assert page.locator(".ui-tabs").count() > 0, f"{path}: language tabs did not start"
        page.wait_for_function("!document.querySelector('li[role=tab] > a[href]')")
        assert axe_violations(page) == [], path
    assert outside == []
