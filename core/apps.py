from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The bottom floor: what every domain app shares; it imports no domain app."""

    name = "core"

    def ready(self):
        # Registered here, not on import: the admin site's own module imports core.admin.
        from django.contrib import admin

        from core.admin.outbox import OutgoingMailAdmin
        from core.models import OutgoingMail

        admin.site.register(OutgoingMail, OutgoingMailAdmin)

        from django.conf import settings

        from core.pagecache import connect_signals

        connect_signals(settings.PAGE_CACHE_APPS)
