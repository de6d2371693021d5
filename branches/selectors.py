"""Reads about branches that combine models for a page."""

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

from branches.models import Branch
from branches.schedule import branch_status
from core.clock import riga_now


def branch_list_with_status(branches=None, *, now=None):
    """[(branch, open-now status)] for `branches` (default: every active branch), at `now`."""
    if branches is None:
        branches = Branch.objects.for_listing()
    moment = riga_now(now)
    return [(branch, branch_status(branch, moment)) for branch in branches]


def branch_offers(branch):
    """The published services a branch offers, with its own note on each."""
    translated = [
        build_localized_fieldname(field, code)
        for field in ("name", "note")
        for code in settings.MODELTRANSLATION_LANGUAGES
    ]
    # What the list reads of an offer and its service: the ways, days, hours and note, the
    # service's name, address and availability (not its body and the rest of its page).
    return (
        branch.offers.filter(service__is_published=True)
        .select_related("service")
        .only(
            "branch_id",
            "in_person",
            "by_phone",
            "by_email",
            "by_video",
            "weekdays",
            "opens",
            "closes",
            "by_appointment",
            "service__slug",
            "service__availability",
            *(name for name in translated if name.startswith("note")),
            *(f"service__{name}" for name in translated if name.startswith("name")),
        )
        .order_by("service__position", "service__slug")
    )
