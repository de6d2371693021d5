"""Production settings fail fast without their environment and pass the deploy check."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROD = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.prod",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-key-for-the-check-0123456789-abcdef",
    "DJANGO_ALLOWED_HOSTS": "portal.example.lv",
    "DATABASE_URL": "postgres://portal@127.0.0.1:5432/portal",
    "DJANGO_EMAIL_URL": "smtp://mailer:secret@smtp.example.lv:587/?tls=True",
    "DJANGO_SITE_URL": "https://portal.example.lv",
    "PATH": os.environ["PATH"],
}


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_production_refuses_to_start_without_each_required_variable():
    for missing in (
        "DJANGO_SECRET_KEY",
        "DJANGO_ALLOWED_HOSTS",
        "DATABASE_URL",
        "DJANGO_EMAIL_URL",
        "DJANGO_SITE_URL",
    ):
        env = {key: value for key, value in PROD.items() if key != missing}
        result = manage("check", env=env)
        assert result.returncode != 0
        assert missing in result.stderr


def test_deploy_check_prints_no_warning():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PROD)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr + result.stdout
