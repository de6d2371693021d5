from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The bottom floor: what every domain app shares; it imports no domain app."""

    name = "core"
