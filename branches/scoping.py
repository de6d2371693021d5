"""Who keeps which branch: a consultant works only on the branches they keep."""

from core.permissions import ScopedObjectMixin

# Coordinators and administrators have it; a consultant has not and keeps only their branches.
MANAGE_EVERY_BRANCH = "branches.manage_every_branch"


def keeps_every_branch(user):
    """True for a user whose work is not limited to the branches they keep."""
    return user.has_perm(MANAGE_EVERY_BRANCH)


def scoped(queryset, user, branch_lookup):
    """`queryset` limited to the objects of the branches `user` keeps, unless they keep all."""
    if keeps_every_branch(user):
        return queryset
    prefix = f"{branch_lookup}__" if branch_lookup else ""
    return queryset.filter(**{f"{prefix}editors": user})


class BranchScopedMixin(ScopedObjectMixin):
    """Admin (or inline) limited to the user's branches: lists, forms, actions, choices, URLs."""

    branch_lookup = "branch"  # The path from the model to its Branch; "" for Branch itself.

    def get_queryset(self, request):
        return scoped(super().get_queryset(request), request.user, self.branch_lookup)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "branch" and not keeps_every_branch(request.user):
            branches = db_field.remote_field.model._default_manager.all()
            kwargs["queryset"] = scoped(branches, request.user, "")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
