"""PostgreSQL search: unaccent, pg_trgm, a Latvian configuration and trigram indexes.

Does nothing on SQLite, where the search folds case and diacritics in Python.
"""

from django.db import migrations

from search.migrations import _trigram

TRIGRAM_COLUMNS = {
    "branches_branch": ("name", "city"),
    "services_service": ("name",),
}

SETUP = """
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE OR REPLACE FUNCTION portal_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'lv_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION lv_unaccent (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION lv_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END $$;
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(SETUP)
        schema_editor.execute(_trigram.index_sql(TRIGRAM_COLUMNS))


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(_trigram.index_sql(TRIGRAM_COLUMNS, create=False))


class Migration(migrations.Migration):
    dependencies = [
        ("branches", "0001_initial"),
        ("services", "0002_service_topics"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
