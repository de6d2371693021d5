"""Writes of the back office: giving a person a role and the branches they keep."""

from django.contrib.auth.models import Group
from django.db import transaction

from backoffice.roles import ROLES, Role, role_group


@transaction.atomic
def person_assign(*, user, role: Role | None, branches) -> None:
    """Give `user` exactly one role (or none) and the branches they keep."""
    user.groups.remove(*Group.objects.filter(name__in=[r.key for r in ROLES]))
    if role is not None:
        user.groups.add(role_group(role))
    if not user.is_superuser:
        user.is_staff = role is not None
        user.save(update_fields=["is_staff"])
    user.edited_branches.set(branches)
