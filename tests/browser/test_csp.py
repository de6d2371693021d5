"""Under the Content-Security-Policy nothing on the main pages is blocked, the admin included."""

import pytest
from django.contrib.auth import get_user_model

from branches.models import Branch
from events.models import Event
from news.models import Post
from tests.browser.conftest import sign_in

pytestmark = pytest.mark.browser

PUBLIC = [
    "/lv/",
    "/ru/branches/",
    "/en/branches/daugavpils/",
    "/lv/services/?branch=riga&mode=email",
    "/ru/services/find-help/?branch=liepaja&language=uk",
    "/en/news/daugavpils-branch-opens/",
    "/lv/events/dialogue-platform-2027-01/",
    "/ru/materials/",
    "/en/topics/residence-permits/",
    "/lv/search/?q=liepaja",
    "/ru/ask/",
    "/en/dialogue-platform/",
    "/lv/dialogue-platform/join/",
    "/en/contact/",
    "/lv/no-such-page/",
]


def test_public_pages_report_no_csp_violation(page, live_server, demo, csp_violations):
    for path in PUBLIC:
        response = page.goto(live_server.url + path)
        policy = response.headers["content-security-policy"]
        assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
        assert "frame-ancestors 'none'" in policy
        page.wait_for_load_state("load")
        assert csp_violations(page) == [], path


def test_admin_pages_report_no_csp_violation(page, live_server, demo, csp_violations):
    get_user_model().objects.create_superuser("csp", "csp@example.lv", "correct-horse-9")
    page.goto(live_server.url + "/lv/admin/login/")
    assert csp_violations(page) == [], "login"
    sign_in(page, live_server.url, "csp", "correct-horse-9")
    post, branch, event = Post.objects.first(), Branch.objects.first(), Event.objects.first()
    for path in (
        "",
        "branches/branch/",
        f"branches/branch/{branch.pk}/change/",
        f"news/post/{post.pk}/change/",
        "news/post/add/",
        f"news/post/{post.pk}/history/",
        "news/post/recover/",
        f"events/event/{event.pk}/change/",
        "enquiries/enquiry/",
        "core/outgoingmail/",
        "auth/user/",
        "auth/user/add/",
        "axes/accessattempt/",
        "translations/",
    ):
        response = page.goto(f"{live_server.url}/lv/admin/{path}")
        assert response.status == 200, path
        page.wait_for_load_state("load")
        if "/change/" in path or path.endswith("add/"):
            page.wait_for_timeout(150)  # the tabs and the prose editor start after load
        assert csp_violations(page) == [], path
