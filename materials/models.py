"""Information materials for third-country nationals: a document to download or a link."""

from urllib.parse import urlsplit

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from languages.models import Language
from materials.files import FileType, detect_file_type, validate_document
from portal.models import TimeStampedModel


class MaterialQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def for_listing(self):
        return self.published().prefetch_related("languages")

    def for_detail(self):
        return self.for_listing().prefetch_related("topics")


class Material(TimeStampedModel):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    summary = models.CharField(_("summary"), max_length=400)
    file = models.FileField(
        _("file"),
        upload_to="materials/%Y/",
        max_length=200,
        blank=True,
        validators=[validate_document],
        help_text=_("PDF, DOCX, ODT, XLSX, PPTX, JPEG or PNG, up to 20 MB."),
    )
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
    languages = models.ManyToManyField(
        Language,
        verbose_name=_("languages of the document"),
        related_name="materials",
        blank=True,
    )
    topics = models.ManyToManyField(
        "topics.Topic", verbose_name=_("topics"), related_name="materials", blank=True
    )
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    published_on = models.DateField(_("published on"))
    is_published = models.BooleanField(_("published"), default=True)

    objects = MaterialQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "slug"]
        verbose_name = _("information material")
        verbose_name_plural = _("information materials")
        constraints = [
            models.CheckConstraint(
                condition=(Q(file="") & ~Q(url="")) | (~Q(file="") & Q(url="")),
                name="material_has_file_or_url",
                violation_error_message=_("Give either a file or an outside link, not both."),
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("materials:detail", kwargs={"slug": self.slug})

    def save(self, *args, **kwargs):
        if self._describe_file() and kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "file_type", "file_size"}
        super().save(*args, **kwargs)

    def _describe_file(self):
        """Store the type and size of a new or removed file; True when they changed."""
        if not self.file:
            described = ("", None)
        elif not self.file._committed:  # A file just assigned, not yet written to storage.
            described = (detect_file_type(self.file) or "", self.file.size)
        else:
            return False  # The stored file has not changed, nor have its facts.
        changed = described != (self.file_type, self.file_size)
        self.file_type, self.file_size = described
        return changed

    @property
    def link(self):
        """Where the material itself is: the uploaded file or the outside address."""
        return self.file.url if self.file else self.url

    @property
    def host(self):
        """The outside link's host name, shown so people know where they are going."""
        return urlsplit(self.url).hostname or ""

    @property
    def download_name(self):
        """A file name that says what the file is, whatever it was called on upload."""
        if not self.file_type:
            return ""
        return f"{self.slug}.{FileType(self.file_type).extension}"

    @property
    def languages_by_name(self):
        """The document's languages by their names in the UI language (uses the prefetch)."""
        return self.languages.all().sorted_by_name()
