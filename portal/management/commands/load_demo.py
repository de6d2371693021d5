"""Load the demo content: languages, branches and services. Safe to run again."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import translation

from branches import demo as branches_demo
from branches.models import Branch, Closure, OpeningInterval
from languages import demo as languages_demo
from languages.models import Language
from services import demo as services_demo
from services.models import BranchService, Category, Service

COUNTED = (Language, Branch, OpeningInterval, Closure, Category, Service, BranchService)


class Command(BaseCommand):
    help = "Create or update the demo languages, branches and services (idempotent)."

    def handle(self, *args, **options):
        # Latvian is the default content language: the untranslated columns get it.
        with translation.override("lv"), transaction.atomic():
            languages_demo.load()
            branches_demo.load()
            services_demo.load()
        counts = ", ".join(f"{model.__name__}: {model.objects.count()}" for model in COUNTED)
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded. {counts}"))
