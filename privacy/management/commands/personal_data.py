"""Export or erase one person's data from the command line (the admin has the same form)."""

import json

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder

from privacy.actions import person_data_erase, person_data_export


class Command(BaseCommand):
    help = "Export (as JSON on stdout) or erase everything stored about one e-mail or phone."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("--email", default="")
        parser.add_argument("--phone", default="")
        parser.add_argument("--yes", action="store_true", help="erase without asking")

    def handle(self, *args, action, email, phone, yes, **options):
        if not email and not phone:
            raise CommandError("Give --email or --phone.")
        if action == "export":
            data, _record = person_data_export(email=email, phone=phone)
            self.stdout.write(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2))
            return
        if not yes and input("Erase this person's data for good? [y/N] ").lower() != "y":
            raise CommandError("Nothing erased.")
        record = person_data_erase(email=email, phone=phone)
        self.stdout.write(f"Erased: {json.dumps(record.counts)}")
