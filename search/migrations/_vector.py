"""SQL for the PostgreSQL tsvectors of the search documents: all words (titles weigh A, the
rest B, GIN-indexed, for matching) and the title words alone (for ranking the matches).

The words are folded in Python before they are stored, so the plain `simple` configuration
is all PostgreSQL needs: no stemming, no unaccent.
"""

CREATE = """
ALTER TABLE search_searchdocument ADD COLUMN IF NOT EXISTS vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, titles), 'A')
        || setweight(to_tsvector('simple'::regconfig, body), 'B')
    ) STORED;
ALTER TABLE search_searchdocument ADD COLUMN IF NOT EXISTS title_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, titles)) STORED;
CREATE INDEX IF NOT EXISTS search_document_vector ON search_searchdocument USING gin (vector);
CREATE INDEX IF NOT EXISTS search_word_prefix ON search_searchword (word varchar_pattern_ops);
"""

DROP = """
DROP INDEX IF EXISTS search_word_prefix;
DROP INDEX IF EXISTS search_document_vector;
ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS vector;
ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS title_vector;
"""
