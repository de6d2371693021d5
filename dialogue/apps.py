from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DialogueConfig(AppConfig):
    """The Dialogue Platform: its page, its member organisations, and what people send it."""

    name = "dialogue"
    verbose_name = _("Dialogue Platform")
