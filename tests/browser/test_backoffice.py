"""The back office as its people use it: tabs, roles, history, preview and publishing."""

import re

import pytest
from django.contrib.auth import get_user_model

from backoffice.actions import person_assign
from backoffice.roles import CONSULTANT, COORDINATOR
from branches.models import Branch
from news.models import Post, Status

pytestmark = pytest.mark.browser
PASSWORD = "correct-horse-9"


def person(username, role, branches=()):
    user = get_user_model().objects.create_user(username, f"{username}@example.lv", PASSWORD)
    person_assign(user=user, role=role, branches=Branch.objects.filter(slug__in=branches))
    return user


def log_in(page, live_server, username):
    page.goto(live_server.url + "/lv/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url("**/lv/admin/")


def save_and_continue(page):
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")


def tab(page, field, code):
    """The language tab of `field` (e.g. "description") for `code`."""
    return page.locator(f"li[role=tab][aria-controls=tab_id_{field}_{code}]")


def test_a_consultant_changes_hours_and_russian_text_through_the_tabs(
    page, live_server, demo, axe_violations
):
    person("anna", CONSULTANT, ["daugavpils"])
    branch = Branch.objects.get(slug="daugavpils")
    log_in(page, live_server, "anna")
    assert "/accounts/profile" not in page.url
    page.goto(f"{live_server.url}/lv/admin/branches/branch/{branch.pk}/change/")
    assert tab(page, "description", "uk").count() == 0, "a tab for a language that is off"
    assert axe_violations(page) == []

    texts = {code: f"Pārbaudīts teksts {code}" for code in ("lv", "en")}
    texts["ru"] = "Консультации по вторникам и четвергам"
    for code in ("ru", "en"):
        tab(page, "description", code).click()  # by mouse
        page.locator(f"#id_description_{code}").fill(texts[code])
    tab(page, "description", "ru").focus()
    page.keyboard.press("ArrowLeft")  # by keyboard: Russian → Latvian
    expect_visible(page, "#id_description_lv")
    page.locator("#id_description_lv").fill(texts["lv"])

    page.fill("#id_opening_intervals-0-closes", "18:30")
    save_and_continue(page)

    for code, text in texts.items():
        page.goto(f"{live_server.url}/{code}/branches/daugavpils/")
        assert text in page.inner_text("main"), code
    assert "18:30" in page.inner_text("main")


def expect_visible(page, selector):
    page.wait_for_selector(selector, state="visible", timeout=2000)


def test_an_editor_restores_an_older_version(page, live_server, demo):
    person("janis", COORDINATOR)
    post = Post.objects.filter(status=Status.PUBLISHED).first()
    original = post.title_lv
    log_in(page, live_server, "janis")
    page.goto(f"{live_server.url}/lv/admin/news/post/{post.pk}/change/")
    page.fill("#id_title_lv", "Pārrakstīts virsraksts")
    save_and_continue(page)

    page.goto(f"{live_server.url}/lv/admin/news/post/{post.pk}/history/")
    assert "Pārrakstīts virsraksts" in page.inner_text("#content-main")
    page.locator("form button", has_text=re.compile("Atjaunot")).last.click()
    page.wait_for_selector(".messagelist .success")
    post.refresh_from_db()
    assert post.title_lv == original
    page.goto(f"{live_server.url}/lv/news/{post.slug}/")
    assert original in page.inner_text("h1")


def test_a_coordinator_previews_a_russian_draft_publishes_it_and_sees_the_outdated_notice(
    page, live_server, demo, axe_violations
):
    person("janis", COORDINATOR)
    post = Post.objects.filter(status=Status.PUBLISHED).first()
    Post.objects.filter(pk=post.pk).update(status=Status.DRAFT, publish_at=None)
    log_in(page, live_server, "janis")
    page.goto(f"{live_server.url}/lv/admin/news/post/{post.pk}/change/")
    assert axe_violations(page) == []
    with page.expect_popup() as popup:
        page.click("a[hreflang=ru]")
    preview = popup.value
    preview.wait_for_load_state()
    assert preview.locator("meta[name=robots]").get_attribute("content").startswith("noindex")
    assert post.title_ru in preview.inner_text("h1")
    preview.close()

    page.select_option("#id_status", Status.PUBLISHED)
    page.fill("#id_publish_at_0", "01.01.2026")
    page.fill("#id_publish_at_1", "10:00:00")
    save_and_continue(page)
    page.goto(f"{live_server.url}/en/news/{post.slug}/")
    assert page.locator("#outdated-notice").count() == 0

    page.goto(f"{live_server.url}/lv/admin/news/post/{post.pk}/change/")
    page.fill("#id_lead_lv", "Jauns ievads latviski, pēc būtības mainīts.")
    save_and_continue(page)
    page.goto(f"{live_server.url}/en/news/{post.slug}/")
    assert "changed on" in page.inner_text("#outdated-notice")
    page.goto(f"{live_server.url}/lv/news/{post.slug}/")
    assert page.locator("#outdated-notice").count() == 0


def test_the_text_editor_makes_headings_and_lists_by_keyboard(page, live_server, demo):
    person("janis", COORDINATOR)
    post = Post.objects.filter(status=Status.PUBLISHED).first()
    log_in(page, live_server, "janis")
    page.goto(f"{live_server.url}/lv/admin/news/post/{post.pk}/change/")
    box = page.locator(".field-body_lv [contenteditable=true]")
    assert box.get_attribute("aria-label").endswith("(LV)")
    box.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.press("Control+Alt+2")
    page.keyboard.type("Kas jāņem līdzi")
    page.keyboard.press("Enter")
    page.keyboard.type("- pase")
    page.keyboard.press("Enter")
    page.keyboard.type("<b>nekas</b>")
    save_and_continue(page)
    post.refresh_from_db()
    assert post.body_lv.startswith("<h2>Kas jāņem līdzi</h2><ul><li><p>pase</p></li>")
    assert "<b>" not in post.body_lv and "&lt;b&gt;nekas" in post.body_lv
    page.goto(f"{live_server.url}/lv/news/{post.slug}/")
    assert page.locator("main h2", has_text="Kas jāņem līdzi").count() == 1
