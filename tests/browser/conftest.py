"""Playwright against Debian's Chromium, with axe-core injected from node_modules."""

import os
from pathlib import Path

import pytest

# pytest-django's live_server runs in a thread next to Playwright's sync API.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture
def axe_violations():
    """Run axe-core's WCAG 2.2 A and AA rules on a page and return the violations."""

    def run(page):
        # Evaluated, not added as a <script>: the Content-Security-Policy would block that.
        page.evaluate(AXE.read_text())
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
        )
        return [
            {
                "id": v["id"],
                "help": v["help"],
                "targets": [node["target"] for node in v["nodes"]][:5],
            }
            for v in result["violations"]
        ]

    return run


@pytest.fixture
def demo(transactional_db, snapshots):
    """The demo content the newcomer sees with `make run`, committed for the live server."""
    from tests.snapshot import load_demo, restart_sequences

    snapshots.restore("demo", load_demo)
    yield
    restart_sequences()  # before the flush: the next test finds the same database


CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(
    `${e.effectiveDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`
  );
});
"""


@pytest.fixture
def csp_violations(page):
    """Record Content-Security-Policy violations; call with the page to get those of its document.

    Both the DOM's securitypolicyviolation events and the console's CSP messages are kept, so
    a violation reported either way is caught.
    """
    console = []
    page.add_init_script(CSP_LISTENER)
    page.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    def collect(page):
        found = page.evaluate("window.__cspViolations || []") + console[:]
        console.clear()
        return found

    return collect


def sign_in(page, base_url, username, password, lang="lv"):
    """Sign in to the admin as a person does: the form, the button, the dashboard."""
    page.goto(f"{base_url}/{lang}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(f"**/{lang}/admin/")
