from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content in lv, ru and en, written from the two source articles; no domain app needs it."""

    name = "demo"
