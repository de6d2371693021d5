"""Documents of a meeting: an uploaded file checked by its content, or an outside link."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import FileOrLink
from events.choices import AttachmentKind
from events.files import ALLOWED, validate_attachment
from events.models.event import Event


class Attachment(FileOrLink):
    """A document of a meeting, most often added after it: the minutes, the slides."""

    allowed_types = ALLOWED

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

    class Meta(FileOrLink.Meta):
        ordering = ["event", "pk"]
        verbose_name = _("meeting material")
        verbose_name_plural = _("meeting materials")

    def __str__(self):
        return self.title
