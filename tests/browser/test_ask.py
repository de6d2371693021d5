"""Asking in writing in a real Chromium with JavaScript off, and the pages of issue 11 under axe."""

import pytest
from django.contrib.auth.models import Permission

from branches.models import Branch
from enquiries.models import Enquiry
from tests.browser.test_pages import SMALL_CONTROLS
from tests.factories import UserFactory

pytestmark = pytest.mark.browser

PAGES = [
    "/{lang}/ask/",
    "/{lang}/ask/?branch=daugavpils&service=translation",
    "/{lang}/dialogue-platform/",
    "/{lang}/dialogue-platform/join/",
    "/{lang}/dialogue-platform/propose-a-topic/",
]


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def consultant(demo):
    user = UserFactory(username="edita", is_staff=True)
    user.set_password("correct-horse-9")
    user.save()
    user.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["view_enquiry", "change_enquiry", "view_note", "add_note"]
        )
    )
    Branch.objects.get(slug="daugavpils").editors.add(user)
    return user


def test_a_question_in_russian_reaches_the_branchs_consultant(no_js_page, live_server, consultant):
    page = no_js_page
    page.goto(live_server.url + "/ru/branches/daugavpils/")
    page.click("text=Задать вопрос этому филиалу")
    assert page.input_value("#id_place") == "daugavpils"
    question = "Как продлить вид на жительство? Документы готовлю для PMLP."
    page.fill("#id_question", question)
    page.select_option("#id_answer_language", "ru")
    page.fill("#id_name", "Ольга")
    page.fill("#id_email", "olga@example")
    page.check("#id_consent")
    page.click("form.form-wide button[type=submit]")

    # The bad address is refused beside its field, in Russian, and nothing typed is lost.
    error = page.locator("#id_email_error")
    assert error.is_visible()
    assert "адрес электронной почты" in error.inner_text()
    assert page.input_value("#id_question") == question
    assert page.input_value("#id_email") == "olga@example"
    assert page.input_value("#id_name") == "Ольга"
    assert page.locator("#id_email").get_attribute("aria-invalid") == "true"
    assert not Enquiry.objects.filter(name="Ольга").exists()

    page.fill("#id_email", "olga@example.org")
    page.click("form.form-wide button[type=submit]")
    enquiry = Enquiry.objects.get(name="Ольга")
    assert page.locator(".reference").inner_text() == enquiry.reference
    assert "Ваш вопрос получен" in page.content()

    # The consultant of Daugavpils signs in and finds it in the queue.
    page.goto(live_server.url + "/ru/admin/login/")
    page.fill("#id_username", "edita")
    page.fill("#id_password", "correct-horse-9")
    page.click("input[type=submit]")
    page.goto(live_server.url + "/ru/admin/enquiries/enquiry/")
    assert enquiry.reference in page.content()
    assert "DEMO-007" in page.content()  # the demo's Daugavpils requests are there too
    assert "DEMO-005" not in page.content()  # Liepāja's is not
    page.click(f"text={enquiry.reference}")
    assert question in page.content()


@pytest.mark.parametrize("lang", ["lv", "ru", "en"])
def test_the_pages_of_issue_11_pass_axe_and_fit_a_phone(
    page, live_server, demo, axe_violations, lang
):
    page.set_viewport_size({"width": 360, "height": 740})
    for path in PAGES:
        url = live_server.url + path.format(lang=lang)
        response = page.goto(url)
        assert response.status == 200, url
        assert axe_violations(page) == [], url
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px"
        assert page.evaluate(SMALL_CONTROLS) == [], url
    # The form with errors beside its fields, and the page with the reference number.
    page.goto(live_server.url + f"/{lang}/ask/")
    page.fill("#id_question", "A question long enough")
    page.fill("#id_email", "not-an-address")
    page.click("form.form-wide button[type=submit]")
    assert page.locator("#id_email_error").is_visible()
    assert axe_violations(page) == [], "the form with errors"
    page.fill("#id_email", "olga@example.org")
    page.check("#id_consent")
    page.click("form.form-wide button[type=submit]")
    assert page.locator(".reference").is_visible()
    assert axe_violations(page) == [], "the reference page"


def test_registering_shows_the_confirmation_and_the_link_cancels(
    page, live_server, demo, axe_violations
):
    page.context.set_extra_http_headers({})
    page.goto(live_server.url + "/lv/events/dialogue-platform-2027-03/")
    page.click("#registration a.button")  # the event page links its form page
    assert page.url.endswith("/lv/events/dialogue-platform-2027-03/register/")
    assert axe_violations(page) == [], "the form page"
    page.fill("input[name=name]", "Anna Bērziņa")
    page.fill("input[name=email]", "anna@example.org")
    page.click("#registration button[type=submit]")
    assert "/registration/" in page.url
    assert page.locator("input[name=email]").count() == 0
    assert "Jūsu reģistrācija ir apstiprināta." in page.content()
    assert axe_violations(page) == []
    page.click("text=Atcelt manu reģistrāciju")
    assert "Jūsu reģistrācija ir atcelta." in page.content()
