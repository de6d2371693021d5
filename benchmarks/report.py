"""The tables of `make bench` and docs/PERFORMANCE.md, from the figures bench.py gathered."""

import datetime as dt
import os
import platform
import re
import runpy
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


MODES = ("uncached", "cached")
TARGETS = {"uncached": 0.05, "cached": 0.80}
SEARCH_P95_MS = 50
HOME_WIRE_KB = 60


def _number(value, digits=0):
    return f"{value:,.{digits}f}" if value is not None else "–"


def _ms(value):
    return "–" if value is None else f"{value:.1f}" if value < 100 else f"{value:,.0f}"


def _percent(ratio):
    return (
        "–" if ratio is None else f"{ratio * 100:.1f} %" if ratio < 0.1 else f"{ratio * 100:.0f} %"
    )


def _row(cells):
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def _table(header, rows, right=()):
    lines = [_row(header), _row("---:" if i in right else "---" for i in range(len(header)))]
    return "\n".join([*lines, *(_row(row) for row in rows)])


def page_table(dataset):
    """The Markdown table of one dataset: the floor first, then every page in both modes."""
    header = ["page", "req/s", "p50 ms", "p99 ms", "of floor", "req/s cached", "p50 ms",
              "p99 ms", "of floor", "KB", "KB sent", "queries", "not 200 / errors"]  # fmt: skip
    floor = dataset["floor"]
    rows = [
        [
            "**floor** (30 KB, no middleware)",
            *[
                cell
                for mode in MODES
                for cell in (
                    _number(floor[mode]["rps"]),
                    _ms(floor[mode]["p50_ms"]),
                    _ms(floor[mode]["p99_ms"]),
                    "100 %",
                )
            ],
            "30.0",
            "30.0",
            "0",
            floor["problems"] or "",
        ]  # fmt: skip
    ]
    for page in dataset["pages"]:
        cells = [f"{page['label']} `{page['path']}`"]
        for mode in MODES:
            run = page[mode]
            rps = _number(run["rps"], 1 if (run["rps"] or 0) < 100 else 0)
            if run["connections"] not in (0, 8):
                rps += f" (c{run['connections']})"
            cells += [rps, _ms(run["p50_ms"]), _ms(run["p99_ms"]), _percent(run["ratio"])]
        problems = "; ".join(f"{mode}: {page[mode]['problems']}" for mode in MODES
                             if page[mode]["problems"])  # fmt: skip
        sent = f"{page['wire_kb']:.1f}" + (f" {page['encoding']}" if page["encoding"] else "")
        queries = " / ".join(
            "–" if page["queries"].get(mode) is None else str(page["queries"][mode])
            for mode in MODES
        )
        rows.append([*cells, f"{page['raw_kb']:.1f}", sent, queries, problems])
    return _table(header, rows, right=range(1, 12))


def search_table(searches):
    """p50, p95 and p99 of each search alone (one connection), uncached."""
    rows = [
        [f"{s['label']} `{s['path']}`", _ms(s["p50_ms"]), _ms(s["p95_ms"]), _ms(s["p99_ms"]),
         _number(s["rps"], 1), s["problems"]]
        for s in searches
    ]  # fmt: skip
    return _table(["search", "p50 ms", "p95 ms", "p99 ms", "req/s", "not 200 / errors"], rows,
                  right=range(1, 5))  # fmt: skip


def home_line(home):
    """One sentence on the home page's weight with everything it loads."""
    outside = home["outside"]
    return (
        f"Home page with everything it loads: {home['wire_kb']:.1f} KB on the wire "
        f"({home['raw_kb']:.1f} KB uncompressed) in {home['requests']} requests; "
        f"{len(outside)} to other hosts{': ' + ', '.join(outside) if outside else ''}."
    )


def targets(dataset, large):
    """Each target of issue 13 with the figures that meet or miss it, as Markdown items."""
    pages = dataset["pages"]
    items = []
    for mode, share in TARGETS.items():
        below = [p["label"] for p in pages if (p[mode]["ratio"] or 0) < share or p[mode]["faults"]]
        state = "met" if not below else f"**not met** by {len(below)} of {len(pages)}"
        items.append(f"{mode.capitalize()} ≥ {share * 100:.0f} % of the floor: {state}"
                     + (f" ({'; '.join(below)})" if below else "") + ".")  # fmt: skip
    first, last = (next(p for p in pages if p["label"].startswith(prefix))
                   for prefix in ("news list, page 1", "news list, last page"))  # fmt: skip
    if first["uncached"]["rps"] and last["uncached"]["rps"]:
        slower = first["uncached"]["rps"] / last["uncached"]["rps"]
        items.append(f"Last news page ≤ 2× slower than the first (uncached req/s): "
                     f"{slower:.1f}× — {'met' if slower <= 2 else '**not met**'}.")  # fmt: skip
    else:
        items.append("Last news page ≤ 2× slower than the first: **not met** (no answer).")
    wire = dataset["home"]["wire_kb"]
    items.append(f"Home ≤ {HOME_WIRE_KB} KB on the wire, 0 requests to other hosts: {wire:.1f} KB, "
                 f"{len(dataset['home']['outside'])} — "
                 f"{'met' if wire <= HOME_WIRE_KB and not dataset['home']['outside'] else '**not met**'}.")  # fmt: skip
    if large:
        worst = max((s["p95_ms"] for s in dataset["searches"]), default=None)
        met = (
            worst is not None
            and worst < SEARCH_P95_MS
            and not any(s["problems"] for s in dataset["searches"])
        )
        items.append(f"Search p95 < {SEARCH_P95_MS} ms: worst {_ms(worst)} ms — "
                     f"{'met' if met else '**not met**'}.")  # fmt: skip
    return "\n".join(f"- {item}" for item in items)


def dataset_section(name, dataset, large=False):
    """The heading, counts, table, home weight, search timing and targets of one dataset."""
    counts = ", ".join(f"{n:,} {what}" for what, n in dataset["counts"].items())
    parts = [
        f"## {name}",
        "",
        f"{counts}.",
        "",
        page_table(dataset),
        "",
        home_line(dataset["home"]),
    ]
    if dataset.get("searches"):
        parts += ["", "Search alone (one connection, uncached, "
                  f"{dataset['searches'][0]['seconds']} s each):", "", search_table(dataset["searches"])]  # fmt: skip
    parts += ["", "Targets of issue 13 on this dataset:", "", targets(dataset, large)]
    return "\n".join(parts)


def document(machine, sections):
    """docs/PERFORMANCE.md: the machine, how to read the tables, then one section per dataset."""
    facts = "\n".join(f"- {label}: {value}" for label, value in machine.items())
    return f"""# Performance

Written by `make bench` (`benchmarks/bench.py`); every figure below comes from one run of it
and is replaced by the next. Before comparing two versions, run both on the same machine.

## The run

{facts}

## How to read the tables

- **The floor** is the fastest Django page this machine can serve: a project of its own
  (`benchmarks/floor/`) with no middleware and no database, whose one view answers 30 KB of
  HTML, under gunicorn with the same `gunicorn.conf.py` (workers and threads) as the portal;
  only its workers are never replaced (the portal's are, after about 100,000 requests each),
  so that no floor figure is lowered by a worker's boot. The portal runs with production settings, PostgreSQL (a throwaway cluster on
  its own port) and Redis, its static files served by WhiteNoise.
- Each page is loaded with wrk between two loads of the floor (floor, page, floor, page ...),
  so that whatever else the machine does hits both alike. **of floor** is the page's requests
  per second divided by the mean of the floor's just before and just after it. Absolute req/s
  move with the machine's load (see the load average above); the ratio moves much less, but on
  a busy machine a single run still varies by a factor of two or so: compare ratios, and
  compare two versions only on the same machine.
- wrk sends `Accept-Encoding: gzip, deflate, br` as browsers do, and no cookies (an anonymous
  visitor): 8 connections over 2 threads for 2 s (the floor for 1 s). A page slower than
  0.25 s alone gets 2 connections (marked c2), one slower than 2 s gets 1 (c1), each for long
  enough to see answers, so that few requests are left running when wrk stops; such a req/s
  is a little below what 8 connections would get. wrk waits at most 10 s for an answer (longer
  is a timeout error); a page slower than that alone is marked and not loaded. Before each
  floor run the portal is idle again (requests wrk gave up on have ended), and the floor before
  each page. **p50/p99** are wrk's latency percentiles
  under that load, queueing included. Before the rounds, each page is requested as many times
  at once as the portal has threads (slow pages: once per worker), so that no worker meets a
  page for the first time while it is measured (a first request is several times slower);
  then each server gets one second of wrk that is not counted (its first load stalls a few
  requests for up to a second, which the first page measured, home, used to take for its own).
- **uncached** runs with `DJANGO_PAGE_CACHE=0`, **cached** with `DJANGO_PAGE_CACHE=1`; Redis
  DB 5 is emptied before each. The cached run first requests each page in-process (twice,
  unless the first took over 2 s), so the cache holds what it may hold. A worker reads a page
  from Redis the first time it serves it, then from its own memory while the generation it
  hears from Redis stays the same (`core/pagememory.py`).
- **KB** is the HTML as the application renders it; **KB sent** what travels when the client
  accepts gzip and brotli, with the encoding the server chose (no encoding: sent as is).
- **queries** counts the SQL queries of one request, uncached / cached, made in-process with
  Django's test client (the whole middleware included) against the same database, settings
  and Redis: without the cache the second request to the page (the first, for a page slower
  than 0.5 s: the counts are the same once the process has served one page), with the cache
  the second request, which the cache may answer.
- **not 200 / errors**: every answer that was not 200 (each status is counted by wrk's script,
  3xx included), wrk's socket errors and timeouts, and a run that had no answer at all (it is
  run again once: a stall of the machine). An empty cell means every answer was a 200.
  A run (page or floor) in which one gunicorn worker used 85 % or more of the workers' CPU is
  also run again once, and the page's cell says so: wrk's 8 keep-alive connections had all
  been accepted by that one worker, which then works on one core (Python's lock) while the
  others idle, at half the figure or less. That is a draw of the accept race, not the page's
  speed (nginx in front opens and spreads many connections); see `benchmarks/wrk.py`. The
  figure is then the second run's, and the note does not count against a target; a status
  other than 200 or a socket error does.
- The **search alone** table loads each search with one connection, so its percentiles are the
  search's own time, without a queue; the target of issue 13 is about that one.

## The targets of issue 13

Uncached pages serve at least 5 % of the floor and cached pages at least 80 %; on the large
dataset search answers with p95 under 50 ms and every page answers; the last news page is no
more than 2× slower than the first; the home page with everything it loads stays under 60 KB on
the wire with no request to another host. Each dataset's section ends with the list.

{(chr(10) * 2).join(sections)}
"""


def machine_facts(cluster, redis_on, load_before, began):
    """The facts of the run for the report's first section."""
    import django
    import psycopg

    with psycopg.connect(cluster.url("postgres")) as conn:
        postgres = conn.execute("SHOW server_version").fetchone()[0]
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo
                  if line.startswith("model name")), platform.processor())  # fmt: skip
    redis = "not running (local-memory caches)"
    if redis_on:
        info = subprocess.run(["redis-cli", "info", "server"], capture_output=True, text=True)
        redis = re.search(r"redis_version:(\S+)", info.stdout).group(1)
    found = subprocess.run(["wrk", "--version"], capture_output=True, text=True)
    wrk_version = (found.stdout or found.stderr).split(" Copyright")[0].strip()
    conf = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    return {
        "Date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
        "Machine": f"{os.cpu_count()} CPUs, {model}, {platform.system()} {platform.release()}",
        "Load average (1, 5, 15 min) before": ", ".join(f"{x:.2f}" for x in load_before),
        "Load average after": ", ".join(f"{x:.2f}" for x in os.getloadavg()),
        "Software": f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"PostgreSQL {postgres}, Redis {redis}, {wrk_version}",
        "gunicorn": f"{conf['workers']} workers × {conf['threads']} threads (gunicorn.conf.py) "
        "for the floor and the portal alike",
        "Wall time": f"{time.monotonic() - began:.0f} s (datasets built, both measured)",
    }
