"""`make bench`: the main pages against the floor, on the demo and on the large catalogue.

    make bench           # installs wrk (Debian) when missing, then runs this
    .venv/bin/python benchmarks/bench.py [--seconds 2] [--floor-seconds 1] [--rounds 1]

A PostgreSQL cluster of its own (never the machine's shared one) with two databases: the demo
(`load_demo`) and the large catalogue of benchmarks/dataset.py. The floor (benchmarks/floor/)
and the portal (production settings, Redis DB 5) under gunicorn with gunicorn.conf.py, on
loopback ports of their own. For each dataset the portal runs twice, without and with the page
cache (DJANGO_PAGE_CACHE=0, then 1), and wrk loads the floor and each page in turn. Prints one
table per dataset and writes docs/PERFORMANCE.md (see there how to read it). Every wrk run has
a fixed duration and timeout; what is not measured (seeding, booting, counting queries) runs
side by side, never during a load; whatever it started is stopped on the way out, on an error
or Ctrl+C too.
"""

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import dataset, probe, report, warmup, wrk  # noqa: E402
from benchmarks.stack import (  # noqa: E402
    ROOT,
    Cluster,
    Gunicorn,
    free_port,
    prepare,
    production_env,
)
from benchmarks.weight import page_weight  # noqa: E402
from benchmarks.wrk import WAIT  # noqa: E402

REDIS_DB = "5"
FLOOR_APP = "benchmarks.floor.wsgi:application"
TITLES = {"demo": "Demo content", "large": "Large catalogue"}


def main():
    """Build both datasets, measure them, print the tables and write docs/PERFORMANCE.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=2, help="wrk's time on each page")
    parser.add_argument("--floor-seconds", type=int, default=1, help="wrk's time on the floor")
    parser.add_argument("--rounds", type=int, default=1, help="rounds over every page")
    parser.add_argument("--datasets", default="demo,large")
    parser.add_argument("--output", default=str(ROOT / "docs" / "PERFORMANCE.md"))
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: `make bench` installs it (apt-get install wrk)")
    for signum in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _exit)
    began, load_before = time.monotonic(), os.getloadavg()
    run = Run(_redis_url())
    try:
        sections = run.all(args)
        machine = report.machine_facts(run.cluster, run.redis, load_before, began)
    finally:
        run.cleanup()
    Path(args.output).write_text(report.document(machine, sections))
    log(f"done in {machine['Wall time']}; written to {args.output}")


def log(message):
    """A progress line on stderr, with the time."""
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _exit(signum, frame):
    raise SystemExit(128 + signum)  # so that every `finally` runs


class Run:
    """What one `make bench` started: the cluster, the servers, the seeding; and its figures."""

    def __init__(self, redis):
        self.redis, self.cluster, self.servers, self.seeding = redis, Cluster(), [], None
        self.portals = {}  # (dataset, mode): its gunicorn
        self.floor_loaded = False  # the floor has had its first load (warmup.burst())

    def _seeded(self):
        """Wait for the large catalogue's seeding to end, and say how it went."""
        line = self.seeding.finish()
        if line:
            log(f"large: {line}")

    def all(self, args):
        """Build the datasets and measure each; return the report's sections."""
        names = args.datasets.split(",")
        self.cluster.create()
        self.floor = self.start(
            {**os.environ, "DJANGO_SETTINGS_MODULE": "benchmarks.floor.settings"},
            app=FLOOR_APP,
            ready="/",
            # Never replace a worker of the floor: no floor figure includes a worker's boot.
            options=["--max-requests", "0"],
        )
        self.envs = self.databases(names)
        self.boot(names[0])
        sections = []
        for name, after in zip(names, [*names[1:], None], strict=True):
            dataset = self.measure(name, args, after)
            section = report.dataset_section(TITLES[name], dataset, large=name == "large")
            print(f"\n{section}\n", flush=True)
            sections.append(section)
        return sections

    def start(self, env, **options):
        """Boot gunicorn with gunicorn.conf.py's own workers and threads; do not wait for it."""
        server = Gunicorn(env, workers=None, threads=None, wait=False, boot_seconds=120, **options)
        self.servers.append(server)
        return server

    def stop(self, server):
        self.servers.remove(server)
        server.stop(graceful=False)  # nothing runs: it has been idle since the last load

    def settle(self):
        """Before a load: the seeding has ended, every server has booted and is idle."""
        if self.seeding is not None:
            self._seeded()
        for server in self.servers:
            server.wait_ready()
            server.wait_idle(limit=120)

    def cleanup(self):
        """Stop everything started and empty the Redis database; Ctrl+C cannot cut it short."""
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            if self.seeding is not None:
                self.seeding.kill()
            for server in reversed(self.servers):
                with contextlib.suppress(Exception):
                    server.stop(graceful=False)
            self.cluster.destroy()
            if self.redis:
                _flush_redis()
        finally:
            signal.signal(signal.SIGINT, previous)

    def databases(self, names):
        """{name: production environment}; the large catalogue is left seeding meanwhile."""
        extra = {"DJANGO_EMAIL_URL": f"smtp://127.0.0.1:{free_port()}"}  # GET pages send none
        if self.redis:
            extra["DJANGO_REDIS_URL"] = self.redis
        log("demo: migrate, compilemessages, load_demo, collectstatic")
        self.cluster.createdb("bench_demo")
        envs = {"demo": production_env(self.cluster.url("bench_demo"), **extra)}
        prepare(envs["demo"])
        if "large" in names:
            log("large: the demo's database copied; the catalogue is inserted and indexed")
            self.cluster.createdb("bench_large", template="bench_demo")
            envs["large"] = production_env(self.cluster.url("bench_large"), **extra)
            self.seeding = dataset.Seeding(envs["large"])
        return envs

    def boot(self, name):
        """Boot the dataset's portals, without and with the page cache; do not wait for them."""
        for mode in report.MODES:
            self.portals[name, mode] = self.start(_mode_env(self.envs[name], mode))

    def measure(self, name, args, after=None):
        """Every figure of one dataset: the pages in both modes, floor, home weight, search.

        The portals of the dataset `after` boot while this one's cached run counts queries,
        when nothing is measured (and not beside the seeding, which they would slow down).
        """
        dataset = {"floor": {"runs": []}, "pages": None, "searches": []}
        if name == "large":
            self._seeded()  # the probe reads the catalogue
        for mode in report.MODES:
            mode_env = _mode_env(self.envs[name], mode)
            _flush_redis()
            server = self.portals[name, mode]
            if mode == "cached" and after:
                self.boot(after)
            log(f"{name}, {mode}: each page in-process (statuses, sizes, queries)")
            options = []
            if mode == "cached":  # a page too slow to load uncached is not requested again
                slow = [p["path"] for p in dataset["pages"] if p["alone_uncached"] >= WAIT]
                options = ["--cached", *(f"--skip={path}" for path in slow)]
            probed = probe.run(mode_env, *options)
            probe.record(dataset, probed, mode)
            self.settle()
            if not self.floor_loaded:  # once: the floor runs for the whole benchmark
                warmup.burst(self.floor, "/")
                self.floor_loaded = True
            try:
                warmup.warm(server, dataset["pages"], mode)
                if mode == "uncached":
                    dataset["home"] = page_weight(server.port, dataset["pages"][0]["path"])
                log(f"{name}, {mode}: wrk, floor and pages in turn")
                dataset["floor"][mode] = self.rounds(server, dataset, mode, args)
                if mode == "uncached" and name == "large":
                    dataset["searches"] = search_alone(server, dataset["pages"], args.seconds)
            finally:
                self.stop(server)
        runs = dataset["floor"].pop("runs")
        dataset["floor"]["problems"] = ", ".join(sorted({wrk.problems(r) for r in runs} - {""}))
        return dataset

    def rounds(self, server, dataset, mode, args):
        """floor, page, floor, page ...: each page's ratio is to the mean of the floors around
        it. Returns the floor's median run."""
        floor_url = _url(self.floor, "/")
        floor_runs, by_page = [], {page["path"]: [] for page in dataset["pages"]}
        for _ in range(args.rounds):
            before = wrk.run_on(self.floor, floor_url, seconds=args.floor_seconds)
            floor_runs.append(before)
            for page in dataset["pages"]:
                options = wrk.options_for(page[f"alone_{mode}"], args.seconds)
                if options is None:
                    by_page[page["path"]].append(wrk.not_loaded(page[f"alone_{mode}"]))
                    continue
                # A stall, or every connection on one worker: run again (see wrk.run_on).
                run = wrk.run_on(server, _url(server, page["path"]), **options)
                after = wrk.run_on(self.floor, floor_url, seconds=args.floor_seconds)
                floor_runs.append(after)
                mean = (before["rps"] + after["rps"]) / 2
                by_page[page["path"]].append({**run, "ratio": run["rps"] / mean if mean else None})
                before = after
        for page in dataset["pages"]:
            runs = sorted(by_page[page["path"]], key=lambda run: run["ratio"] or 0)
            page[mode] = {**runs[len(runs) // 2], "problems": wrk.page_problems(page, mode, runs),
                          "faults": wrk.page_problems(page, mode, runs, notes=False)}  # fmt: skip
        dataset["floor"]["runs"] += floor_runs
        return sorted(floor_runs, key=lambda run: run["rps"])[len(floor_runs) // 2]


def _redis_url():
    """redis://127.0.0.1:6379/5 when Redis answers there, else None (local-memory caches)."""
    found = shutil.which("redis-cli") and subprocess.run(
        ["redis-cli", "-n", REDIS_DB, "ping"], capture_output=True, timeout=10
    )
    if found and found.returncode == 0:
        return f"redis://127.0.0.1:6379/{REDIS_DB}"
    log("Redis does not answer on 127.0.0.1:6379: each process caches in its own memory")
    return None


def _flush_redis():
    if shutil.which("redis-cli"):
        subprocess.run(["redis-cli", "-n", REDIS_DB, "flushdb"], capture_output=True, timeout=10)


def _mode_env(env, mode):
    return {**env, "DJANGO_PAGE_CACHE": "1" if mode == "cached" else "0"}


def _url(server, path):
    return f"http://127.0.0.1:{server.port}{path}"


def search_alone(server, pages, seconds):
    """p50/p95/p99 of each search with one connection: its own time, without a queue."""
    log("large, uncached: each search alone")
    found = []
    for page in pages:
        if page["label"].startswith("search"):
            run = wrk.run(_url(server, page["path"]), seconds=seconds, connections=1, threads=1)
            server.wait_idle()
            found.append({**run, "label": page["label"], "path": page["path"],
                          "problems": wrk.problems(run)})  # fmt: skip
    return found


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        log("interrupted; everything it started is stopped")
        sys.exit(130)
