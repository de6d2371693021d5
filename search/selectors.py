"""Search every public content type in the current language, ranked and grouped by type."""

from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import ExpressionWrapper, F, FloatField, Func, Q, TextField, Value
from django.db.models.functions import Coalesce, Concat, Lower

from core.richtext import plain_text
from search import text
from search.sources import SOURCES

TS_CONFIGS = {"lv": "lv_unaccent", "ru": "russian", "en": "english"}
TYPO_SIMILARITY = 0.45
CANDIDATES = 200  # per type: enough for every page a person reads


class Unaccent(Func):
    """The IMMUTABLE wrapper around unaccent() that the search migration creates."""

    function = "portal_unaccent"
    output_field = TextField()


@dataclass
class Hit:
    obj: Any
    title: str
    title_html: Any
    snippet: Any
    score: float


def _columns(source, fields, language):
    """The column for the language, then Latvian and English as the site falls back."""
    columns = []
    for field in fields:
        for code in (language, *settings.MODELTRANSLATION_FALLBACK_LANGUAGES["default"]):
            column = source.column(field, code)
            if column not in columns:
                columns.append(column)
    return columns


def _joined(columns):
    parts = []
    for column in columns:
        parts += [Coalesce(F(column), Value(""), output_field=TextField()), Value(" ")]
    return Concat(*parts, output_field=TextField())


def _postgres_candidates(source, terms, language):
    config = TS_CONFIGS.get(language, "simple")
    title = Unaccent(Lower(_joined(_columns(source, source.title_fields, language))))
    vector = SearchVector(title, config=config, weight="A")
    if source.body_fields:
        body = Unaccent(_joined(_columns(source, source.body_fields, language)))
        vector += SearchVector(body, config=config, weight="B")
    raw = " & ".join(f"{term}:*" for term in terms)
    query = SearchQuery(Unaccent(Value(raw)), search_type="raw", config=config)
    similarity = TrigramWordSimilarity(Unaccent(Value(" ".join(terms))), title)
    return (
        source.queryset()
        .annotate(document=vector, similarity=similarity)
        .filter(Q(document=query) | Q(similarity__gte=TYPO_SIMILARITY))
        .annotate(
            score=ExpressionWrapper(
                SearchRank(F("document"), query) + F("similarity") * Value(0.5),
                output_field=FloatField(),
            )
        )
        .order_by("-score", "pk")[:CANDIDATES]
    )


def _simple_candidates(source, terms, language):
    """SQLite: fold case and diacritics in Python; titles rank above bodies."""
    found = []
    for obj in source.queryset()[:2000]:
        title = " ".join(str(getattr(obj, f) or "") for f in source.title_fields)
        body = " ".join(plain_text(getattr(obj, f)) for f in source.body_fields)
        if text.matches_all(title, terms):
            obj.score = 2.0
        elif text.matches_all(f"{title} {body}", terms):
            obj.score = 1.0
        elif text.near_match(title, terms):
            obj.score = 0.5
        else:
            continue
        found.append(obj)
    return sorted(found, key=lambda obj: -obj.score)[:CANDIDATES]


def _hit(source, obj, terms):
    title = str(getattr(obj, source.title_fields[0]) or "")
    body = " ".join(plain_text(getattr(obj, f)) for f in source.body_fields)
    return Hit(
        obj=obj,
        title=title,
        title_html=text.highlight(title, terms),
        snippet=text.snippet(body, terms),
        score=float(obj.score),
    )


def search(*, query, language, only=None):
    """[{source, hits, count}] for every type with a match (or only the type `only`)."""
    terms = text.parse_terms(query)
    if not terms:
        return []
    find = _postgres_candidates if connection.vendor == "postgresql" else _simple_candidates
    groups = []
    for source in SOURCES:
        if only and source.key != only:
            continue
        hits = [_hit(source, obj, terms) for obj in find(source, terms, language)]
        if hits:
            groups.append({"source": source, "hits": hits, "count": len(hits)})
    return groups
