"""The production stack on loopback for scripts: a throwaway PostgreSQL, gunicorn, nginx.

Nothing here touches the machine's shared PostgreSQL: `Cluster` makes its own data folder and
port and removes both when stopped. Used by benchmarks/outage.py, benchmarks/load.py and the
tests of the proxy and of two app processes.
"""

import contextlib
import glob
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.client import request

ROOT = Path(__file__).resolve().parents[1]
STATIC_ROOT = ROOT / ".cache" / "static-prod"


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_bin(name):
    """The newest installed PostgreSQL server program `name` (initdb, pg_ctl)."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise SystemExit(f"{name} not found: install Debian's postgresql package")
    return found[-1]


class Cluster:
    """A PostgreSQL cluster of our own in a temporary folder, on a port of our own."""

    def __init__(self):
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="portal-pg-"))
        self.data = self.folder / "data"
        # PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.folder, "postgres")

    def _run(self, *args):
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, cwd="/tmp")

    def create(self):
        """initdb, then start; returns self."""
        self._run(postgres_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--no-sync")  # fmt: skip
        self.start()
        return self

    def start(self):
        """Start (or start again) the cluster and wait until it accepts connections."""
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(postgres_bin("pg_ctl"), "-D", str(self.data), "-o", options, "-l",
                  str(self.folder / "log"), "-w", "start")  # fmt: skip

    def stop(self):
        """Stop the cluster at once (connections are cut, as in a crash of the server)."""
        self._run(postgres_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def destroy(self):
        """Stop the cluster if it runs and remove its folder."""
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database="portal"):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def createdb(self, name="portal", template=None):
        """Create database `name`, empty or as a copy of database `template`."""
        import psycopg

        copy = f' TEMPLATE "{template}"' if template else ""
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}')


def production_env(database_url, **extra):
    """The environment of a production process on loopback (plain http, console mail)."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.prod",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": database_url,
        "DJANGO_EMAIL_URL": "console://",
        "DJANGO_SITE_URL": "http://127.0.0.1",
        "DJANGO_STATIC_ROOT": str(STATIC_ROOT),
        "DJANGO_LOG_LEVEL": "WARNING",
        "DJANGO_CONN_MAX_AGE": "60",
        **extra,
    }


def manage(*args, env):
    """Run manage.py with `env`; fail loudly."""
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                            capture_output=True, text=True)  # fmt: skip
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def prepare(env, demo=True):
    """Migrate, load the demo and collect static files (once) for production settings."""
    manage("migrate", "--noinput", "-v0", env=env)
    manage("compilemessages", "--ignore=.venv", "--ignore=node_modules", "-v0", env=env)
    if demo:
        manage("load_demo", "-v0", env=env)
    collect_static(env)


def collect_static(env):
    """collectstatic into .cache/static-prod when a static file is newer than its manifest."""
    newest = max(p.stat().st_mtime for p in (ROOT / "static").rglob("*") if p.is_file())
    manifest = STATIC_ROOT / "staticfiles.json"
    if not manifest.exists() or manifest.stat().st_mtime < newest:
        manage("collectstatic", "--noinput", "-v0", env=env)


class Gunicorn:
    """gunicorn with gunicorn.conf.py and production settings on a loopback port.

    `workers` and `threads` None keep gunicorn.conf.py's own; `app` replaces its WSGI app;
    `options` are more of gunicorn's command-line options.
    With wait=False the server boots while the caller does something else, until
    wait_ready(). It runs in a process group of its own, which stop() ends whole.
    """

    def __init__(self, env, workers=2, threads=2, port=None, app=None, ready="/robots.txt",
                 wait=True, boot_seconds=30, options=()):  # fmt: skip
        self.port, self.ready, self.boot_seconds = port or free_port(), ready, boot_seconds
        env = {**env, "GUNICORN_BIND": f"127.0.0.1:{self.port}"}
        if workers is not None:
            env["GUNICORN_WORKERS"] = str(workers)
        if threads is not None:
            env["GUNICORN_THREADS"] = str(threads)
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - open while the server runs
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
             "--access-logfile", "/dev/null", *options, *([app] if app else [])],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        if wait:
            self.wait_ready()

    def wait_ready(self):
        """Wait until the server answers; if it does not, stop it and say what it wrote."""
        try:
            wait_for(self.port, self.ready, self.boot_seconds)
        except SystemExit:
            self.stop(graceful=False)
            raise SystemExit(f"gunicorn did not answer on {self.port}:\n{self.output()}") from None
        except BaseException:
            self.stop(graceful=False)
            raise

    def stop(self, graceful=True):
        """Stop gunicorn (gracefully: requests running may end), then anything left in its
        process group."""
        self.process.send_signal(signal.SIGTERM if graceful else signal.SIGINT)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=20)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)  # workers left behind, if any
        self.process.wait(timeout=5)

    def wait_idle(self, limit=30):
        """Wait until the server's processes use under 7 % of a core (at most `limit` s): its
        workers have booted, and requests a client gave up on have ended."""
        end = time.monotonic() + limit
        last = _cpu_ticks(self.process.pid)
        while time.monotonic() < end:
            time.sleep(0.15)
            now = _cpu_ticks(self.process.pid)
            if now - last <= 1:  # clock ticks are 1/100 s
                return
            last = now

    def worker_ticks(self):
        """{pid: CPU clock ticks} of each worker (the group's processes but the master)."""
        ticks = _group_ticks(self.process.pid)
        ticks.pop(self.process.pid, None)
        return ticks

    def output(self):
        """What gunicorn and the application wrote so far (the end of it)."""
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-3000:]


def _cpu_ticks(pgid):
    """CPU time (user and system, in clock ticks) of the processes of group `pgid`."""
    return sum(_group_ticks(pgid).values())


def _group_ticks(pgid):
    """{pid: CPU clock ticks} of each process of group `pgid`."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid:  # from the state on: state, ppid, pgrp ... utime, stime
            found[int(stat.parent.name)] = int(fields[11]) + int(fields[12])
    return found


def wait_for(port, path="/robots.txt", seconds=30):
    """Wait until 127.0.0.1:`port` answers `path`."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            request(port, "GET", path)
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"127.0.0.1:{port} did not answer")


NGINX_TEMPLATE = ROOT / "deploy" / "nginx" / "portal.conf.template"


class Nginx:
    """nginx from deploy/nginx/portal.conf.template, on a loopback port, in a folder of its own."""

    def __init__(self, upstream_port, media_root="/nonexistent", port=None):
        self.port = port or free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="portal-nginx-"))
        server = NGINX_TEMPLATE.read_text()
        for name, value in {
            "PORTAL_UPSTREAM": f"127.0.0.1:{upstream_port}",
            "PORTAL_LISTEN": f"127.0.0.1:{self.port}",
            "PORTAL_MEDIA_ROOT": str(media_root),
            "PORTAL_ACCESS_LOG": str(self.folder / "access.log"),
        }.items():
            server = server.replace("${" + name + "}", value)
        user = "user root root;" if os.geteuid() == 0 else ""
        (self.folder / "nginx.conf").write_text(
            f"{user}\nworker_processes 1;\npid {self.folder}/nginx.pid;\n"
            f"error_log {self.folder}/error.log;\nevents {{ worker_connections 1024; }}\n"
            f"http {{\n client_body_temp_path {self.folder}/body;\n"
            f" proxy_temp_path {self.folder}/proxy;\n fastcgi_temp_path {self.folder}/f;\n"
            f" uwsgi_temp_path {self.folder}/u;\n scgi_temp_path {self.folder}/s;\n"
            f"{server}\n}}\n"
        )
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        command = [binary, "-p", str(self.folder), "-c", str(self.folder / "nginx.conf")]
        subprocess.run([*command, "-t", "-q"], check=True, capture_output=True)
        self.process = subprocess.Popen([*command, "-g", "daemon off;"])
        wait_for(self.port)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)
