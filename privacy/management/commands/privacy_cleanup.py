"""Remove personal data kept long enough; safe to run daily (it only touches what is due)."""

from django.core.management.base import BaseCommand

from privacy.actions import privacy_cleanup


class Command(BaseCommand):
    help = (
        "Anonymise closed consultation requests and past registrations after "
        "DJANGO_ENQUIRY_RETENTION_DAYS, delete old handled Dialogue Platform messages and "
        "old sent e-mails. Safe to run every day."
    )

    def handle(self, *args, **options):
        counts = privacy_cleanup()
        summary = ", ".join(f"{kind}: {count}" for kind, count in counts.items())
        self.stdout.write(f"Privacy clean-up done. {summary}")
