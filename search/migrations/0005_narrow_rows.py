"""PostgreSQL: keep the rows of the search documents narrow, their long columns in TOAST.

A search reads the kind, date and flags of every match (thousands of rows for a common
word) and sorts them; it needs the title tsvector only for the candidates it ranks. Rows
that kept their words inline (compressed) took about 700 bytes; with everything long moved
to TOAST from 128 bytes on, the table has a quarter of the pages (250 instead of 960 at
10,000 news posts) and a search spends about a third less time in PostgreSQL.

Rows take the setting when they are written: `manage.py rebuild_search_index` rewrites
the documents there are (an UPDATE in place would leave them spread over as many pages).
"""

from django.db import migrations

NARROW = "ALTER TABLE search_searchdocument SET (toast_tuple_target = 128);"
WIDE = "ALTER TABLE search_searchdocument RESET (toast_tuple_target);"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(NARROW)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(WIDE)


class Migration(migrations.Migration):
    dependencies = [("search", "0004_postgres_vector")]

    operations = [migrations.RunPython(forwards, backwards)]
