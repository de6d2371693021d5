"""benchmarks/outage.py in the suite: PostgreSQL stops and returns under a running gunicorn."""

import os
import re
import shutil
import subprocess
import sys
from glob import glob
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not glob("/usr/lib/postgresql/*/bin/initdb"), reason="needs PostgreSQL")
@pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("runuser") is None, reason="initdb as root needs runuser"
)
def test_an_outage_answers_503_loses_nothing_and_heals_without_a_restart():
    result = subprocess.run(
        [sys.executable, "benchmarks/outage.py"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    found = re.search(r"(\d+) served from the page cache, the other (\d+) 503", result.stdout)
    assert found, result.stdout[-3000:]
    # Pages read before the outage stay readable; the rest (and /healthz) say "try again".
    assert int(found.group(1)) > 0 and int(found.group(2)) > 0
