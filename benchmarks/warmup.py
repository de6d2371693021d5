"""Before make bench measures a server: every worker has served every page, and the server
has had its first load."""

import runpy
from concurrent.futures import ThreadPoolExecutor

from benchmarks import wrk
from benchmarks.stack import ROOT
from benchmarks.weight import fetch
from benchmarks.wrk import ENCODINGS, SLOW


def warm(server, pages, mode):
    """Request each page as many times at once as the server has threads, so that every
    worker has served it before it is measured: a worker's first request to a page type is
    several times slower (imports, templates, its database connection). A slow page, loaded
    with fewer connections, is requested once per worker; one slower than 2 s, not at all (its
    own time dwarfs that)."""
    conf = runpy.run_path(str(ROOT / "gunicorn.conf.py"))
    slots = conf["workers"] * conf["threads"]
    with ThreadPoolExecutor(slots) as pool:
        for page in pages:
            alone = page[f"alone_{mode}"]
            times = slots if alone < SLOW else conf["workers"] if alone < 2 else 0
            list(pool.map(lambda path: fetch(server.port, path, ENCODINGS), [page["path"]] * times))
    server.wait_idle()
    burst(server, pages[0]["path"])


def burst(server, path):
    """One second of wrk on `path`, not counted. A server's first load after its boot stalls
    a few requests for up to a second, however many requests came before it one by one (seen
    here: p99 0.2-1.3 s in that first run, 5-7 ms in the next ones): without this, the first
    page measured (home) took that stall for its own."""
    wrk.run(f"http://127.0.0.1:{server.port}{path}", seconds=1)
    server.wait_idle()
