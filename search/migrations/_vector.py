"""SQL for the PostgreSQL tsvector of the search documents: titles weigh A, the rest B.

The words are folded in Python before they are stored, so the plain `simple` configuration
is all PostgreSQL needs: no stemming, no unaccent.
"""

CREATE = """
ALTER TABLE search_searchdocument ADD COLUMN IF NOT EXISTS vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, titles), 'A')
        || setweight(to_tsvector('simple'::regconfig, body), 'B')
    ) STORED;
CREATE INDEX IF NOT EXISTS search_document_vector ON search_searchdocument USING gin (vector);
CREATE INDEX IF NOT EXISTS search_word_prefix ON search_searchword (word varchar_pattern_ops);
"""

DROP = """
DROP INDEX IF EXISTS search_word_prefix;
DROP INDEX IF EXISTS search_document_vector;
ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS vector;
"""
