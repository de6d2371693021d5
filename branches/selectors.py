"""Reads about branches that combine models for a page."""

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
    return (
        branch.offers.filter(service__is_published=True)
        .select_related("service__category")
        .order_by("service__position", "service__slug")
    )
