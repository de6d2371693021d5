"""A backup restored into a fresh database and media folder holds every row and every file."""

import io
import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from materials.models import Material
from tests.factories import BranchFactory, MaterialFactory, PostFactory

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.django_db(transaction=True),  # pg_dump sees only what is committed
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"], reason="needs PostgreSQL"
    ),
]


def counts(dbname):
    """{table: rows} of every table in the public schema of `dbname`."""
    database = settings.DATABASES["default"]
    with psycopg.connect(
        dbname=dbname,
        host=database["HOST"],
        port=database["PORT"] or 5432,
        user=database["USER"],
        password=database["PASSWORD"] or None,
        autocommit=True,
    ) as conn:
        tables = [
            row[0]
            for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return settings.MEDIA_ROOT


@pytest.fixture
def fresh_database():
    name = f"{connection.settings_dict['NAME']}_restored"
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    yield name
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')


def test_make_backup_then_restore_finds_every_item_and_file(media, tmp_path, fresh_database):
    call_command("load_demo", verbosity=0)
    BranchFactory(slug="ventspils"), PostFactory(slug="backup-news")
    for number in range(3):
        MaterialFactory(slug=f"leaflet-{number}", pdf=True)
    files = {p.relative_to(media): p.read_bytes() for p in media.rglob("*") if p.is_file()}
    assert len(files) >= 3

    call_command("backup", dir=str(tmp_path / "backups"), stdout=io.StringIO())
    dump = next((tmp_path / "backups").glob("portal-*.dump"))
    archive = next((tmp_path / "backups").glob("media-*.tar.gz"))

    database = settings.DATABASES["default"]
    url = (
        f"postgres://{database['USER']}:{database['PASSWORD'] or ''}@{database['HOST']}:"
        f"{database['PORT'] or 5432}/{fresh_database}"
    )
    restored_media = tmp_path / "restored-media"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_MEDIA_ROOT": str(restored_media),
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "restore", "--dump", str(dump), "--media", str(archive)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-2000:]

    assert counts(fresh_database) == counts(connection.settings_dict["NAME"])
    restored = {
        p.relative_to(restored_media): p.read_bytes()
        for p in restored_media.rglob("*")
        if p.is_file()
    }
    assert restored == files
    assert Material.objects.filter(slug__startswith="leaflet-").count() == 3
