"""Documents of a meeting: an uploaded file checked by its content, or an outside link."""

from urllib.parse import urlsplit

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from events.choices import AttachmentKind
from events.files import FileType, detect_file_type, validate_attachment
from events.models.event import Event


class Attachment(models.Model):
    """A document of a meeting, most often added after it: the minutes, the slides."""

    event = models.ForeignKey(
        Event, on_delete=models.CASCADE, related_name="attachments", verbose_name=_("event")
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=20, choices=AttachmentKind.choices, default=AttachmentKind.OTHER
    )
    file = models.FileField(
        _("file"),
        upload_to="events/%Y/",
        max_length=200,
        blank=True,
        validators=[validate_attachment],
        help_text=_("PDF, DOCX, ODT or PPTX, up to 20 MB."),
    )
    url = models.URLField(_("outside link"), max_length=500, blank=True)
    file_type = models.CharField(
        _("file type"), max_length=10, choices=FileType.choices, blank=True, editable=False
    )
    file_size = models.PositiveIntegerField(
        _("file size in bytes"), null=True, blank=True, editable=False
    )

    class Meta:
        ordering = ["event", "pk"]
        verbose_name = _("meeting material")
        verbose_name_plural = _("meeting materials")
        constraints = [
            models.CheckConstraint(
                condition=(Q(file="") & ~Q(url="")) | (~Q(file="") & Q(url="")),
                name="attachment_has_file_or_url",
                violation_error_message=_("Give either a file or an outside link, not both."),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.file:
            self.file_type, self.file_size = "", None
        elif not self.file._committed:
            self.file_type, self.file_size = detect_file_type(self.file) or "", self.file.size
        super().save(*args, **kwargs)

    @property
    def link(self):
        return self.file.url if self.file else self.url

    @property
    def host(self):
        """The outside link's host name, so people know where they are going."""
        return urlsplit(self.url).hostname or ""
