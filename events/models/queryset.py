"""What the site reads of events: published, upcoming or past, with their registration counts."""

from django.db import models
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from core.models import Publication
from events.choices import RegistrationStatus

# Long texts of an event and of its branch that no card shows, left in the database.
LISTING_DEFERRED = (
    "description",
    "series__description",
    "branch__description",
    "branch__accessibility_notes",
    "branch__photo",
    "branch__photo_alt",
    "branch__photo_renditions",
)


class EventQuerySet(models.QuerySet):
    def published(self):
        """Events shown on the site."""
        return self.filter(publication=Publication.PUBLISHED)

    def upcoming(self, now=None):
        """Events that start at `now` (default: this moment) or later, soonest first."""
        return self.filter(start__gte=now or timezone.now()).order_by("start", "pk")

    def past(self, now=None):
        """Events that have started before `now`, the latest first."""
        return self.filter(start__lt=now or timezone.now()).order_by("-start", "-pk")

    def with_registration_counts(self):
        """Annotate confirmed and waitlisted registrations, counted in the same query."""

        registration = self.model._meta.get_field("registrations").related_model

        def count(status):
            # A subquery per row, not a join with GROUP BY over every selected column: a
            # listing's LIMIT then reads only the events it shows (planning ~1 ms to ~0.1).
            rows = (
                registration.objects.filter(event=OuterRef("pk"), status=status)
                .order_by()
                .values("event")
                .annotate(n=Count("pk"))
                .values("n")
            )
            return Coalesce(Subquery(rows), 0)

        return self.annotate(
            confirmed_count=count(RegistrationStatus.CONFIRMED),
            waitlisted_count=count(RegistrationStatus.WAITLISTED),
        )

    def for_listing(self):
        """Published events with what a card shows (no long texts: a card shows none)."""
        return (
            self.published()
            .select_related("branch", "organiser", "series")
            .defer(*LISTING_DEFERRED)
            .with_registration_counts()
        )

    def for_detail(self):
        """Published events with their topics and documents."""
        return self.published().for_preview()

    def for_preview(self):
        """Events of any publication state with what their page shows (staff preview)."""
        return (
            self.select_related("branch", "organiser", "series")
            .with_registration_counts()
            .prefetch_related("topics", "attachments")
        )
