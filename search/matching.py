"""The one statement a search runs: match, count, pick the candidates, score and rank them.

Matching: on PostgreSQL a prefix tsquery over the generated, GIN-indexed tsvector; on SQLite
LIKE over the same stored words. Ranking is the same SQL on both (title words count more
than body words, whole words more than beginnings), so both databases agree. The SQL is
written out: the ORM took longer to build this statement than PostgreSQL takes to run it,
and it cannot select from a subquery, which the ranking needs.
"""

from django.db import connection

from core.folding import word_forms
from search import query as parsing
from search.query import minimal, whole_word

CANDIDATES = 300  # newest matches of each kind that are ranked (15 pages of one kind)
# Points per query segment: its stems begin title words; its words do; whole title words;
# the words as typed (not a synonym) begin title words.
STEM_IN_TITLE, WORD_IN_TITLE, WHOLE_WORD, AS_TYPED = 4, 2, 1, 2

# Each kind's count and newest CANDIDATES matches come from one pass over the text index;
# only those are scored (`candidate` is computed above the `recency` filter) and ranked, so
# a search costs the same however many thousands of news posts a common word matches.
# Within a kind `sort_date` is always set or never, so NULLs sort alike on both databases.
RANKED = """
SELECT kind, object_id, score, total FROM (
    SELECT kind, object_id, score, total, ROW_NUMBER() OVER (
        PARTITION BY kind ORDER BY score DESC, sort_date DESC, title_length, object_id
    ) AS position
    FROM (
        SELECT kind, object_id, total, sort_date, title_length, {score} AS score
        FROM (
            SELECT kind, object_id, sort_date, title_length, {titles},
                COUNT(*) OVER (PARTITION BY kind) AS total,
                ROW_NUMBER() OVER (PARTITION BY kind ORDER BY sort_date DESC, object_id)
                    AS recency
            FROM search_searchdocument
            WHERE kind IN ({kinds}) AND public AND (public_from IS NULL OR public_from <= %s)
                AND {match}
        ) matched
        WHERE recency <= %s
    ) candidate
) ranked {limit}
ORDER BY kind, position
"""


def _postgres():
    return connection.vendor == "postgresql"


def _word_tsquery(word, whole):
    forms = (form if whole_word(form, whole) else f"{form}:*" for form in word_forms(word))
    return "(" + " | ".join(forms) + ")"


def _alternatives_tsquery(alternatives, whole=False):
    return " | ".join(
        "(" + " & ".join(_word_tsquery(word, whole) for word in alt) + ")"
        for alt in minimal(alternatives, whole)
    )


def tsquery(segments):
    """The match as a tsquery: every segment, through any alternative, by the stems' prefixes."""
    return " & ".join(f"({_alternatives_tsquery(segment.stems())})" for segment in segments)


def _like(form, whole):
    """A LIKE pattern for `form` in the stored words (a space at each end of every word)."""
    escaped = form.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"% {escaped} %" if whole_word(form, whole) else f"% {escaped}%"


def _alternatives_like(alternatives, columns, whole=False):
    """SQLite: (sql, params) true when `columns` hold every word of some alternative."""
    sql, params = [], []
    for alt in minimal(alternatives, whole):
        words = []
        for word in alt:
            tests = [
                (column, _like(form, whole)) for column in columns for form in word_forms(word)
            ]
            words.append("(" + " OR ".join(f"{c} LIKE %s ESCAPE '\\'" for c, _ in tests) + ")")
            params += [pattern for _, pattern in tests]
        sql.append("(" + " AND ".join(words) + ")")
    return "(" + " OR ".join(sql) + ")", params


def _match(segments):
    """(sql, params): the document holds every segment. On PostgreSQL the tsquery sits in a
    scalar subquery the planner cannot read, so it always takes the GIN index: shown a prefix
    tsquery that thousands of documents match, it would estimate a scan of the table as
    cheaper, not counting that every row's tsvector must then come out of TOAST (60-240 ms
    at 10,000 news posts, against 5-15 ms from the index, which needs no recheck)."""
    if _postgres():
        return "vector @@ (SELECT to_tsquery('simple'::regconfig, %s))", [tsquery(segments)]
    parts = [_alternatives_like(s.stems(), ("titles", "body")) for s in segments]
    return " AND ".join(sql for sql, _ in parts), [p for _, params in parts for p in params]


def _title_match(alternatives, whole=False):
    """(sql, params): the title words match `alternatives` (the same on both databases: a
    prefix tsquery on the title tsvector is LIKE ' word%' on the stored title words)."""
    if _postgres():
        return "title_vector @@ to_tsquery('simple'::regconfig, %s)", [
            _alternatives_tsquery(alternatives, whole)
        ]
    return _alternatives_like(alternatives, ("titles",), whole)


def _segment_points(segment):
    """(sql, params): what a title earns for `segment`. Every check needs the title to match
    some alternative at all, so that one guards the others: most candidates match in their
    body alone and cost one check."""
    typed = (tuple(map(parsing.stem, segment.typed)),)
    conditions = {}  # (alternatives, whole) -> points; equal conditions are checked once
    for points, alternatives, whole in (
        (STEM_IN_TITLE, segment.stems(), False),
        (WORD_IN_TITLE, segment.alternatives, False),
        (WHOLE_WORD, segment.alternatives, True),
        (AS_TYPED, typed, False),
    ):
        key = (minimal(alternatives, whole), whole)
        conditions[key] = conditions.get(key, 0) + points
    guard = (minimal(segment.stems() + segment.alternatives + typed), False)
    earned, params = [str(conditions.pop(guard, 0))], []
    for (alternatives, whole), points in conditions.items():
        sql, more = _title_match(alternatives, whole)
        earned.append(f"CASE WHEN {sql} THEN {points:d} ELSE 0 END")
        params += more
    sql, guard_params = _title_match(*guard)
    return f"CASE WHEN {sql} THEN {' + '.join(earned)} ELSE 0 END", guard_params + params


def ranked(segments, kinds, now, per_kind=None):
    """[{kind, object_id, score, total}] of the `per_kind` best (or all) candidates of each
    of `kinds` matching `segments`, best first within each kind, with each kind's count of
    visible matches at `now`: one statement."""
    points = [_segment_points(segment) for segment in segments]
    match, match_params = _match(segments)
    sql = RANKED.format(
        score=" + ".join(sql for sql, _ in points),
        titles="title_vector" if _postgres() else "titles",
        kinds=", ".join(["%s"] * len(kinds)),
        match=match,
        limit="WHERE position <= %s" if per_kind else "",
    )
    params = [
        *(p for _, params in points for p in params),
        *kinds,
        connection.ops.adapt_datetimefield_value(now),
        *match_params,
        CANDIDATES,
        *([per_kind] if per_kind else []),
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        columns = [column[0] for column in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
