"""Every public page type, in each language, in a real Chromium: axe, width, targets."""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/{lang}/",
    "/{lang}/branches/",
    "/{lang}/branches/daugavpils/",
    "/{lang}/services/",
    "/{lang}/services/?branch=riga&mode=email",
    "/{lang}/services/?branch=atlantis",
    "/{lang}/services/translation/",
    "/{lang}/services/find-help/?branch=liepaja&language=uk",
    "/{lang}/news/",
    "/{lang}/news/daugavpils-branch-opens/",
    "/{lang}/events/",
    "/{lang}/events/past/",
    "/{lang}/events/dialogue-platform-2027-01/",
    "/{lang}/events/dialogue-platform-2027-01/register/",
    "/{lang}/events/dialogue-platform-2020-09/",
    "/{lang}/materials/",
    "/{lang}/materials/agency-services-leaflet/",
    "/{lang}/topics/",
    "/{lang}/topics/residence-permits/",
    "/{lang}/topics/residence-permits/materials/",
    "/{lang}/search/?q=liepaja",
    "/{lang}/search/?q=",
    "/{lang}/contact/",
    "/{lang}/accessibility/",
    "/{lang}/no-such-page/",
]

# Controls that stand alone (not links inside a sentence) must be at least 24 x 24 px.
SMALL_CONTROLS = """() => [...document.querySelectorAll(
    'button, input:not([type=hidden]), select, textarea, nav a, .card a, .pagination a, .button')]
  .filter(el => el.offsetParent !== null && !el.closest('.visually-hidden'))
  .map(el => [el, el.getBoundingClientRect()])
  .filter(([el, box]) => box.width < 24 || box.height < 24)
  .map(([el, box]) => `${el.tagName} ${el.textContent.trim().slice(0, 30)} ${Math.round(box.width)}x${Math.round(box.height)}`)
"""


@pytest.mark.parametrize("lang", ["lv", "ru", "en"])
def test_pages_pass_axe_and_fit_a_phone(page, live_server, demo, axe_violations, lang):
    page.set_viewport_size({"width": 360, "height": 740})
    for path in PAGES:
        url = live_server.url + path.format(lang=lang)
        response = page.goto(url)
        assert response.status < 500, url
        assert page.evaluate("document.documentElement.lang") == lang
        assert axe_violations(page) == [], url
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{url} scrolls sideways by {overflow}px"
        assert page.evaluate(SMALL_CONTROLS) == [], url


def test_desktop_width_passes_axe_too(page, live_server, demo, axe_violations):
    page.set_viewport_size({"width": 1280, "height": 900})
    for path in PAGES[:8]:
        page.goto(live_server.url + path.format(lang="lv"))
        assert axe_violations(page) == [], path
