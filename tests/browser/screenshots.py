"""Write desktop and phone screenshots of the main pages into docs/screenshots/.

Run with `make screenshots`: it serves the demo site on 127.0.0.1 and drives Chromium.
"""

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

from tests.browser.conftest import CHROMIUM

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "screenshots"
PORT = int(os.environ.get("SCREENSHOT_PORT", "8799"))
BASE = f"http://127.0.0.1:{PORT}"
PAGES = {
    "home": "/{lang}/",
    "branches": "/{lang}/branches/",
    "branch": "/{lang}/branches/daugavpils/",
    "services": "/{lang}/services/",
    "find-help": "/{lang}/services/find-help/?branch=daugavpils&language=ru",
}
SIZES = {"phone": (360, 780), "desktop": (1280, 900)}


def wait_for_server(deadline=30):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(f"{BASE}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"The demo server did not answer on {BASE} within {deadline} s.")


def shoot():
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for lang in ("lv", "ru", "en"):
            for name, path in PAGES.items():
                for size, (width, height) in SIZES.items():
                    page = browser.new_page(viewport={"width": width, "height": height})
                    page.goto(BASE + path.format(lang=lang))
                    page.screenshot(path=OUT / f"{name}-{lang}-{size}.png")
                    page.close()
        browser.close()


def readme_picture():
    """The home page on a desktop with the phone view beside it, for the README."""
    desktop = Image.open(OUT / "home-en-desktop.png")
    phone = Image.open(OUT / "home-en-phone.png")
    gap = 24
    canvas = Image.new("RGB", (desktop.width + gap + phone.width, desktop.height), "white")
    canvas.paste(desktop, (0, 0))
    canvas.paste(phone, (desktop.width + gap, 0))
    canvas.save(OUT / "readme-home.png", optimize=True)


def main():
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{PORT}", "--noreload"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_server()
        shoot()
        readme_picture()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"Screenshots written to {OUT.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
