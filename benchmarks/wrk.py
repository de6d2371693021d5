"""wrk (Debian's package) for one URL, a fixed time, and every answer accounted for.

The Lua script counts every status code (so a 3xx or 4xx shows, not only wrk's 4xx and 5xx)
and prints the percentiles and wrk's socket errors on lines of its own for `parse`.
"""

import math
import re
import subprocess
import tempfile

ENCODINGS = "gzip, deflate, br"  # what every browser accepts, so wrk sends it too
HEADERS = {"Accept-Encoding": ENCODINGS}
SLOW = 0.25  # seconds: a page slower than this alone is loaded with fewer connections
WAIT = 10  # seconds wrk waits for an answer; a longer wait is a timeout error

LUA = r"""
statuses = {}  -- global: done() reads each thread's with thread:get
local threads = {}

function setup(thread) table.insert(threads, thread) end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do total[status] = (total[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(total) do table.insert(parts, status .. "=" .. n) end
  io.write("BENCH-STATUS " .. table.concat(parts, " ") .. "\n")
  io.write(string.format("BENCH-SUMMARY requests=%d duration_us=%d bytes=%d\n",
    summary.requests, summary.duration, summary.bytes))
  io.write(string.format("BENCH-LATENCY p50=%d p95=%d p99=%d max=%d\n", latency:percentile(50),
    latency:percentile(95), latency:percentile(99), latency.max))
  local e = summary.errors
  io.write(string.format("BENCH-ERRORS connect=%d read=%d write=%d timeout=%d\n",
    e.connect, e.read, e.write, e.timeout))
end
"""


def run(url, *, seconds, connections=8, threads=2, timeout=WAIT):
    """Load `url` for `seconds` and return parse()'s figures; wrk itself is killed if stuck."""
    threads = min(threads, connections)
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(LUA)
        script.flush()
        headers = [f"--header={name}: {value}" for name, value in HEADERS.items()]
        result = subprocess.run(
            ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", f"--timeout={timeout}s",
             "--latency", "-s", script.name, *headers, url],
            capture_output=True, text=True, timeout=seconds + timeout + 30,
        )  # fmt: skip
    if result.returncode or "BENCH-SUMMARY" not in result.stdout:
        raise RuntimeError(f"wrk failed on {url}:\n{result.stdout}\n{result.stderr}")
    return {**parse(result.stdout), "connections": connections, "seconds": seconds}


def run_on(server, url, **options):
    """run() on a page of `server` (a stack.Gunicorn), then wait until it is idle again.

    Run again once, saying so in the run's "note", when the first run had no answer (a stall
    of the machine), or when one worker served nearly all of it: wrk opens its 8 keep-alive
    connections at once, and now and then one worker accepts them all (the others sleep in
    the accept race); it then works on one core, Python's lock being its own, while the
    others idle, and the page gets half its figure or less. That is a draw of the race, not
    the page: nginx in front opens and spreads many connections (seen here: 12 runs direct,
    one with every connection on one worker at 2,472 req/s against 5,200-5,700; through
    nginx, none).
    """
    before = server.worker_ticks()
    result = run(url, **options)
    server.wait_idle()
    note = None
    if not result["requests"] and not result["errors"]:
        note = f"a first run of {options['seconds']} s had no answer"
    elif lopsided(before, server.worker_ticks()):
        note = "a first run had every connection on one worker"
    if note:
        result = {**run(url, **options), "note": note}
        server.wait_idle()
    return result


def lopsided(before, after, share=0.85):
    """Whether one worker used `share` or more of the CPU all workers used between two
    worker_ticks() readings (a worker replaced meanwhile is left out)."""
    used = [after[pid] - before[pid] for pid in after.keys() & before.keys()]
    return len(used) > 1 and sum(used) > 0 and max(used) >= share * sum(used)


def parse(output):
    """Requests per second, latency percentiles (ms), statuses and socket errors from `output`."""
    lines = dict(re.findall(r"^(BENCH-\w+) ?(.*)$", output, re.MULTILINE))

    def numbers(key):
        return {name: int(value) for name, value in re.findall(r"(\w+)=(\d+)", lines[key])}

    summary = numbers("BENCH-SUMMARY")
    latency = numbers("BENCH-LATENCY")
    seconds = summary["duration_us"] / 1e6
    return {
        "rps": summary["requests"] / seconds if seconds else 0.0,
        "requests": summary["requests"],
        **{f"{name}_ms": value / 1000 for name, value in latency.items()},
        "statuses": {int(status): n for status, n in numbers("BENCH-STATUS").items()},
        "errors": {name: n for name, n in numbers("BENCH-ERRORS").items() if n},
    }


def problems(figures, expected=200):
    """What went wrong in a run, for the table: other statuses and socket errors; "" if none."""
    found = [f"{n}×{status}" for status, n in sorted(figures["statuses"].items())
             if status != expected]  # fmt: skip
    found += [f"{n} {name} errors" for name, n in sorted(figures["errors"].items())]
    if not figures["requests"]:
        found.append("no answer")
    return ", ".join(found)


def options_for(seconds_alone, seconds):
    """Connections and duration for a page that takes `seconds_alone` on its own.

    Enough connections to keep both cores busy, no more, so that few requests are left
    running when wrk stops, and for long enough to see answers; a page slower than 2 s gets
    one connection, and one slower than wrk's wait is not loaded at all.
    """
    if seconds_alone < SLOW:
        return {"connections": 8, "seconds": seconds}
    if seconds_alone < 2:
        return {"connections": 2, "seconds": max(seconds, math.ceil(seconds_alone) + 1)}
    if seconds_alone < WAIT:
        return {"connections": 1, "seconds": min(math.ceil(seconds_alone) + 1, WAIT)}
    return None


def not_loaded(seconds_alone):
    """The table row of a page too slow to load with wrk."""
    return {"rps": None, "requests": 0, "p50_ms": None, "p95_ms": None, "p99_ms": None,
            "ratio": None, "connections": 0, "statuses": {}, "errors": {},
            "skipped": f"not loaded: {seconds_alone:.1f} s alone, over wrk's {WAIT} s wait"}  # fmt: skip


def page_problems(page, mode, runs, notes=True):
    """Non-200 answers and socket errors of the page's runs and of its in-process requests,
    and (with `notes`) why a run was made again: a note tells, it does not fault the page,
    whose figure is then the second run's."""
    found = [f"in-process {s}" for s in sorted(set(page[f"statuses_{mode}"])) if s != 200]
    for run in runs:
        found += [run.get("note") if notes else None, run.get("skipped") or problems(run)]
    return ", ".join(problem for problem in found if problem)
