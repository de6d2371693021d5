"""`make cpu`: the CPU each page costs, measured in one process, without the noise of a load.

    make cpu                  # the demo plus the large catalogue, in a cluster of its own
    .venv/bin/python benchmarks/cpu.py [--requests 20] [--page home] [--profile]
                                       [--database-url postgres://...]

make bench counts requests per second under wrk, and on a shared 2-core machine those move by
±30 % from one run to the next: too much to see what one change did. This counts CPU time
instead, which the neighbours barely move: for each page of make bench (benchmarks/probe.py),
the Python of a request in this process (production settings, page cache off, as wrk's
visitor: no cookie, brotli accepted) with its parts in templates and in the ORM, and the
PostgreSQL backend's own CPU (/proc); then a
page-cache hit through the WSGI application gunicorn serves, beside the floor's view. With
--profile, cProfile's costliest functions for the pages chosen with --page. Compare two
versions in one sitting, alternately. The cluster (about a minute to build) is removed at the
end; --database-url measures that database as it is instead.
"""

import argparse
import gc
import io
import json
import os
import runpy
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.stack import ROOT, Cluster, prepare, production_env  # noqa: E402

ENCODINGS = "gzip, deflate, br"


def main():
    """Build the database (unless given), measure in a child process, then the floor."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=20, help="requests timed per page")
    parser.add_argument("--page", action="append", default=[], help="pages whose label has this")
    parser.add_argument("--profile", action="store_true", help="cProfile the chosen pages")
    parser.add_argument("--database-url", help="measure this database instead of a new one")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return measure(args)
    cluster = None
    try:
        url = args.database_url
        if url is None:
            cluster = Cluster().create()
            cluster.createdb("cpu")
            url = cluster.url("cpu")
            print("building the demo and the large catalogue (about a minute)", flush=True)
            prepare(production_env(url))
            subprocess.run([sys.executable, "-m", "benchmarks.dataset", "--keep-demo"], cwd=ROOT,
                           env=production_env(url), check=True, capture_output=True)  # fmt: skip
        env = production_env(url, DJANGO_PAGE_CACHE="0", DJANGO_LOG_LEVEL="ERROR")
        env.pop("DJANGO_REDIS_URL", None)  # local memory: a hit is the same work but Redis's
        child = [sys.executable, __file__, "--child", f"--requests={args.requests}"]
        child += [f"--page={page}" for page in args.page] + ["--profile"] * args.profile
        subprocess.run(child, cwd=ROOT, env=env, check=True)
        if not args.profile:
            print(f"floor's view: {floor_us(args.requests * 50):.0f} us a request")
    finally:
        if cluster is not None:
            cluster.destroy()
    return 0


def measure(args):
    """In the child (production settings): every chosen page, then a page-cache hit."""
    import django

    django.setup()
    # The garbage collector as a gunicorn worker has it (frozen after loading, see there).
    runpy.run_path(str(ROOT / "gunicorn.conf.py"))["post_worker_init"](None)
    from benchmarks import probe

    chosen = [(label, path) for label, path in probe.pages()
              if not args.page or any(part in label for part in args.page)]  # fmt: skip
    total = 0.0
    for label, path in chosen:
        if args.profile:
            profile(path, args.requests)
            continue
        python, postgres, queries, parts = page_cpu(path, args.requests)
        total += python + postgres
        print(f"{label:32} Python {python:5.1f} ms (templates {parts['templates']:4.1f}, ORM "
              f"{parts['orm']:4.1f})  PostgreSQL {postgres:4.1f} ms  {queries:2d} queries", flush=True)  # fmt: skip
    if not args.profile:
        from django.conf import settings

        settings.PAGE_CACHE_SECONDS = 300
        print(f"{'all pages':40} {total:6.1f} ms of CPU in all")
        print(f"page-cache hit of {chosen[0][1]}: {hit_us(chosen[0][1], args.requests * 50):.0f} "
              "us a request (WSGI application, local-memory cache; Redis adds its round trip)")  # fmt: skip
    return 0


def _client():
    from django.test import Client

    return Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_ENCODING=ENCODINGS)


def _backend_seconds(connection):
    """CPU seconds the PostgreSQL backend of `connection` has used so far."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Clocks:
    """While entered, CPU seconds spent in templates and in the ORM (queries run and rows
    made into objects), each counted at its outermost call. A template that iterates a lazy
    queryset runs it: that time counts as the ORM's, not the template's."""

    def __init__(self):
        self.templates = self.orm = self._orm_in_templates = 0.0
        self._depth = {"templates": 0, "orm": 0}

    def _timed(self, kind, function):
        clocks = self

        def timed(*args, **kwargs):
            clocks._depth[kind] += 1
            began = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                clocks._depth[kind] -= 1
                if not clocks._depth[kind]:
                    spent = time.process_time() - began
                    setattr(clocks, kind, getattr(clocks, kind) + spent)
                    if kind == "orm" and clocks._depth["templates"]:
                        clocks._orm_in_templates += spent

        return timed

    def _targets(self):
        from django.db.models.query import QuerySet
        from django.db.models.sql.compiler import SQLCompiler
        from django.template.backends.django import Template

        return [(Template, "render", "templates"), (QuerySet, "_fetch_all", "orm"),
                (SQLCompiler, "execute_sql", "orm")]  # fmt: skip

    def __enter__(self):
        self._saved = [(owner, name, getattr(owner, name)) for owner, name, _ in self._targets()]
        for (owner, name, kind), (_, _, function) in zip(self._targets(), self._saved, strict=True):
            setattr(owner, name, self._timed(kind, function))
        return self

    def __exit__(self, *exc):
        for owner, name, function in self._saved:
            setattr(owner, name, function)

    def per_request_ms(self, requests):
        """{"templates": ms, "orm": ms} of one of `requests` requests."""
        templates = self.templates - self._orm_in_templates
        return {"templates": templates / requests * 1000, "orm": self.orm / requests * 1000}


def page_cpu(path, requests):
    """(Python ms, PostgreSQL ms, queries, {part: ms of the Python}) of one request to `path`, averaged
    over `requests` after three to warm up. PostgreSQL's CPU is read from /proc when it runs
    on this machine."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = _client()
    for _ in range(3):
        response = client.get(path)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    queries = len(captured)  # now: the next request empties the log it reads
    local = connection.vendor == "postgresql" and connection.settings_dict["HOST"] in (
        "127.0.0.1", "localhost", "",
    )  # fmt: skip
    gc.collect()
    before_db = _backend_seconds(connection) if local else 0.0
    began = time.process_time()
    with Clocks() as clocks:
        for _ in range(requests):
            client.get(path)
    python = (time.process_time() - began) / requests * 1000
    postgres = ((_backend_seconds(connection) if local else 0.0) - before_db) / requests * 1000
    return python, postgres, queries, clocks.per_request_ms(requests)


def hit_us(path, requests):
    """Microseconds of CPU of a page-cache hit of `path`, through portal.wsgi.application
    (with the page cache on)."""
    from portal.wsgi import application

    environ = {
        "REQUEST_METHOD": "GET", "PATH_INFO": path.split("?")[0],
        "QUERY_STRING": path.partition("?")[2], "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "80",
        "HTTP_HOST": "127.0.0.1", "HTTP_ACCEPT_ENCODING": ENCODINGS, "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(), "wsgi.errors": sys.stderr, "SERVER_PROTOCOL": "HTTP/1.1",
    }  # fmt: skip
    answered = {}

    def start_response(status, headers, exc_info=None):
        answered.update(headers)

    def one():
        body = application(dict(environ), start_response)
        b"".join(body)
        getattr(body, "close", lambda: None)()

    one()
    one()
    if answered.get("X-Page-Cache") != "hit":
        raise SystemExit(f"{path} was not served from the page cache")
    began = time.process_time()
    for _ in range(requests):
        one()
    return (time.process_time() - began) / requests * 1e6


def floor_us(requests):
    """Microseconds of CPU of a request to the floor's view, in a process of the floor's own."""
    code = (
        "import io, sys, time, json\n"
        "from benchmarks.floor.wsgi import application\n"
        "environ = {'REQUEST_METHOD': 'GET', 'PATH_INFO': '/', 'SERVER_NAME': '127.0.0.1',"
        " 'SERVER_PORT': '80', 'HTTP_HOST': '127.0.0.1', 'wsgi.url_scheme': 'http',"
        " 'wsgi.input': io.BytesIO(), 'wsgi.errors': sys.stderr}\n"
        "def one():\n"
        "    body = application(dict(environ), lambda *a: None); b''.join(body); body.close()\n"
        f"one(); began = time.process_time()\nfor _ in range({requests}): one()\n"
        f"print(json.dumps((time.process_time() - began) / {requests} * 1e6))\n"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks.floor.settings"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                            capture_output=True, text=True)  # fmt: skip
    return json.loads(result.stdout)


def profile(path, requests):
    """cProfile's 25 costliest functions for `path`, by their own time and with callees."""
    import cProfile
    import pstats

    client = _client()
    for _ in range(3):
        client.get(path)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(requests):
        client.get(path)
    profiler.disable()
    print(f"\n=== {path} ({requests} requests)")
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    sys.exit(main())
