"""Writes about branches that do more than save a row."""

from django.db import transaction

from branches.models import Branch
from core.images import make_renditions


@transaction.atomic
def branch_photo_refresh(*, branch: Branch) -> Branch:
    """Rebuild the photo's resized, metadata-free renditions after a new upload."""
    branch.photo_renditions = make_renditions(branch.photo) if branch.photo else []
    Branch.objects.filter(pk=branch.pk).update(photo_renditions=branch.photo_renditions)
    return branch
