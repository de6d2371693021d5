from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PrivacyConfig(AppConfig):
    """One person's data across the apps: export, erasure, and the daily clean-up."""

    name = "privacy"
    verbose_name = _("Personal data")
