"""Search every public content type through the stored documents, the same on every database.

The statement that matches and ranks is in search.matching; here the query is parsed,
retried with corrected spelling when nothing matches, and turned into groups or a page.
"""

from difflib import SequenceMatcher
from functools import lru_cache, reduce
from operator import or_

from django.core.paginator import Paginator
from django.db.models import Q
from django.db.models.functions import Length
from django.utils import timezone

from search import query as parsing
from search.hits import build_hits
from search.matching import ranked
from search.models import SearchWord, Synonym
from search.sources import BY_KEY, SOURCES

PER_GROUP = 5
PER_PAGE = 20
TYPO_RATIO = 0.8


def synonym_groups():
    """Every synonym list the editors keep, ready for the query parser: one query, and the
    lists are parsed again only when an editor has changed them."""
    return _parsed(tuple(Synonym.objects.values_list(*Synonym.TERM_FIELDS)))


@lru_cache(maxsize=8)
def _parsed(rows):
    return parsing.synonym_groups(Synonym.lines(values) for values in rows)


def _similarity(word, candidate):
    """How alike the two words are (SequenceMatcher's ratio), or 0 when the cheap upper
    bounds already show it cannot reach TYPO_RATIO: a query of several unknown words
    meets thousands of candidates."""
    matcher = SequenceMatcher(None, word, candidate)
    if matcher.real_quick_ratio() < TYPO_RATIO or matcher.quick_ratio() < TYPO_RATIO:
        return 0
    return matcher.ratio()


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
            (_similarity(word, candidate), candidate)
            for candidate in vocabulary
            if candidate[0] == word[0] and candidate != word
        ]
        best = max(scored, key=lambda pair: (pair[0], [-ord(c) for c in pair[1]]), default=None)
        if best and best[0] >= TYPO_RATIO:
            corrections[word] = best[1]
    return corrections


def _find(segments, sources, per_kind):
    """(segments used, ranked rows, corrections): as typed, else with corrected words."""
    kinds, now = [source.key for source in sources], timezone.now()
    rows = ranked(segments, kinds, now, per_kind)
    corrected = {}
    if not rows:
        corrected = _corrections(segments)
        if corrected:
            fixed = parsing.replaced(segments, corrected)
            rows = ranked(fixed, kinds, now, per_kind)
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
