"""Information materials for third-country nationals: a document to download or a link."""

from django.db import models
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from core.documents import FileType
from core.i18n import fallback_language
from core.models import FileOrLink, Publication, Publishable, TimeStampedModel
from languages.models import Language
from materials.files import validate_document


class MaterialQuerySet(models.QuerySet):
    def published(self):
        """Materials shown on the site."""
        return self.filter(publication=Publication.PUBLISHED)

    def for_listing(self):
        """Published materials with what a card shows."""
        return self.published().prefetch_related("languages")

    def for_detail(self):
        """Published materials with what the detail page shows."""
        return self.published().for_preview()

    def for_preview(self):
        """Materials of any publication state with what their page shows (staff preview)."""
        return self.prefetch_related("languages", "topics")


class Material(FileOrLink, Publishable, TimeStampedModel):
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

    objects = MaterialQuerySet.as_manager()

    class Meta(FileOrLink.Meta):
        ordering = ["-published_on", "slug"]
        verbose_name = _("information material")
        verbose_name_plural = _("information materials")
        permissions = [("publish_material", _("Can publish information materials"))]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("materials:detail", kwargs={"slug": self.slug})

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

    @cached_property
    def card(self):
        """What a material's card shows, worked out once in Python rather than by includes.

        `title_lang` is ` lang="…"` when the title fell back to another language, else "".
        """
        title_lang = fallback_language(self, "title")
        languages = [
            {"code": language.code, "name": name, "native": native if native != name else None}
            for language in self.languages_by_name
            for name, native in [(language.name, language.native_name)]
        ]
        if self.file:
            described = gettext("%(type)s file, %(size)s") % {
                "type": self.file_type,
                "size": filesizeformat(self.file_size),
            }
        else:
            described = gettext("External link to %(host)s") % {"host": self.host}
        return {
            "url": self.get_absolute_url(),
            "title": self.title,
            "title_lang": title_lang,
            "title_attr": format_html(' lang="{}"', title_lang) if title_lang else "",
            "summary": self.summary,
            "summary_lang": fallback_language(self, "summary"),
            "file_url": self.file.url if self.file else None,
            "download_name": self.download_name,
            "link": self.url,
            "format": described,
            "languages": languages,
            "languages_label": ngettext("Language:", "Languages:", len(languages)),
        }
