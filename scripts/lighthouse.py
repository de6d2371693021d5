"""Run Lighthouse 12 (npm) against the demo site in Debian's Chromium; write docs/lighthouse.md.

    make lighthouse        # serves the demo site on 127.0.0.1, audits the main pages

Lighthouse 12 because the machine's Node is 20 (13 needs Node 22). Loopback only.
"""

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PORT = int(os.environ.get("LIGHTHOUSE_PORT", "8797"))
BASE = f"http://127.0.0.1:{PORT}"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
PAGES = ["/lv/", "/ru/branches/", "/en/branches/daugavpils/", "/lv/services/",
         "/ru/services/find-help/?branch=liepaja&language=uk", "/en/news/", "/lv/events/",
         "/ru/materials/", "/en/search/?q=liepaja"]  # fmt: skip
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FLAGS = ("--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
         "--disable-background-networking --disable-component-update --disable-sync")  # fmt: skip


def wait_for_server(deadline=30):
    """Wait until the local server answers, for at most `deadline` seconds."""
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        try:
            with urllib.request.urlopen(f"{BASE}/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("the demo server did not start")


def audit(path, out_dir):
    """Run Lighthouse against `path` and return its four category scores."""
    report = Path(out_dir) / "report.json"
    subprocess.run(
        [str(LIGHTHOUSE), BASE + path, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={FLAGS}",
         "--form-factor=mobile", "--max-wait-for-load=20000"],
        check=True, env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
        timeout=120,
    )  # fmt: skip
    data = json.loads(report.read_text())
    return {c: round(data["categories"][c]["score"] * 100) for c in CATEGORIES}


def production_env(static_root):
    """Production settings on the demo database, plain http on loopback."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.prod",
        "DJANGO_SECRET_KEY": "lighthouse-run-only-" + os.urandom(16).hex(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{ROOT / 'db.sqlite3'}",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_STATIC_ROOT": static_root,
    }


def main():
    """Serve the demo with gunicorn, audit the main pages and write docs/lighthouse.md."""
    static_root = tempfile.mkdtemp(prefix="lighthouse-static-")
    env = production_env(static_root)
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
                   cwd=ROOT, env=env, check=True)  # fmt: skip
    # gunicorn with WhiteNoise's compressed, hashed files, as in production.
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "portal.wsgi:application", "--bind",
         f"127.0.0.1:{PORT}", "--workers", "2", "--access-logfile", "/dev/null"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    rows = []
    try:
        wait_for_server()
        with tempfile.TemporaryDirectory() as out_dir:
            for path in PAGES:
                try:
                    scores = audit(path, out_dir)
                except subprocess.CalledProcessError:  # Chromium start-up hiccup: once more
                    scores = audit(path, out_dir)
                rows.append((path, scores))
                print(path, scores, flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)
    lines = [
        "# Lighthouse scores",
        "",
        "Lighthouse 12, mobile form factor with its simulated slow 4G, Debian's Chromium,",
        "the demo content served by gunicorn on 127.0.0.1 (`make lighthouse`).",
        "",
        "The search page scores lower on SEO on purpose: results pages carry",
        "`noindex` so that search engines do not index them.",
        "",
        "| page | " + " | ".join(CATEGORIES) + " |",
        "| --- |" + " --- |" * len(CATEGORIES),
    ]
    lines += [f"| `{p}` | " + " | ".join(str(s[c]) for c in CATEGORIES) + " |" for p, s in rows]
    (ROOT / "docs" / "lighthouse.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
