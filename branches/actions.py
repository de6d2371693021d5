"""Writes about branches that do more than save a row."""

from django.db import transaction

from branches.models import Branch
from core.tasks import image_refresh


@transaction.atomic
def branch_photo_refresh(*, branch: Branch) -> Branch:
    """After an upload: forget the old renditions and queue the new photo's processing.

    The task strips the photo's metadata and builds its renditions; until then the page shows
    no photo. It is queued in the same transaction as the save, so it is never lost.
    """
    branch.photo_renditions = []
    Branch.objects.filter(pk=branch.pk).update(photo_renditions=[])
    if branch.photo:
        image_refresh.enqueue("branches.Branch", branch.pk, "photo", branch.photo.name)
    return branch
