"""PostgreSQL: a generated tsvector over the stored words, with a GIN index.

The per-column trigram indexes of 0001 and 0002 served the old search, which read the
content tables; the documents replace them. SQLite needs none of this: it reads the same
stored words with LIKE.
"""

from django.db import migrations

from search.migrations import _trigram
from search.migrations import _vector

OLD_TRIGRAM_COLUMNS = {
    "branches_branch": ("name", "city"),
    "services_service": ("name",),
    "news_post": ("title",),
    "events_event": ("title",),
    "materials_material": ("title",),
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(_vector.CREATE)
        schema_editor.execute(_trigram.index_sql(OLD_TRIGRAM_COLUMNS, create=False))


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(_vector.DROP)
        schema_editor.execute(_trigram.index_sql(OLD_TRIGRAM_COLUMNS))


class Migration(migrations.Migration):
    dependencies = [("search", "0003_search_documents")]

    operations = [migrations.RunPython(forwards, backwards)]
