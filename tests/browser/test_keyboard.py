"""Keyboard only: switch language, find a branch, filter services and search, focus visible."""

import pytest

pytestmark = pytest.mark.browser

FOCUS_VISIBLE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return false;
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow && style.boxShadow !== 'none';
  return outline || shadow;
}"""


def tab_to(page, predicate_js, limit=80):
    """Press Tab until the focused element satisfies `predicate_js`; check the ring each step."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        assert page.evaluate(FOCUS_VISIBLE), page.evaluate("document.activeElement.outerHTML")
        if page.evaluate(
            f"(() => {{ const el = document.activeElement; return {predicate_js}; }})()"
        ):
            return
    raise AssertionError(f"never reached {predicate_js}")


def test_skip_link_is_first_and_visible(page, live_server, demo):
    page.goto(live_server.url + "/lv/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.evaluate(FOCUS_VISIBLE)
    box = page.evaluate("document.activeElement.getBoundingClientRect().top")
    assert box >= 0


def test_switch_language_find_a_branch_filter_and_search(page, live_server, demo):
    page.goto(live_server.url + "/lv/")
    tab_to(page, "el.getAttribute('hreflang') === 'ru'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ru/")

    tab_to(page, "el.getAttribute('href') === '/ru/branches/'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ru/branches/")
    tab_to(page, "el.getAttribute('href') === '/ru/branches/daugavpils/'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ru/branches/daugavpils/")
    assert "Даугавпилс" in page.inner_text("h1")

    page.goto(live_server.url + "/ru/services/")
    tab_to(page, "el.id === 'id_mode'")
    page.keyboard.press("ArrowDown")  # first choice after "any way": in person
    page.keyboard.press("ArrowDown")
    tab_to(page, "el.type === 'submit' && el.closest('form.filters')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ru/services/?**mode=**")
    assert "mode=" in page.url

    tab_to(page, "el.id === 'site-search-q'")
    page.keyboard.type("юридическая")
    page.keyboard.press("Enter")
    page.wait_for_url("**/ru/search/?q=**")
    assert page.locator("mark").count() > 0
