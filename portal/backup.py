"""Backup and restore of what holds state: the PostgreSQL database and the media files.

The database goes through pg_dump's custom format (pg_restore can then restore it into an
empty database of any later PostgreSQL); media through a gzipped tar of MEDIA_ROOT.
"""

import os
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError


def _postgres():
    """Connection options and environment for pg_dump and pg_restore, from DATABASES."""
    database = settings.DATABASES["default"]
    if "postgresql" not in database["ENGINE"]:
        raise CommandError("Backups need PostgreSQL (set DATABASE_URL); SQLite is a file to copy.")
    options = ["--no-owner", "--dbname", database["NAME"]]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if database.get(key):
            options += [flag, str(database[key])]
    env = {**os.environ, "PGPASSWORD": database.get("PASSWORD") or ""}
    return options, env


def backup(directory, stamp):
    """Write portal-<stamp>.dump and media-<stamp>.tar.gz into `directory`; return both paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    dump, media = directory / f"portal-{stamp}.dump", directory / f"media-{stamp}.tar.gz"
    options, env = _postgres()
    subprocess.run(
        ["pg_dump", "--format=custom", "--file", str(dump), *options], env=env, check=True
    )
    with tarfile.open(media, "w:gz") as archive:
        root = Path(settings.MEDIA_ROOT)
        if root.exists():
            archive.add(root, arcname=".")
    return dump, media


def restore(dump, media):
    """Restore a dump into the (empty or older) configured database and unpack the media."""
    options, env = _postgres()
    subprocess.run(
        ["pg_restore", "--clean", "--if-exists", "--exit-on-error", *options, str(dump)],
        env=env,
        check=True,
    )
    root = Path(settings.MEDIA_ROOT)
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(media, "r:gz") as archive:
        archive.extractall(root, filter="data")  # no absolute paths, links out or devices
