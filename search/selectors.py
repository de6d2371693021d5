"""Search every public content type through the stored documents, the same on every database.

Matching: on PostgreSQL a prefix tsquery over the generated, GIN-indexed tsvector; on SQLite
LIKE over the same stored words. Ranking is one SQL expression on both (title words count
more than body words, whole words more than beginnings), so both databases agree.
"""

from difflib import SequenceMatcher
from functools import reduce
from operator import or_

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import BooleanField, Case, Count, F, IntegerField, Q, Value, When, Window
from django.db.models.expressions import ExpressionWrapper, RawSQL
from django.db.models.functions import Length, RowNumber

from core.folding import word_forms
from search import query as parsing
from search.hits import build_hits
from search.models import SearchDocument, SearchWord, Synonym
from search.sources import BY_KEY, SOURCES

PER_GROUP = 5
PER_PAGE = 20
# Points per query segment: its stems begin title words; its words do; whole title words;
# the words as typed (not a synonym) begin title words.
STEM_IN_TITLE, WORD_IN_TITLE, WHOLE_WORD, AS_TYPED = 4, 2, 1, 2
TYPO_RATIO = 0.8
ORDER = [F("score").desc(), F("sort_date").desc(nulls_last=True), "title_length", "object_id"]
VECTOR_MATCH = '"search_searchdocument"."vector" @@ to_tsquery(\'simple\', %s)'


def synonym_groups():
    """Every synonym list the editors keep, ready for the query parser (one query)."""
    return parsing.synonym_groups(synonym.all_terms() for synonym in Synonym.objects.all())


def _word_q(fields, word, whole=False):
    return reduce(
        or_,
        (
            Q(**{f"{field}__contains": f" {form} " if whole else f" {form}"})
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


def _tsquery(segments):
    def word(w):
        return "(" + " | ".join(f"{form}:*" for form in word_forms(w)) + ")"

    def segment(s):
        return (
            "(" + " | ".join("(" + " & ".join(map(word, alt)) + ")" for alt in s.alternatives) + ")"
        )

    return " & ".join(map(segment, segments))


def _matching(segments):
    if connection.vendor == "postgresql":
        return RawSQL(VECTOR_MATCH, [_tsquery(segments)], output_field=BooleanField())
    return reduce(
        lambda a, b: a & b, (_alternatives_q(s.stems(), ("titles", "body")) for s in segments)
    )


def _score(segments):
    parts = []
    for segment in segments:
        for points, alternatives, whole in (
            (STEM_IN_TITLE, segment.stems(), False),
            (WORD_IN_TITLE, segment.alternatives, False),
            (WHOLE_WORD, segment.alternatives, True),
            (AS_TYPED, (tuple(map(parsing.stem, segment.typed)),), False),
        ):
            condition = _alternatives_q(alternatives, ("titles",), whole)
            parts.append(Case(When(condition, then=Value(points)), default=Value(0)))
    return ExpressionWrapper(reduce(lambda a, b: a + b, parts), output_field=IntegerField())


def _visible(sources):
    return reduce(or_, (Q(kind=s.key, object_id__in=s.queryset().values("pk")) for s in sources))


def _documents(segments, sources):
    return SearchDocument.objects.filter(_visible(sources)).filter(_matching(segments))


def _counts(documents):
    rows = documents.order_by().values("kind").annotate(n=Count("pk"))
    return {row["kind"]: row["n"] for row in rows}


def _top_rows(documents, segments):
    ranked = documents.annotate(score=_score(segments)).annotate(
        position=Window(RowNumber(), partition_by=[F("kind")], order_by=ORDER)
    )
    rows = ranked.filter(position__lte=PER_GROUP).values("kind", "object_id", "score", "position")
    return sorted(rows, key=lambda row: (row["kind"], row["position"]))


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
    counts = _counts(documents)
    corrected = {}
    if not counts:
        corrected = _corrections(segments)
        if corrected:
            fixed = parsing.replaced(segments, corrected)
            documents = _documents(fixed, sources)
            counts = _counts(documents)
            segments = fixed if counts else segments
    return segments, documents, counts, corrected if counts else {}


def search(*, query, only=None, page=None):
    """Results for `query`: groups of hits by type, best group first, or one type paginated."""
    segments = parsing.parse(query, synonym_groups())
    result = {"segments": segments, "groups": [], "total": 0, "corrected": {}, "page": None}
    if not segments:
        return result
    sources = [BY_KEY[only]] if only else SOURCES
    segments, documents, counts, corrected = _find(segments, sources)
    result.update(segments=segments, corrected=corrected, total=sum(counts.values()))
    if not counts:
        return result
    if only:
        ordered = documents.annotate(score=_score(segments)).order_by(*ORDER)
        page_obj = Paginator(ordered.values("kind", "object_id", "score"), PER_PAGE).get_page(page)
        page_obj.object_list = build_hits(list(page_obj.object_list), segments)
        result["page"] = page_obj
        result["groups"] = [{"source": BY_KEY[only], "count": counts.get(only, 0), "hits": []}]
        return result
    hits = {}
    for hit in build_hits(_top_rows(documents, segments), segments):
        hits.setdefault(hit.kind, []).append(hit)
    groups = [
        {"source": source, "count": counts[source.key], "hits": hits[source.key]}
        for source in SOURCES
        if hits.get(source.key)
    ]
    groups.sort(key=lambda group: -group["hits"][0].score)  # stable: ties keep SOURCES order
    result["groups"] = groups
    return result
