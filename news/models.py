"""News of the agency: posts written by coordinators, published at a set time."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from branches.models import Branch
from core.i18n import fallback_language
from core.images import RandomName, rendition_context, validate_image
from core.models import TimeStampedModel
from core.richtext import RichTextField, render_html
from services.models import Service
from topics.models import Topic


class Category(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    def __str__(self):
        return self.name


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    REVIEW = "review", _("In review")
    SCHEDULED = "scheduled", _("Scheduled")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


# Statuses that put a post in lists and feeds once its publication time has come.
LIVE = (Status.SCHEDULED, Status.PUBLISHED)
# Statuses of a post that has never been out: it needs no publication time yet.
UNPUBLISHED = (Status.DRAFT, Status.REVIEW)


BODY_COLUMNS = ["body", *(f"body_{code}" for code in settings.MODELTRANSLATION_LANGUAGES)]


class PostQuerySet(models.QuerySet):
    def published(self, now=None):
        """Posts in lists and feeds: published or scheduled, and their time has come."""
        return self.filter(status__in=LIVE, publish_at__lte=now or timezone.now())

    def visible(self, now=None):
        """Posts with a public page: the published ones and, once out, the archived ones."""
        return self.filter(
            status__in=[*LIVE, Status.ARCHIVED], publish_at__lte=now or timezone.now()
        )

    def for_listing(self, now=None):
        """The newest published posts first, with what a card shows; for lists and feeds.

        The bodies (every language's column) stay in the database: no card or feed shows them.
        """
        return (
            self.published(now)
            .defer(*BODY_COLUMNS)
            .prefetch_related("categories")
            .order_by("-publish_at", "-pk")
        )

    def for_detail(self):
        """Posts whose page can be opened, with what the page shows."""
        return self.visible().for_preview()

    def for_preview(self):
        """Posts of any status with what their page shows (staff preview a draft with it)."""
        # The page links a topic, branch or service by its name and slug: nothing else is read.
        return self.prefetch_related(
            "categories",
            Prefetch("topics", queryset=Topic.objects.only("slug", "name")),
            Prefetch("branches", queryset=Branch.objects.active().only("slug", "name")),
            Prefetch("services", queryset=Service.objects.published().only("slug", "name")),
        )


class Post(TimeStampedModel):
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    lead = models.CharField(
        _("lead"), max_length=400, help_text=_("One or two sentences shown in lists and feeds.")
    )
    body = RichTextField(_("body"), blank=True)
    cover = models.ImageField(
        _("cover image"),
        upload_to=RandomName("news"),
        blank=True,
        validators=[validate_image],
        width_field="cover_width",
        height_field="cover_height",
        help_text=_("JPEG, PNG or WebP. Location and camera data are removed on upload."),
    )
    cover_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_height = models.PositiveIntegerField(null=True, blank=True, editable=False)
    cover_renditions = models.JSONField(default=list, blank=True, editable=False)
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    publish_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        help_text=_("A scheduled post appears on the site at this time by itself."),
    )
    categories = models.ManyToManyField(
        Category, verbose_name=_("categories"), related_name="posts", blank=True
    )
    topics = models.ManyToManyField(
        "topics.Topic", verbose_name=_("topics"), related_name="posts", blank=True
    )
    branches = models.ManyToManyField(
        Branch, verbose_name=_("related branches"), related_name="posts", blank=True
    )
    services = models.ManyToManyField(
        Service, verbose_name=_("related services"), related_name="posts", blank=True
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="news_posts",
        verbose_name=_("author"),
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-pk"]
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")
        permissions = [("publish_post", _("Can publish news posts"))]
        indexes = [
            # Lists and feeds walk this in order; with the status in it too, the keys of any
            # page are found without reading the posts (see core.pagination). With the time of
            # the last change beside them (PostgreSQL), the sitemap counts the news and dates
            # its section from this index alone: 9 ms -> 1.6 ms at 10,000 posts.
            models.Index(
                fields=["-publish_at", "-id", "status"],
                name="news_post_listing_idx",
                include=["updated_at"],
            ),
            # The sitemap's last change of the news is read from the top of this.
            models.Index(fields=["-updated_at"], name="news_post_updated_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=UNPUBLISHED) | Q(publish_at__isnull=False),
                name="news_post_out_has_publish_at",
                violation_error_message=_("Only a draft may be without a publication time."),
            ),
            models.CheckConstraint(
                # cover_alt_lv is the Latvian column django-modeltranslation adds.
                condition=Q(cover="") | (Q(cover_alt_lv__isnull=False) & ~Q(cover_alt_lv="")),
                name="news_post_cover_has_alt",
                violation_error_message=_("A cover image needs a description."),
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        if self.status not in UNPUBLISHED and self.publish_at is None:
            raise ValidationError({"publish_at": _("Give the time the post is to appear.")})
        if self.cover and not self.cover_alt_lv:
            # Reported on the Latvian field, the one modeltranslation's form requires.
            raise ValidationError({"cover_alt_lv": _("A cover image needs a description.")})

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})

    @property
    def is_archived(self):
        return self.status == Status.ARCHIVED

    @property
    def cover_image(self):
        """src, srcset, width and height of the cover's renditions, or None."""
        if not self.cover:
            return None
        return rendition_context(self.cover_renditions, self.cover.storage)

    @cached_property
    def card(self):
        """What a news card shows, worked out once in Python rather than by tags in a loop.

        A `*_lang` is the language a text fell back to (None when it is in the UI language).
        """
        published = timezone.localtime(self.publish_at)
        return {
            "image": self.cover_image,
            "url": self.get_absolute_url(),
            "title": self.title,
            "title_lang": fallback_language(self, "title"),
            "lead": self.lead,
            "lead_lang": fallback_language(self, "lead"),
            "datetime": published.isoformat(),  # the `date:"c"` of a template
            "date": date_format(published, "DATE_FORMAT"),
            "categories": [
                {"name": category.name, "lang": fallback_language(category, "name")}
                for category in self.categories.all()
            ],
        }

    @property
    def body_html(self):
        return render_html(self.body)
