"""Abstract models every domain app may build on; domain models live in their own apps."""

from copy import deepcopy
from urllib.parse import urlsplit

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from core.documents import FileType, detect_file_type


def _snapshot(value):
    """A copy of a loaded value that later in-place edits (of JSON lists) cannot reach."""
    return deepcopy(value) if isinstance(value, list | dict) else value


class TimeStampedModel(models.Model):
    """Adds creation and last-change times; a save that changes nothing keeps the old time.

    `updated_at` dates feed entries and sitemap URLs, so it must mean a real change: an
    admin "Save" without edits, or `load_demo` run again, writes nothing.
    """

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        changed = self.changed_fields()
        if changed is not None:
            fields = kwargs.get("update_fields")
            if fields is not None:
                changed &= {self._meta.get_field(name).name for name in fields}
            if not changed:
                return  # nothing to write, and nothing really changed
        super().save(*args, **kwargs)
        self._loaded = {
            field.attname: _snapshot(field.value_from_object(self))
            for field in self._meta.concrete_fields
        }

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded = {name: _snapshot(value) for name, value in zip(field_names, values)}  # noqa: B905
        return instance

    def _compared_fields(self):
        try:  # a translated field's own column follows the active language: compare its columns
            translated = translator.get_options_for_model(type(self)).all_fields
        except NotRegistered:
            translated = ()
        return [
            field
            for field in self._meta.concrete_fields
            if field.name not in translated and field.name != "updated_at"
        ]

    def changed_fields(self):
        """Names of the loaded fields whose value differs from the database's (None: all)."""
        loaded = getattr(self, "_loaded", None)
        if loaded is None or self._state.adding:
            return None
        return {
            field.name
            for field in self._compared_fields()
            if field.attname in loaded and field.value_from_object(self) != loaded[field.attname]
        }


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
