"""PostgreSQL stops under a running site, and comes back: 503 meanwhile, nothing lost, no restart.

    .venv/bin/python benchmarks/outage.py

Starts a PostgreSQL cluster of its own on a free port (never the machine's shared one), the
demo under gunicorn with production settings, then: pages and forms before, during and after
an outage. During it, a page kept by the page cache is still served (200, X-Page-Cache: hit);
every other page must answer a translated 503 with Retry-After (/healthz too, and pages
nobody asked for before the outage, so the 503 is always seen),
and a request form and an event registration sent then must be refused with a request to try
again, never acknowledged. After PostgreSQL is back (gunicorn untouched) pages answer 200, and
the database holds nothing of the refused submissions; sent again, each is stored once.
Exits non-zero on any failure; tests/portal/test_outage.py runs it in the suite.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.client import Browser, request  # noqa: E402
from benchmarks.stack import Cluster, Gunicorn, manage, prepare, production_env  # noqa: E402

PAGES = ["/lv/", "/ru/branches/", "/en/services/", "/lv/events/", "/ru/ask/"]
NOT_VISITED = ["/lv/news/", "/en/materials/", "/ru/topics/"]  # not in the page cache
UNAVAILABLE = {
    "lv": "Īslaicīgi nav pieejams",
    "ru": "Временно недоступно",
    "en": "Temporarily unavailable",
}
NOT_SAVED = {
    "lv": "nekas nav nosūtīts",
    "ru": "ничего не отправлено",
    "en": "nothing has been sent",
}
NAME, EMAIL = "Outage Tester", "outage.tester@example.org"


def check(condition, message, failures):
    """Record a failed expectation and say it."""
    if not condition:
        failures.append(message)
        print("FAIL", message)


def open_forms(port, event_slug):
    """Load the request form and the registration form as a person would: (browser, posts)."""
    browser = Browser(port)
    _, _, ask = browser.go("GET", "/en/ask/")
    fields = browser.form_fields(ask)
    enquiry = {**fields, "question": "How do I renew my residence permit during the outage?",
               "place": "riga", "answer_by": "email", "answer_language": "en", "name": NAME,
               "email": EMAIL, "consent": "on", "website": ""}  # fmt: skip
    form_page = f"/lv/events/{event_slug}/register/"
    _, _, event = browser.go("GET", form_page)
    registration = {**browser.form_fields(event), "name": NAME, "email": EMAIL, "website": ""}
    return browser, {"/en/ask/": enquiry, form_page: registration}


def stored(env, token_list):
    """How many enquiries, registrations and e-mails carry the tester's tokens or address."""
    script = (
        "from enquiries.models import Enquiry; from events.models import Registration; "
        "from core.models import OutgoingMail; "
        f"tokens={token_list!r}; "
        "print(Enquiry.objects.filter(token__in=tokens).count(), "
        "Registration.objects.filter(token__in=tokens).count(), "
        f"OutgoingMail.objects.filter(to={EMAIL!r}).count())"
    )
    return tuple(int(n) for n in manage("shell", "-v0", "-c", script, env=env).split())


def main():
    """Run the outage and report; exit 1 on any failed expectation."""
    failures = []
    cluster = Cluster().create()
    server = None
    try:
        cluster.createdb()
        env = production_env(cluster.url(), DJANGO_FORM_RATE_LIMIT="1000")
        prepare(env)
        event_slug = manage(
            "shell", "-v0", "-c", "from events.models import Event; "
            "print(next(e.slug for e in Event.objects.order_by('start') if e.accepts_registrations()))",
            env=env,
        ).strip()  # fmt: skip
        server = Gunicorn(env, workers=2)
        port = server.port
        for path in PAGES:
            check(request(port, "GET", path)[0] == 200, f"before: {path} is not 200", failures)
        browser, posts = open_forms(port, event_slug)
        tokens = [form["token"] for form in posts.values()]

        cluster.stop()
        started = time.monotonic()
        answers = cached = 0
        rounds = 0
        while rounds < 3 or time.monotonic() - started < 3:  # some seconds of outage, not a blink
            rounds += 1
            for path in PAGES + NOT_VISITED + ["/healthz"]:
                status, headers, body = request(port, "GET", path)
                answers += 1
                if status == 200 and headers.get("X-Page-Cache") == "hit" and path in PAGES:
                    cached += 1  # kept before the outage: the reader still gets the page
                    continue
                check(status == 503, f"outage: {path} answered {status}", failures)
                retry = headers.get("Retry-After", "").isdigit()
                check(retry, f"outage: {path} lacks Retry-After", failures)
                lang = path.split("/")[1]
                page = lang not in UNAVAILABLE or UNAVAILABLE[lang] in body
                check(page, f"outage: {path} is not the {lang} 503 page", failures)
            time.sleep(0.2)
        for path, form in posts.items():
            status, headers, body = browser.go("POST", path, form)
            answers += 1
            lang = path.split("/")[1]
            check(status == 503, f"outage: POST {path} answered {status}", failures)
            check(status != 302, f"outage: POST {path} was acknowledged", failures)
            told = NOT_SAVED[lang] in body or UNAVAILABLE[lang] in body
            check(told, f"outage: POST {path} did not ask to try again", failures)
        outage = time.monotonic() - started

        cluster.start()
        recovered_after = None
        for attempt in range(1, 21):
            statuses = [request(port, "GET", path)[0] for path in PAGES + ["/healthz"]]
            if all(status == 200 for status in statuses):
                recovered_after = attempt
                break
            time.sleep(0.25)
        check(
            recovered_after is not None, "after: pages did not recover without a restart", failures
        )
        check(server.process.poll() is None, "after: gunicorn had to restart", failures)
        check(
            stored(env, tokens) == (0, 0, 0),
            "after: a refused submission was half-stored",
            failures,
        )
        for path, form in posts.items():
            status, _, _ = browser.go("POST", path, form)
            check(status == 302, f"after: POST {path} sent again answered {status}", failures)
            browser.go("POST", path, form)  # a double click: still one row
        enquiries, registrations, mails = stored(env, tokens)
        check((enquiries, registrations) == (1, 1), "after: sent again, not stored once", failures)
        check(mails >= 2, "after: no acknowledgement queued", failures)
        print(
            f"outage: {answers} requests during {outage:.1f} s of downtime: {cached} served from the"
            f" page cache, the other {answers - cached} 503 with Retry-After;"
            f" {len(posts)} forms refused and not stored; recovered on round {recovered_after}"
            f" without a restart; stored once when sent again ({enquiries} enquiry,"
            f" {registrations} registration, {mails} e-mails queued)"
        )
    finally:
        if server is not None:
            server.stop()
        cluster.destroy()
    print("FAILED" if failures else "OK")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
