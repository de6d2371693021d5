"""The record of each export or erasure of one person's data (the person is kept only as a hash)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PersonalDataAction(models.TextChoices):
    EXPORT = "export", _("Export (download as JSON)")
    ERASE = "erase", _("Erase")


class PersonalDataRequest(models.Model):
    """An administrator exported or erased the data of the person with an e-mail or phone."""

    action = models.CharField(_("action"), max_length=10, choices=PersonalDataAction.choices)
    subject_hash = models.CharField(_("person (keyed hash)"), max_length=64, editable=False)
    counts = models.JSONField(_("records"), default=dict, editable=False)
    performed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="+",
        verbose_name=_("performed by"),
    )
    created_at = models.DateTimeField(_("performed"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("personal data request")
        verbose_name_plural = _("personal data requests")

    def __str__(self):
        return f"{self.get_action_display()} {self.created_at:%Y-%m-%d %H:%M}"
