"""Load the demo content of every content type, in lv, ru and en. Safe to run again."""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from demo import (
    branches,
    dates,
    dialogue,
    enquiries,
    events,
    languages,
    materials,
    news,
    search,
    services,
    topics,
)

# In dependency order: each loader may link to what the ones before it made; the search
# documents are built last, from everything loaded.
LOADERS = [
    languages,
    topics,
    branches,
    services,
    materials,
    news,
    events,
    dialogue,
    enquiries,
    dates,
    search,
]
COUNTED_APPS = [
    "languages",
    "topics",
    "branches",
    "services",
    "news",
    "events",
    "materials",
    "dialogue",
    "enquiries",
]


class Command(BaseCommand):
    help = "Create or update the demo content of every content type (idempotent)."

    def handle(self, *args, **options):
        # Latvian is the default content language: the untranslated columns get it.
        with translation.override("lv"), transaction.atomic():
            for loader in LOADERS:
                loader.load()
        counts = ", ".join(
            f"{model.__name__}: {model.objects.count()}"
            for label in COUNTED_APPS
            for model in apps.get_app_config(label).get_models()
        )
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded. {counts}"))
