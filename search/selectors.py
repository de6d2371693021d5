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
from django.db.models import BooleanField, Case, F, IntegerField, Q, Value, When
from django.db.models.expressions import Col, ExpressionWrapper, Func
from django.db.models.functions import Length
from django.utils import timezone

from core.folding import word_forms
from search import query as parsing
from search.hits import build_hits
from search.models import SearchDocument, SearchWord, Synonym
from search.query import SHORT_WORD
from search.sources import BY_KEY, SOURCES

PER_GROUP = 5
PER_PAGE = 20
COUNT_CAP = 1000  # "1000+ results": counting further tells a reader nothing more
CANDIDATES = 300  # newest matches of each kind that are ranked (15 pages of one kind)
# Points per query segment: its stems begin title words; its words do; whole title words;
# the words as typed (not a synonym) begin title words.
STEM_IN_TITLE, WORD_IN_TITLE, WHOLE_WORD, AS_TYPED = 4, 2, 1, 2
TYPO_RATIO = 0.8
ORDER = [F("score").desc(), F("sort_date").desc(nulls_last=True), "title_length", "object_id"]


def synonym_groups():
    """Every synonym list the editors keep, ready for the query parser (one query)."""
    return parsing.synonym_groups(synonym.all_terms() for synonym in Synonym.objects.all())


def _whole(form, whole):
    """Match the whole word: when asked to, and always for words of one or two letters
    ("na" in "vid na zhitelstvo"), whose beginnings would match half the dictionary."""
    return whole or len(form) <= SHORT_WORD


def _word_q(fields, word, whole=False):
    return reduce(
        or_,
        (
            Q(**{f"{field}__contains": f" {form} " if _whole(form, whole) else f" {form}"})
            for field in fields
            for form in word_forms(word)
        ),
    )


def _alternatives_q(alternatives, fields, whole=False):
    return reduce(
        or_,
        (
            reduce(lambda a, b: a & b, (_word_q(fields, word, whole) for word in alternative))
            for alternative in alternatives
        ),
    )


def _word_tsquery(word, whole=False):
    forms = (form if _whole(form, whole) else f"{form}:*" for form in word_forms(word))
    return "(" + " | ".join(forms) + ")"


def _alternatives_tsquery(alternatives, whole=False):
    return " | ".join(
        "(" + " & ".join(_word_tsquery(word, whole) for word in alt) + ")" for alt in alternatives
    )


def _tsquery(segments):
    """The match as a tsquery: every segment, through any alternative, by the stems' prefixes."""
    return " & ".join(f"({_alternatives_tsquery(segment.stems())})" for segment in segments)


def _ts_match(column, query):
    """PostgreSQL: the generated tsvector `column` (not a model field) @@ the tsquery `query`.

    A Col, so that the table's alias follows the query into subqueries."""
    field = SearchVectorField()
    field.set_attributes_from_name(column)
    field.model = SearchDocument
    vector = Col(SearchDocument._meta.db_table, field)
    tsquery = Func(Value(query), template="to_tsquery('simple'::regconfig, %(expressions)s)")
    return ExpressionWrapper(
        Func(vector, tsquery, template="%(expressions)s", arg_joiner=" @@ "),
        output_field=BooleanField(),
    )


def _matching(segments):
    if connection.vendor == "postgresql":
        return _ts_match("vector", _tsquery(segments))
    return reduce(
        lambda a, b: a & b, (_alternatives_q(s.stems(), ("titles", "body")) for s in segments)
    )


def _title_points(points, alternatives, whole):
    """`points` when the title words match `alternatives`, else 0 (the same on both databases:
    a prefix tsquery on the title tsvector is LIKE ' word%' on the stored title words)."""
    if connection.vendor == "postgresql":
        condition = _ts_match("title_vector", _alternatives_tsquery(alternatives, whole))
    else:
        condition = _alternatives_q(alternatives, ("titles",), whole)
    return Case(When(condition, then=Value(points)), default=Value(0))


def _score(segments):
    parts = []
    for segment in segments:
        parts += [
            _title_points(STEM_IN_TITLE, segment.stems(), False),
            _title_points(WORD_IN_TITLE, segment.alternatives, False),
            _title_points(WHOLE_WORD, segment.alternatives, True),
            _title_points(AS_TYPED, (tuple(map(parsing.stem, segment.typed)),), False),
        ]
    return ExpressionWrapper(reduce(lambda a, b: a + b, parts), output_field=IntegerField())


def _visible(sources):
    """Public items of `sources` by the flags their documents keep (no content table read)."""
    now = timezone.now()
    return Q(kind__in=[source.key for source in sources], public=True) & (
        Q(public_from__isnull=True) | Q(public_from__lte=now)
    )


def _documents(segments, sources):
    return SearchDocument.objects.filter(_visible(sources)).filter(_matching(segments))


def _counts(documents, sources):
    """{kind: matches, counted up to COUNT_CAP + 1}, in one query: work bounded by the cap."""
    parts, params = [], []
    for source in sources:
        capped = documents.filter(kind=source.key).order_by().values("pk")[: COUNT_CAP + 1]
        sql, part_params = capped.query.sql_with_params()
        parts.append(f"(SELECT COUNT(*) FROM ({sql}) AS capped)")
        params.extend(part_params)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}", params)
        row = cursor.fetchone()
    return {source.key: n for source, n in zip(sources, row, strict=True) if n}


def _candidates(documents, kind):
    """The newest CANDIDATES matches of one kind: what is ranked, so that ranking costs the
    same however many thousands of news posts a common word matches. Within a kind
    `sort_date` is always set or never, so NULLs sort alike on both databases.

    """
    newest = documents.filter(kind=kind).order_by("kind", F("sort_date").desc(), "object_id")
    return SearchDocument.objects.filter(pk__in=newest.values("pk")[:CANDIDATES])


def _ranked(documents, kind, segments):
    return _candidates(documents, kind).annotate(score=_score(segments)).order_by(*ORDER)


def _top_rows(segments, counts):
    """The best PER_GROUP rows of each kind: one UNION query on PostgreSQL, one per kind on
    SQLite (which allows no LIMIT inside a compound query)."""
    fields = ("kind", "object_id", "score", "sort_date", "title_length")
    documents = _documents(segments, [BY_KEY[kind] for kind in counts])
    parts = [_ranked(documents, kind, segments).values(*fields)[:PER_GROUP] for kind in counts]
    if connection.features.supports_slicing_ordering_in_compound and len(parts) > 1:
        rows = list(parts[0].union(*parts[1:], all=True))
    else:
        rows = [row for part in parts for row in part]
    return sorted(rows, key=_row_order)


def _row_order(row):
    """ORDER in Python, for rows a UNION returned in no particular order."""
    stamp = row["sort_date"].timestamp() if row["sort_date"] else 0
    return row["kind"], -row["score"], -stamp, row["title_length"], row["object_id"]


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


def _find(segments, sources):
    """(segments used, their documents, counts): the words as typed, else corrected ones."""
    documents = _documents(segments, sources)
    counts = _counts(documents, sources)
    corrected = {}
    if not counts:
        corrected = _corrections(segments)
        if corrected:
            fixed = parsing.replaced(segments, corrected)
            documents = _documents(fixed, sources)
            counts = _counts(documents, sources)
            segments = fixed if counts else segments
    return segments, documents, counts, corrected if counts else {}


def search(*, query, only=None, page=None):
    """Results for `query`: groups of hits by type, best group first, or one type paginated."""
    segments = parsing.parse(query, synonym_groups())
    result = {
        "segments": segments,
        "groups": [],
        "total": 0,
        "more": False,
        "corrected": {},
        "page": None,
    }
    if not segments:
        return result
    sources = [BY_KEY[only]] if only else SOURCES
    segments, documents, counts, corrected = _find(segments, sources)
    more = any(n > COUNT_CAP for n in counts.values())
    counts = {kind: min(n, COUNT_CAP) for kind, n in counts.items()}
    result.update(segments=segments, corrected=corrected, total=sum(counts.values()), more=more)
    if not counts:
        return result
    if only:
        ordered = _ranked(documents, only, segments).values("kind", "object_id", "score")
        page_obj = Paginator(ordered, PER_PAGE).get_page(page)
        page_obj.object_list = build_hits(list(page_obj.object_list), segments)
        result["page"] = page_obj
        count = counts.get(only, 0)
        result["groups"] = [{"source": BY_KEY[only], "count": count, "more": count == COUNT_CAP}]
        return result
    hits = {}
    for hit in build_hits(_top_rows(segments, counts), segments):
        hits.setdefault(hit.kind, []).append(hit)
    groups = [
        {
            "source": source,
            "count": counts[source.key],
            "more": counts[source.key] > COUNT_CAP,
            "hits": hits[source.key],
        }
        for source in SOURCES
        if hits.get(source.key)
    ]
    groups.sort(key=lambda group: -group["hits"][0].score)  # stable: ties keep SOURCES order
    result["groups"] = groups
    return result
