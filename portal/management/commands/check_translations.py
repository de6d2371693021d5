"""Fail when a UI string is missing from a catalogue, untranslated, fuzzy or not compiled."""

import os
import subprocess
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

IGNORE = ["node_modules", "staticfiles", "media", "docs"]


class Command(BaseCommand):
    help = "Check that every enabled language's catalogue is complete, current and compiled."

    def add_arguments(self, parser):
        parser.add_argument(
            "--languages", nargs="*", help="Language codes to check (default: every catalogue)."
        )

    def handle(self, *args, languages=None, **options):
        locale_dir = Path(settings.LOCALE_PATHS[0])
        codes = languages or sorted(p.name for p in locale_dir.iterdir() if p.is_dir())
        problems = []
        for code in codes:
            problems += self.check_language(locale_dir / code / "LC_MESSAGES", code)
        if problems:
            raise CommandError("Translation catalogues are not complete:\n" + "\n".join(problems))
        self.stdout.write(self.style.SUCCESS(f"Catalogues complete: {', '.join(codes)}"))

    def check_language(self, directory, code):
        po_path, mo_path = directory / "django.po", directory / "django.mo"
        if not po_path.exists():
            return [f"{code}: {po_path} is missing"]
        before, stat = po_path.read_bytes(), po_path.stat()
        known = {entry.msgid for entry in polib.pofile(str(po_path))}
        # Extract the strings the code uses now; keep the file as it was if nothing is new.
        call_command(
            "makemessages",
            locale=[code],
            no_location=True,
            no_obsolete=True,
            ignore_patterns=IGNORE,
            verbosity=0,
        )
        catalogue = polib.pofile(str(po_path))
        new = sorted({entry.msgid for entry in catalogue} - known)
        if not new:
            po_path.write_bytes(before)
            os.utime(po_path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
            catalogue = polib.pofile(str(po_path))
        problems = [f"{code}: new string not in the catalogue yet: {msgid!r}" for msgid in new]
        problems += [
            f"{code}: untranslated: {entry.msgid!r}"
            for entry in catalogue.untranslated_entries()
            if entry.msgid not in new
        ]
        problems += [f"{code}: fuzzy: {entry.msgid!r}" for entry in catalogue.fuzzy_entries()]
        check = subprocess.run(
            ["msgfmt", "--check", "-o", "/dev/null", str(po_path)], capture_output=True, text=True
        )
        if check.returncode:
            problems.append(f"{code}: msgfmt --check failed: {check.stderr.strip()}")
        if not mo_path.exists() or mo_path.stat().st_mtime < po_path.stat().st_mtime:
            problems.append(f"{code}: {mo_path} is missing or older than django.po")
        return problems
