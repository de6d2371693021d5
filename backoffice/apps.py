from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate


def roles_after_migrate(sender, using="default", **kwargs):
    """Re-apply the roles table after every migrate, so the groups never drift from it."""
    from backoffice.roles import create_all_permissions, sync_roles

    create_all_permissions(using=using)
    sync_roles(using=using)


class BackofficeConfig(AppConfig):
    """Roles, the dashboard and the translation overview; above the content apps it gathers."""

    name = "backoffice"
    verbose_name = "Back office"
    default = True

    def ready(self):
        post_migrate.connect(roles_after_migrate, sender=self)


class BackOfficeAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the back office's site: the dashboard is its home page."""

    default = False
    default_site = "backoffice.site.BackOfficeSite"
