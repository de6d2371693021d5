"""Trigram indexes on the titles of news, events and materials (PostgreSQL only)."""

from django.db import migrations

from search.migrations import _trigram

TRIGRAM_COLUMNS = {
    "news_post": ("title",),
    "events_event": ("title",),
    "materials_material": ("title",),
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(_trigram.index_sql(TRIGRAM_COLUMNS))


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(_trigram.index_sql(TRIGRAM_COLUMNS, create=False))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_postgres_search"),
        ("news", "0001_initial"),
        ("events", "0001_initial"),
        ("materials", "0001_initial"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
