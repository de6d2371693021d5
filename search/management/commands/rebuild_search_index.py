"""Build every search document again, e.g. after a bulk import or an upgrade."""

from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the stored search documents of every public content type."

    def handle(self, *args, **options):
        count = rebuild()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} documents."))
