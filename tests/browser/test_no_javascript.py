"""With JavaScript off every public task still completes."""

import pytest

from events.models import Registration

pytestmark = pytest.mark.browser


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


def test_tasks_complete_without_javascript(no_js_page, live_server, demo):
    page = no_js_page
    base = live_server.url

    page.goto(base + "/en/")
    page.click("a[hreflang=lv]")
    assert page.url.endswith("/lv/")

    page.goto(base + "/en/services/")
    page.select_option("#id_branch", "daugavpils")
    page.select_option("#id_mode", "email")
    page.click("form.filters button[type=submit]")
    assert "branch=daugavpils" in page.url and "mode=email" in page.url
    assert page.locator(".cards .card").count() > 0

    page.goto(base + "/en/services/find-help/")
    page.select_option("#id_branch", "liepaja")
    page.select_option("#id_language", "uk")
    page.click("form.filters button[type=submit]")
    assert page.url.endswith("#answer")  # the answer, not the questions, is in view
    assert page.locator("#answer").is_visible()
    assert "Liepāja:" in page.locator("#answer").inner_text()  # each row says where and how
    assert page.locator("#fit-branches").count() == 1

    page.fill("#site-search-q", "Liepaja")
    page.press("#site-search-q", "Enter")
    assert "Liepāja" in page.content()

    page.goto(base + "/en/events/dialogue-platform-2027-01/")
    page.click("text=Register")
    assert page.url.endswith("/en/events/dialogue-platform-2027-01/register/")
    page.fill("input[name=name]", "Anna Bērziņa")
    page.fill("input[name=email]", "anna@example.org")
    page.click("#registration button[type=submit]")
    assert Registration.objects.filter(email="anna@example.org").exists()
