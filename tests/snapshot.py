"""Expensive set-ups (the demo content) made once, then copied into each test that asks.

`load_demo` takes seconds and over a hundred tests start from it. The first test to ask
runs the set-up for real; the rows it added are kept, table by table (COPY ... TO STDOUT),
with the files they point to. Later tests get the same rows back (COPY ... FROM STDIN) and
the same files. A copy is only used on a database whose every table holds what it held
before the real run (a fingerprint: a transactional test's flush makes content types and
roles again under new ids) and on the same day in Riga (the demo dates requests from today);
otherwise the set-up runs for real again. Foreign keys are checked after each copy.
On another database than PostgreSQL the set-up always runs for real.
"""

import hashlib
from collections import Counter

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, models, transaction

from core.clock import riga_now


def load_demo():
    """The demo content, as `make run` loads it."""
    call_command("load_demo", verbosity=0)


def _tables():
    with connection.cursor() as cursor:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
        return [row[0] for row in cursor.fetchall()]


def _rows(tables):
    """{table: [row as COPY text]} of every table."""
    found = {}
    with connection.cursor() as cursor:
        for table in tables:
            with cursor.copy(f'COPY "{table}" TO STDOUT') as copy:
                text = b"".join(bytes(block) for block in copy)
            found[table] = text.decode().splitlines()
    return found


def _fingerprint(tables):
    """One digest of the content of every table, read in one query."""
    parts = " UNION ALL ".join(
        f"SELECT '{table}' AS name, count(*)::text || ':' || "
        f"coalesce(md5(string_agg(r::text, E'\\n' ORDER BY r::text)), '') AS digest "
        f'FROM "{table}" r'
        for table in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT string_agg(name || '=' || digest, ';' ORDER BY name) FROM ({parts}) t"
        )
        return hashlib.sha256(cursor.fetchone()[0].encode()).hexdigest()


def _files():
    """{name: bytes} of every file a FileField points to (all use the default storage)."""
    found = {}
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, models.FileField):
                for name in model._default_manager.exclude(**{field.name: ""}).values_list(
                    field.attname, flat=True
                ):
                    if name:
                        with default_storage.open(name) as stored:
                            found[name] = stored.read()
    return found


def _tops(tables):
    """{id sequence: the highest id in its table} for the tables with an id sequence."""
    tops = {}
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, pg_get_serial_sequence(quote_ident(table_name), 'id') "
            "FROM information_schema.columns "
            "WHERE table_schema = 'public' AND column_name = 'id' AND table_name = ANY(%s)",
            [list(tables)],
        )
        for table, sequence in cursor.fetchall():
            if sequence:
                cursor.execute(f'SELECT max(id) FROM "{table}"')
                tops[sequence] = cursor.fetchone()[0]
    return tops


def _added(before, after):
    """{table: rows} that are in `after` and not `before`; None if a row went or changed."""
    added = {}
    for table, rows in after.items():
        if Counter(before[table]) - Counter(rows):
            return None
        extra = Counter(rows) - Counter(before[table])
        if extra:
            added[table] = list(extra.elements())
    return added


def restart_sequences():
    """Every id sequence back to 1, as a flush with reset_sequences does.

    Called just before a transactional test's flush: the content types, permissions and roles
    that the flush makes again then get the same ids every time, so the next test finds the
    same database and the demo can be copied into it instead of loaded.
    """
    statements = connection.ops.sequence_reset_by_name_sql(
        no_style(), connection.introspection.sequence_list()
    )
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


class Snapshots:
    """What each named setup added to a database in a given state, to add again."""

    KEEP = 8  # setups kept at once; a transactional test leaves a new state behind

    def __init__(self):
        self._kept = {}  # (name, day in Riga, fingerprint): (rows by table, files, id tops)

    def restore(self, name, build):
        """Run `build` (or copy what it added last time on a database in this state)."""
        if connection.vendor != "postgresql":
            build()
            return
        tables = _tables()
        key = (name, riga_now().date(), _fingerprint(tables))
        if key in self._kept:
            self._copy(*self._kept[key])
            return
        before = _rows(tables)
        build()
        added = _added(before, _rows(tables))
        if added is not None:
            self._kept = dict(list(self._kept.items())[-(self.KEEP - 1) :])
            self._kept[key] = (added, _files(), _tops(added))

    def _copy(self, added, files, tops):
        with transaction.atomic(), connection.cursor() as cursor:
            for table, rows in added.items():
                with cursor.copy(f'COPY "{table}" FROM STDIN') as copy:
                    copy.write("".join(f"{row}\n" for row in rows).encode())
            # New rows must not collide with the copied ones: each id sequence at least past them.
            cursor.execute(
                "SELECT setval(t.seq::regclass, t.top) "
                "FROM unnest(%s::text[], %s::bigint[]) AS t(seq, top) "
                "WHERE coalesce(pg_sequence_last_value(t.seq::regclass), 0) < t.top",
                [list(tops), list(tops.values())],
            )
            connection.check_constraints()
        for name, content in files.items():
            if default_storage.exists(name):
                with default_storage.open(name) as stored:
                    if stored.read() == content:
                        continue
                default_storage.delete(name)
            assert default_storage.save(name, ContentFile(content)) == name
