# Two commands for a newcomer: `make run` and `make test`. Everything else is their plumbing.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PORT ?= 8000
PYTHON ?= python3
UV_VERSION := 0.13.9
UV_BOOT := .cache/uv-bootstrap
UV := $(shell command -v uv 2>/dev/null || echo $(UV_BOOT)/bin/uv)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help uv gettext icu run test setup setup-dev db demo messages lint check-translations browser-deps pytest screenshots lighthouse clean backup restore load outage proxy-deps bench cpu wrk

help:
	@echo "make run   - set up and serve the portal with demo content on http://127.0.0.1:$(PORT)"
	@echo "make test  - set up and run lint, translation checks and the whole test suite"

$(UV_BOOT)/bin/uv:
	$(PYTHON) -m venv $(UV_BOOT)
	$(UV_BOOT)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

uv: $(if $(findstring $(UV_BOOT),$(UV)),$(UV_BOOT)/bin/uv,)

setup: uv gettext icu
	$(UV) sync --frozen --no-dev --python $(PYTHON) --quiet

setup-dev: uv gettext icu
	$(UV) sync --frozen --python $(PYTHON) --quiet

# msgfmt compiles the catalogues; install Debian's gettext when it is missing.
gettext:
	@command -v msgfmt >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq gettext >/dev/null; }

# PyICU (alphabetical order per language) builds against Debian's ICU: install its headers.
icu:
	@{ pkg-config --exists icu-i18n 2>/dev/null && command -v g++ >/dev/null; } || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq libicu-dev pkg-config g++ >/dev/null; }

db:
	$(MANAGE) migrate --noinput -v0
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0

# The mail worker runs beside the web server; with the development settings it prints every
# sent e-mail here. Ctrl+C stops the server, and the trap stops the worker with it.
run: setup db
	$(MANAGE) load_demo
	$(MANAGE) demo_admin --base-url http://127.0.0.1:$(PORT)
	@echo "Serving http://127.0.0.1:$(PORT)/ with the mail worker; sent mail is printed here (Ctrl+C stops both)"
	@export DJANGO_SITE_URL="$${DJANGO_SITE_URL:-http://127.0.0.1:$(PORT)}"; \
	$(MANAGE) db_worker --queue-name '*' --no-reload --no-startup-delay & worker=$$!; \
	trap 'kill -TERM $$worker 2>/dev/null; wait $$worker 2>/dev/null || true' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

messages: setup-dev
	$(MANAGE) makemessages --all --no-location --no-obsolete --ignore=node_modules --ignore=staticfiles

lint: setup-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates --lint

check-translations: setup-dev
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v0
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check_translations

# Browser tests drive Debian's Chromium and inject axe-core from the npm registry; the W3C
# Nu HTML Checker (vnu-jar, run with the machine's Java) validates every page type.
browser-deps:
	@command -v chromium >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium is missing: install Debian's chromium package (sudo apt-get install chromium)"; exit 1; fi; }
	@[ -f node_modules/axe-core/axe.min.js ] && [ -x node_modules/.bin/lighthouse ] && [ -f node_modules/vnu-jar/build/dist/vnu.jar ] || npm ci --silent --no-audit --no-fund

# nginx (Debian) for the test of the buffering proxy in front of gunicorn.
proxy-deps:
	@command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq nginx >/dev/null; } || true

pytest: setup-dev browser-deps proxy-deps
	$(VENV)/bin/pytest -q

test: lint check-translations pytest

screenshots: setup-dev browser-deps db
	$(MANAGE) load_demo -v0
	$(VENV)/bin/python -m tests.browser.screenshots

lighthouse: setup-dev browser-deps db
	$(MANAGE) load_demo -v0
	$(VENV)/bin/python scripts/lighthouse.py

# The database (pg_dump) and the media files into $(BACKUP_DIR); `make restore DUMP=... MEDIA=...`
# puts them back into the database of DATABASE_URL (empty or older) and DJANGO_MEDIA_ROOT.
BACKUP_DIR ?= backups
backup: setup
	$(MANAGE) backup --dir $(BACKUP_DIR)

restore: setup
	@[ -n "$(DUMP)" ] && [ -n "$(MEDIA)" ] || { echo "make restore DUMP=backups/portal-....dump MEDIA=backups/media-....tar.gz"; exit 2; }
	$(MANAGE) restore --dump $(DUMP) --media $(MEDIA)

# Benchmarks on loopback against gunicorn with production settings and a PostgreSQL cluster of
# their own (never the shared one): `make load` (64 connections, 60 s; needs Debian's wrk) and
# `make outage` (PostgreSQL stopped and started under the running site).
load: setup-dev wrk
	$(PY) benchmarks/load.py

# `make bench`: every main page against the floor (a one-view Django page under the same
# gunicorn settings), on the demo and on a large catalogue, without and with the page cache;
# prints the tables and writes docs/PERFORMANCE.md. About 9 minutes on a busy 2-core machine.
bench: setup-dev wrk
	$(PY) benchmarks/bench.py

# `make cpu`: the CPU time of each page of make bench in one process, Python and PostgreSQL,
# and of a page-cache hit (benchmarks/cpu.py): to see what one change did, which wrk's
# requests per second on a shared machine cannot tell.
cpu: setup-dev
	$(PY) benchmarks/cpu.py

wrk:
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } || { echo "wrk is missing: apt-get install wrk"; exit 1; }

outage: setup-dev
	$(PY) benchmarks/outage.py

clean:
	rm -rf $(VENV) .cache node_modules staticfiles db.sqlite3
