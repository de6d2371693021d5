"""Refusals the back office explains: an object that exists but belongs to someone else."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _


class NotYours(PermissionDenied):
    """The object exists, but the user may not open it (another branch's, say)."""

    def __init__(self, obj_name):
        super().__init__(
            _(
                "This %(name)s is not yours to open: it belongs to a branch you do not keep. "
                "Ask a coordinator or an administrator if you need to change it."
            )
            % {"name": obj_name}
        )


class ScopedObjectMixin:
    """Admin mixin: an object outside the user's queryset is refused as not theirs, not missing."""

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None and self.object_exists(object_id, from_field):
            raise NotYours(self.model._meta.verbose_name)
        return obj

    def object_exists(self, object_id, from_field=None):
        field = (
            self.model._meta.pk if from_field is None else self.model._meta.get_field(from_field)
        )
        try:
            value = field.to_python(object_id)
        except ValidationError:  # a malformed id is simply not there
            return False
        return self.model._default_manager.filter(**{field.name: value}).exists()
