"""Every public page type, in each language, in a real Chromium: axe, width, no JavaScript."""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/{lang}/",
    "/{lang}/branches/",
    "/{lang}/branches/daugavpils/",
    "/{lang}/services/",
    "/{lang}/services/?branch=riga&mode=email",
    "/{lang}/services/translation/",
    "/{lang}/services/find-help/?branch=liepaja&language=uk",
    "/{lang}/contact/",
    "/{lang}/no-such-page/",
]


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
