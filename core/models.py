"""Abstract models every domain app may build on, the stamps kept beside content, and the mail outbox."""

from copy import deepcopy
from functools import lru_cache
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from core.documents import FileType, detect_file_type


def _snapshot(value):
    """A copy of a loaded value that later in-place edits (of JSON lists) cannot reach."""
    return deepcopy(value) if isinstance(value, list | dict) else value


@lru_cache(maxsize=256)
def _mutable_positions(model, field_names):
    """Where, in a row of `field_names`, a value can be edited in place (JSON, arrays)."""
    kinds = {field.attname: field.get_internal_type() for field in model._meta.concrete_fields}
    return tuple(
        position
        for position, name in enumerate(field_names)
        if kinds.get(name) in {"JSONField", "ArrayField"}
    )


class TimeStampedModel(models.Model):
    """Adds creation and last-change times; a save that changes nothing keeps the old time.

    `updated_at` dates feed entries and sitemap URLs, so it must mean a real change: an
    admin "Save" without edits, or `load_demo` run again, leaves it as it was.
    """

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        changed = self.changed_fields()
        if changed is not None:
            names = {field.name for field in self._meta.concrete_fields if not field.primary_key}
            fields = kwargs.get("update_fields")
            if fields is not None:
                names &= {self._meta.get_field(name).name for name in fields}
                changed &= names
            if not changed:
                # Still saved (signals, history and search see it) but not dated as a change.
                kwargs["update_fields"] = names - {"updated_at"}
        super().save(*args, **kwargs)
        self._loaded = {
            field.attname: _snapshot(field.value_from_object(self))
            for field in self._meta.concrete_fields
        }

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # The row as loaded, to compare at save. Pages read many rows and save none, so the
        # per-field dict is built only when a save asks (changed_fields); only values that can
        # change in place are copied now.
        field_names = tuple(field_names)
        mutable = _mutable_positions(cls, field_names)
        if mutable:
            values = list(values)
            for position in mutable:
                values[position] = _snapshot(values[position])
        instance._loaded_row = (field_names, values)
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
        if loaded is None and getattr(self, "_loaded_row", None) is not None:
            loaded = self._loaded = dict(zip(*self._loaded_row))  # noqa: B905
        if loaded is None or self._state.adding:
            return None
        return {
            field.name
            for field in self._compared_fields()
            if field.attname in loaded and field.value_from_object(self) != loaded[field.attname]
        }


class Publication(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    PUBLISHED = "published", _("Published")


class Publishable(models.Model):
    """Draft, in review or published: only published content is on the site."""

    publication = models.CharField(
        _("publication"),
        max_length=10,
        choices=Publication.choices,
        default=Publication.DRAFT,
        help_text=_("A draft or a text in review is seen only in the back office and its preview."),
    )

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.publication == Publication.PUBLISHED


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


class ObjectStamp(models.Model):
    """Something recorded about any content object, kept beside it rather than in its table."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()

    class Meta:
        abstract = True


class TranslationStamp(ObjectStamp):
    """When one object's text in one language was last written, minor changes aside.

    A translation is outdated while its stamp is older than the source language's stamp.
    One table for every content type, so no content model needs columns for it.
    """

    language = models.CharField(_("language"), max_length=10)
    changed_at = models.DateTimeField(_("text changed"))
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("translation stamp")
        verbose_name_plural = _("translation stamps")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="one_stamp_per_language"
            ),
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.language} {self.changed_at:%Y-%m-%d}"


class ReviewStamp(ObjectStamp):
    """When someone last checked that an object (a branch, an offer, a service) is still true.

    Kept beside the content, so that models owned by other work need no new column.
    """

    reviewed_on = models.DateField(_("last reviewed"))
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="one_review_stamp"),
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.reviewed_on}"


class MailStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to be sent")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Gave up")


class OutgoingMail(models.Model):
    """One rendered e-mail: stored before it is queued, so an outage delays it but never loses it."""

    to = models.EmailField(_("to"))
    reply_to = models.EmailField(_("reply to"), blank=True)
    subject = models.CharField(_("subject"), max_length=300)
    body_text = models.TextField(_("text"))
    body_html = models.TextField(_("HTML"), blank=True)
    template = models.CharField(_("kind of message"), max_length=100)
    language = models.CharField(_("language"), max_length=10)
    status = models.CharField(
        _("status"), max_length=10, choices=MailStatus.choices, default=MailStatus.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    # The kind of failure only (exception class, SMTP code): never an address or a message.
    last_error = models.CharField(_("last error"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        indexes = [models.Index(fields=["status", "created_at"], name="mail_status_created")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=MailStatus.SENT) | Q(sent_at__isnull=False),
                name="mail_sent_has_time",
            ),
        ]

    def __str__(self):
        return self.subject
