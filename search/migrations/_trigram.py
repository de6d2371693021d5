"""SQL for GIN trigram indexes on unaccented, lower-cased translated columns."""

LANGUAGES = ("lv", "ru", "en", "uk")


def index_sql(columns, create=True):
    statements = []
    for table, fields in columns.items():
        for field in fields:
            for code in LANGUAGES:
                name = f"{table}_{field}_{code}_trgm"
                if create:
                    statements.append(
                        f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                        f"USING gin (portal_unaccent(lower({field}_{code})) gin_trgm_ops);"
                    )
                else:
                    statements.append(f"DROP INDEX IF EXISTS {name};")
    return "\n".join(statements)
