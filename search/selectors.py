"""Search every public content type through the stored documents, the same on every database.

Matching: on PostgreSQL a prefix tsquery over the generated, GIN-indexed tsvector; on SQLite
LIKE over the same stored words. Ranking is one SQL expression on both (title words count
more than body words, whole words more than beginnings), so both databases agree.
"""

from difflib import SequenceMatcher
from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchVectorField
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import BooleanField, Case, Count, F, IntegerField, Q, Value, When, Window
from django.db.models.expressions import Col, ExpressionWrapper, Func
from django.db.models.functions import Length, RowNumber
from django.utils import timezone

from core.folding import word_forms
from search import query as parsing
from search.hits import build_hits
from search.models import SearchDocument, SearchWord, Synonym
from search.query import minimal, whole_word
from search.sources import BY_KEY, SOURCES

PER_GROUP = 5
PER_PAGE = 20
CANDIDATES = 300  # newest matches of each kind that are ranked (15 pages of one kind)
# Points per query segment: its stems begin title words; its words do; whole title words;
# the words as typed (not a synonym) begin title words.
STEM_IN_TITLE, WORD_IN_TITLE, WHOLE_WORD, AS_TYPED = 4, 2, 1, 2
TYPO_RATIO = 0.8
NEWEST = [F("sort_date").desc(), "object_id"]


def synonym_groups():
    """Every synonym list the editors keep, ready for the query parser (one query)."""
    return parsing.synonym_groups(synonym.all_terms() for synonym in Synonym.objects.all())


def _word_q(fields, word, whole=False):
    return reduce(
        or_,
        (
            Q(**{f"{field}__contains": f" {form} " if whole_word(form, whole) else f" {form}"})
            for field in fields
            for form in word_forms(word)
        ),
    )


def _alternatives_q(alternatives, fields, whole=False):
    return reduce(
        or_,
        (
            reduce(lambda a, b: a & b, (_word_q(fields, word, whole) for word in alternative))
            for alternative in minimal(alternatives, whole)
        ),
    )


def _word_tsquery(word, whole=False):
    forms = (form if whole_word(form, whole) else f"{form}:*" for form in word_forms(word))
    return "(" + " | ".join(forms) + ")"


def _alternatives_tsquery(alternatives, whole=False):
    return " | ".join(
        "(" + " & ".join(_word_tsquery(word, whole) for word in alt) + ")"
        for alt in minimal(alternatives, whole)
    )


def _tsquery(segments):
    """The match as a tsquery: every segment, through any alternative, by the stems' prefixes."""
    return " & ".join(f"({_alternatives_tsquery(segment.stems())})" for segment in segments)


def _ts_match(column, query, hidden=False):
    """PostgreSQL: the generated tsvector `column` (not a model field) @@ the tsquery `query`.

    A Col, so that the table's alias follows the query into subqueries. `hidden` puts the
    tsquery in a scalar subquery, which the planner cannot read: it then always takes the
    GIN index. Shown a prefix tsquery that many documents match, it estimates a scan of the
    table as cheaper, not counting that every row's tsvector must then be read from TOAST
    (50-250 ms at 10,000 news posts, against 5-15 ms from the index)."""
    field = SearchVectorField()
    field.set_attributes_from_name(column)
    field.model = SearchDocument
    vector = Col(SearchDocument._meta.db_table, field)
    template = "to_tsquery('simple'::regconfig, %(expressions)s)"
    tsquery = Func(Value(query), template=f"(SELECT {template})" if hidden else template)
    return ExpressionWrapper(
        Func(vector, tsquery, template="%(expressions)s", arg_joiner=" @@ "),
        output_field=BooleanField(),
    )


def _matching(segments):
    if connection.vendor == "postgresql":
        return _ts_match("vector", _tsquery(segments), hidden=True)
    return reduce(
        lambda a, b: a & b, (_alternatives_q(s.stems(), ("titles", "body")) for s in segments)
    )


def _title_match(alternatives, whole=False):
    """The title words match `alternatives` (the same on both databases: a prefix tsquery on
    the title tsvector is LIKE ' word%' on the stored title words)."""
    if connection.vendor == "postgresql":
        return _ts_match("title_vector", _alternatives_tsquery(alternatives, whole))
    return _alternatives_q(alternatives, ("titles",), whole)


def _segment_points(segment):
    """What a title earns for `segment`: its stems begin title words, its words do, whole
    title words, the words as typed (not a synonym) do. Every one of these needs the title
    to match some alternative at all, so the other checks run only when it does: most
    candidates match in their body alone and cost one check."""
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
    earned = Value(conditions.pop(guard, 0))
    for (alternatives, whole), points in conditions.items():
        earned += Case(When(_title_match(alternatives, whole), then=Value(points)), default=0)
    return Case(When(_title_match(*guard), then=earned), default=Value(0))


def _score(segments):
    parts = [_segment_points(segment) for segment in segments]
    return ExpressionWrapper(reduce(lambda a, b: a + b, parts), output_field=IntegerField())


def _visible(sources):
    """Public items of `sources` by the flags their documents keep (no content table read)."""
    now = timezone.now()
    return Q(kind__in=[source.key for source in sources], public=True) & (
        Q(public_from__isnull=True) | Q(public_from__lte=now)
    )


def _documents(segments, sources):
    return SearchDocument.objects.filter(_visible(sources)).filter(_matching(segments))


# The best of each kind's newest CANDIDATES matches, ranked in an outer query: the ORM
# cannot select from a subquery, and ranking inside it would score every match.
RANKED = """
SELECT kind, object_id, score, total FROM (
    SELECT candidate.*, ROW_NUMBER() OVER (
        PARTITION BY kind ORDER BY score DESC, sort_date DESC, title_length, object_id
    ) AS position
    FROM ({candidates}) candidate
) ranked {limit}
ORDER BY kind, position
"""


def _ranked(documents, segments, per_kind=None):
    """[{kind, object_id, score, total}] of the `per_kind` best (or all) candidates of each
    kind, in order, with each kind's count of matches; one statement.

    One pass over the text index gives the counts and each kind's newest CANDIDATES
    matches; only those are scored and ranked, so a search costs the same however many
    thousands of news posts a common word matches. Within a kind `sort_date` is always set
    or never, so NULLs sort alike on both databases.
    """
    kind = [F("kind")]
    candidates = (
        documents.annotate(
            recency=Window(RowNumber(), partition_by=kind, order_by=NEWEST),
            total=Window(Count("pk"), partition_by=kind),
        )
        .filter(recency__lte=CANDIDATES)
        .annotate(score=_score(segments))  # computed after the filter: for candidates only
        .values("kind", "object_id", "score", "total", "sort_date", "title_length")
    )
    sql, params = candidates.query.sql_with_params()
    limit = "WHERE position <= %s" if per_kind else ""
    with connection.cursor() as cursor:
        cursor.execute(
            RANKED.format(candidates=sql, limit=limit), (*params, *([per_kind] if per_kind else []))
        )
        columns = [column[0] for column in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _corrections(segments):
    """{misspelt word: the closest title word}, for words of one-word segments (one query)."""
    single = [
        s.alternatives[0][0] for s in segments if len(s.alternatives) == 1 == len(s.alternatives[0])
    ]
    single = [word for word in single if len(word) >= 4]
    if not single:
        return {}
    near = reduce(
        or_,
        (Q(word__startswith=w[0], size__gte=len(w) - 2, size__lte=len(w) + 2) for w in single),
    )
    vocabulary = list(
        SearchWord.objects.annotate(size=Length("word")).filter(near).values_list("word", flat=True)
    )
    corrections = {}
    for word in single:
        scored = [
            (SequenceMatcher(None, word, candidate).ratio(), candidate)
            for candidate in vocabulary
            if candidate[0] == word[0] and candidate != word
        ]
        best = max(scored, key=lambda pair: (pair[0], [-ord(c) for c in pair[1]]), default=None)
        if best and best[0] >= TYPO_RATIO:
            corrections[word] = best[1]
    return corrections


def _find(segments, sources, per_kind):
    """(segments used, ranked rows, corrections): as typed, else with corrected words."""
    rows = _ranked(_documents(segments, sources), segments, per_kind)
    corrected = {}
    if not rows:
        corrected = _corrections(segments)
        if corrected:
            fixed = parsing.replaced(segments, corrected)
            rows = _ranked(_documents(fixed, sources), fixed, per_kind)
            segments = fixed if rows else segments
    return segments, rows, corrected if rows else {}


def search(*, query, only=None, page=None):
    """Results for `query`: groups of hits by type, best group first, or one type paginated."""
    segments = parsing.parse(query, synonym_groups())
    result = {"segments": segments, "groups": [], "total": 0, "corrected": {}, "page": None}
    if not segments:
        return result
    sources = [BY_KEY[only]] if only else SOURCES
    segments, rows, corrected = _find(segments, sources, None if only else PER_GROUP)
    counts = {row["kind"]: row["total"] for row in rows}
    result.update(segments=segments, corrected=corrected, total=sum(counts.values()))
    if not counts:
        return result
    if only:
        page_obj = Paginator(rows, PER_PAGE).get_page(page)
        page_obj.object_list = build_hits(list(page_obj.object_list), segments)
        result["page"] = page_obj
        result["groups"] = [{"source": BY_KEY[only], "count": counts.get(only, 0)}]
        return result
    hits = {}
    for hit in build_hits(rows, segments):
        hits.setdefault(hit.kind, []).append(hit)
    groups = [
        {"source": source, "count": counts[source.key], "hits": hits[source.key]}
        for source in SOURCES
        if hits.get(source.key)
    ]
    groups.sort(key=lambda group: -group["hits"][0].score)  # stable: ties keep SOURCES order
    result["groups"] = groups
    return result
