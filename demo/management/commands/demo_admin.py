"""Create (or reset) the demo administrator and one person per role, on a developer's machine."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from demo import people

USERNAME = "admin"


class Command(BaseCommand):
    help = "Create or reset the demo administrator and role people; print them (DEBUG only)."

    def add_arguments(self, parser):
        parser.add_argument("--base-url", default="http://127.0.0.1:8000")

    def handle(self, *args, base_url, **options):
        if not settings.DEBUG:
            raise CommandError("demo_admin runs only with DEBUG on (development settings).")
        password = f"demo-{secrets.token_urlsafe(9)}"
        user, _created = get_user_model().objects.get_or_create(
            username=USERNAME, defaults={"email": "admin@example.lv"}
        )
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo administrator: {base_url}/lv/{settings.ADMIN_PATH}  user {USERNAME}  password {password}"
            )
        )
        with translation.override("en"):
            for role, username, secret in people.load():
                self.stdout.write(
                    self.style.SUCCESS(
                        f"Demo {str(role).lower()}: user {username}  password {secret}"
                    )
                )
