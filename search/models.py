"""What search reads: one stored document per public item, its title words, and synonyms."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname


class SearchDocument(models.Model):
    """The folded words of one item in every language, titles apart from the rest.

    `titles` and `body` hold every form of every word (see core.folding.index_text), with a
    space at each end, so that " word" matches the start of a word on any database. On
    PostgreSQL generated tsvector columns cover both (GIN-indexed) and the titles alone
    (for ranking), see migration 0004, and the long columns live in TOAST, so that the rows
    a search reads stay narrow (0005). `public` and `public_from` let the search skip
    hidden items without reading the content tables; the hits shown are checked again.
    """

    kind = models.CharField(_("kind"), max_length=20)
    object_id = models.PositiveBigIntegerField(_("object id"))
    titles = models.TextField(_("title words"))
    body = models.TextField(_("body words"), blank=True)
    title_length = models.PositiveSmallIntegerField(
        _("title length in words"), default=0, help_text=_("Shorter titles rank first on a tie.")
    )
    sort_date = models.DateTimeField(_("date"), null=True, blank=True)
    public = models.BooleanField(
        _("public"), default=True, help_text=_("Published, or active, when it was indexed.")
    )
    public_from = models.DateTimeField(
        _("public from"), null=True, blank=True, help_text=_("A scheduled post: its time.")
    )
    indexed_at = models.DateTimeField(_("indexed"), auto_now=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_document_unique"),
        ]
        indexes = [  # the newest matches of a kind, read in order when a word is everywhere
            models.Index(fields=["kind", "-sort_date", "object_id"], name="search_document_recent"),
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}"


class SearchWord(models.Model):
    """A word that occurs in some title: the vocabulary typos are corrected against."""

    word = models.CharField(_("word"), max_length=60, primary_key=True)

    class Meta:
        verbose_name = _("title word")
        verbose_name_plural = _("title words")

    def __str__(self):
        return self.word


class Synonym(models.Model):
    """Words and phrases that mean the same to a reader, in any language or script."""

    meaning = models.CharField(
        _("meaning"), max_length=100, help_text=_("For editors only, e.g. “residence permit”.")
    )
    terms = models.TextField(
        _("words and phrases"),
        help_text=_(
            "One per line, as people type them: “ВНЖ”, “uzturēšanās atļauja”. A search for "
            "any of them finds what any other one finds."
        ),
    )

    class Meta:
        ordering = ["meaning"]
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return self.meaning

    TERM_FIELDS = [
        build_localized_fieldname("terms", code) for code in settings.MODELTRANSLATION_LANGUAGES
    ]

    def all_terms(self):
        """Every line of every language's list, without blanks or repeats."""
        return self.lines(getattr(self, field, "") for field in self.TERM_FIELDS)

    @staticmethod
    def lines(values):
        """Every line of `values` (each language's list), without blanks or repeats."""
        lines = []
        for value in values:
            for line in (value or "").splitlines():
                if line.strip() and line.strip() not in lines:
                    lines.append(line.strip())
        return lines
