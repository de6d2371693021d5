"""manage.py restore: a dump and a media archive back into the configured database and folder."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from portal.backup import restore


class Command(BaseCommand):
    help = "Restore --dump into the configured database and --media into MEDIA_ROOT, then migrate."

    def add_arguments(self, parser):
        parser.add_argument("--dump", required=True)
        parser.add_argument("--media", required=True)

    def handle(self, *args, dump, media, **options):
        restore(dump, media)
        call_command("migrate", verbosity=0)  # an older dump is brought up to this code
        self.stdout.write(self.style.SUCCESS("Restored."))
