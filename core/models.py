"""Abstract models every domain app may build on; domain models live in their own apps."""

from urllib.parse import urlsplit

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core.documents import FileType, detect_file_type


class TimeStampedModel(models.Model):
    """Adds creation and last-change times."""

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class FileOrLink(models.Model):
    """A document given either as an uploaded file, checked by its content, or as an outside link.

    Subclasses declare the `file` field (where uploads go, which validator) and the
    `allowed_types` that validator accepts; the type and size of a new file are stored.
    """

    allowed_types = frozenset(FileType)

    url = models.URLField(
        _("outside link"),
        max_length=500,
        blank=True,
        help_text=_("Instead of a file: the address of the material on another website."),
    )
    file_type = models.CharField(
        _("file type"), max_length=10, choices=FileType.choices, blank=True, editable=False
    )
    file_size = models.PositiveIntegerField(
        _("file size in bytes"), null=True, blank=True, editable=False
    )

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=(Q(file="") & ~Q(url="")) | (~Q(file="") & Q(url="")),
                name="%(class)s_has_file_or_url",
                violation_error_message=_("Give either a file or an outside link, not both."),
            ),
        ]

    def save(self, *args, **kwargs):
        if self._describe_file() and kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "file_type", "file_size"}
        super().save(*args, **kwargs)

    def _describe_file(self):
        """Store the type and size of a new or removed file; True when they changed."""
        if not self.file:
            described = ("", None)
        elif not self.file._committed:  # A file just assigned, not yet written to storage.
            described = (detect_file_type(self.file, self.allowed_types) or "", self.file.size)
        else:
            return False  # The stored file has not changed, nor have its facts.
        changed = described != (self.file_type, self.file_size)
        self.file_type, self.file_size = described
        return changed

    @property
    def link(self):
        """Where the document itself is: the uploaded file or the outside address."""
        return self.file.url if self.file else self.url

    @property
    def host(self):
        """The outside link's host name, shown so people know where they are going."""
        return urlsplit(self.url).hostname or ""
