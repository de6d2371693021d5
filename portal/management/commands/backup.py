"""manage.py backup: the database and the media files into one folder, stamped with the time."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from portal.backup import backup


class Command(BaseCommand):
    help = "Dump the database (pg_dump) and pack the media files into --dir."

    def add_arguments(self, parser):
        parser.add_argument("--dir", default="backups")

    def handle(self, *args, dir, **options):
        stamp = timezone.now().strftime("%Y-%m-%dT%H%M%S")
        for path in backup(dir, stamp):
            self.stdout.write(str(path))
