"""64 connections for 60 s over the main pages and the forms, against gunicorn in production.

    make load            # installs wrk (Debian) when missing, then runs this
    .venv/bin/python benchmarks/load.py [--connections 64] [--seconds 60]

A PostgreSQL cluster of its own (never the machine's shared one), the demo, gunicorn with
gunicorn.conf.py and production settings, Redis DB 14 when it answers; wrk on 127.0.0.1 only.
One request in six is a form sent with a fresh one-time token: a consultation request, an event
registration, a Dialogue Platform membership. The forms' per-address limit
(DJANGO_FORM_RATE_LIMIT) is raised for this run only, since every request comes from 127.0.0.1:
a flood from one address would otherwise get the designed 429 after five posts and the run
would measure refusals instead of storing. wrk's timeout is gunicorn's, 30 s: a slower answer
is an error. Prints throughput, latency percentiles, answers by
status class and wrk's errors; exits non-zero on any error or 5xx.
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.pages import PAGES as MAIN_PAGES  # noqa: E402
from benchmarks.stack import Cluster, Gunicorn, manage, prepare, production_env  # noqa: E402

# The pages of benchmarks/pages.py and the rest of what people open most, forms included.
PAGES = [
    *MAIN_PAGES,
    "/lv/news/",
    "/en/events/",
    "/lv/materials/",
    "/ru/topics/residence-permits/",
    "/en/ask/",
    "/ru/dialogue-platform/",
    "/en/contact/",
]
CSRF = "loadtestcsrfsecret0123456789abcd"  # 32 characters: Django takes the unmasked secret

LUA = r"""
local pages = {PAGES}
local forms = {FORMS}
counts = {}  -- global: done() reads it from each thread with thread:get
local n = 0
local threads = {}

function setup(thread) table.insert(threads, thread) end

function init(args) counts = {[2]=0, [3]=0, [4]=0, [5]=0} end

local function uuid()
  return string.format("%08x-%04x-4%03x-a%03x-%012x", math.random(0, 0xffffffff),
    math.random(0, 0xffff), math.random(0, 0xfff), math.random(0, 0xfff),
    math.random(0, 0xffffffffffff))
end

request = function()
  n = n + 1
  local headers = {["Host"] = "127.0.0.1", ["Cookie"] = "csrftoken=CSRF"}
  if n % 6 == 0 then
    local form = forms[(n / 6) % #forms + 1]
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    local token = uuid()  -- a fresh person each time: a repeated address is a designed 400
    local body = form[2]:gsub("load%%40", "load-" .. token .. "%%40")
      .. "&csrfmiddlewaretoken=CSRF&token=" .. token
    return wrk.format("POST", form[1], headers, body)
  end
  return wrk.format("GET", pages[n % #pages + 1], headers)
end

response = function(status, headers, body)
  local class = math.floor(status / 100)
  counts[class] = (counts[class] or 0) + 1
end

done = function(summary, latency, requests)
  local total = {[2]=0, [3]=0, [4]=0, [5]=0}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for k, v in pairs(c) do total[k] = (total[k] or 0) + v end
  end
  io.write(string.format("CLASSES 2xx=%d 3xx=%d 4xx=%d 5xx=%d\n", total[2], total[3], total[4], total[5]))
  io.write(string.format("P99MS %.1f\n", latency:percentile(99) / 1000))
  io.write(string.format("P50MS %.1f\n", latency:percentile(50) / 1000))
  local e = summary.errors
  io.write(string.format("ERRORS connect=%d read=%d write=%d status=%d timeout=%d\n",
    e.connect, e.read, e.write, e.status, e.timeout))
end
"""


def lua_script(event_slug):
    """The wrk script: pages in turn, every sixth request a form with a fresh token."""
    forms = [
        ("/en/ask/", "question=How+do+I+renew+my+permit%3F&place=riga&answer_by=email"
         "&answer_language=en&name=Load+Test&email=load%40example.org&consent=on&website="),
        (f"/lv/events/{event_slug}/register/", "name=Load+Test&email=load%40example.org&website="),
        ("/ru/dialogue-platform/join/", "organisation=Load+Test+NGO&kind=ngo&contact_name=Load"
         "&email=load%40example.org&phone=&message=Hello&site=&website="),
    ]  # fmt: skip
    pages = "{" + ", ".join(f'"{p}"' for p in PAGES) + "}"
    lua_forms = "{" + ", ".join(f'{{"{path}", "{body}"}}' for path, body in forms) + "}"
    return LUA.replace("{PAGES}", pages).replace("{FORMS}", lua_forms).replace("CSRF", CSRF)


def main():
    """Run the load and print the figures; exit 1 on errors or 5xx."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: `make load` installs it (apt-get install wrk)")
    cluster = Cluster().create()
    server = None
    try:
        cluster.createdb()
        extra = {"DJANGO_FORM_RATE_LIMIT": "100000000"}
        if subprocess.run(["redis-cli", "-n", "14", "ping"], capture_output=True).returncode == 0:
            extra["DJANGO_REDIS_URL"] = "redis://127.0.0.1:6379/14"
        env = production_env(cluster.url(), **extra)
        prepare(env)
        event_slug = manage(
            "shell", "-v0", "-c", "from events.models import Event; print(next(e.slug for e in "
            "Event.objects.order_by('start') if e.accepts_registrations()))", env=env,
        ).strip()  # fmt: skip
        server = Gunicorn(env, workers=int(env.get("GUNICORN_WORKERS", "5")), threads=2)
        with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
            script.write(lua_script(event_slug))
            script.flush()
            result = subprocess.run(
                ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.seconds}s",
                 "--timeout", "30s", "--latency", "-s", script.name,
                 f"http://127.0.0.1:{server.port}/lv/"],
                capture_output=True, text=True, timeout=args.seconds + 60,
            )  # fmt: skip
        output = result.stdout
        print(output)
        classes = dict(re.findall(r"(\dxx)=(\d+)", output))
        errors = dict(re.findall(r"(\w+)=(\d+)", output.split("ERRORS", 1)[1]))
        throughput = re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)
        p99 = re.search(r"P99MS ([\d.]+)", output).group(1)
        failed = int(classes.get("5xx", 1)) or any(
            int(errors[k]) for k in ("connect", "read", "write", "timeout")
        )
        print(
            f"load: {args.connections} connections for {args.seconds} s: {throughput} requests/s,"
            f" p99 {p99} ms, {classes}, errors {errors}"
        )
        stored = manage(
            "shell", "-v0", "-c", "from enquiries.models import Enquiry; "
            "from events.models import Registration; from dialogue.models import JoinRequest; "
            "print(Enquiry.objects.count(), Registration.objects.count(), "
            "JoinRequest.objects.count())", env=env,
        ).split()  # fmt: skip
        print(f"stored during the run: {stored[0]} enquiries (demo included), {stored[1]} "
              f"registrations, {stored[2]} membership requests")  # fmt: skip
        return 1 if failed else 0
    finally:
        if server is not None:
            server.stop()
        cluster.destroy()
        if "DJANGO_REDIS_URL" in extra:
            subprocess.run(["redis-cli", "-n", "14", "flushdb"], capture_output=True)


if __name__ == "__main__":
    sys.exit(main())
