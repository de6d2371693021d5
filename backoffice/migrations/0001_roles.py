"""The Consultant, Coordinator and Administrator groups with their permissions."""

from django.db import migrations


def create_roles(apps, schema_editor):
    from backoffice.roles import create_all_permissions, sync_roles

    using = schema_editor.connection.alias
    create_all_permissions(apps=apps, using=using)
    sync_roles(apps=apps, using=using)


def remove_roles(apps, schema_editor):
    from backoffice.roles import ROLES

    Group = apps.get_model("auth", "Group")
    Group.objects.using(schema_editor.connection.alias).filter(
        name__in=[role.key for role in ROLES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("languages", "0001_initial"),
        ("topics", "0001_initial"),
        ("branches", "0002_branch_last_reviewed_and_permissions"),
        ("services", "0002_service_topics"),
        ("news", "0002_review_status_and_permissions"),
        ("events", "0003_publication_and_permissions"),
        ("materials", "0002_publication_and_permissions"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
