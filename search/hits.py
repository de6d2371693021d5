"""The hits a page shows: the items themselves, in the reader's language, highlighted.

Only the rows on the page get here, so the work grows with the page, never with the data.
"""

from dataclasses import dataclass
from typing import Any

from django.conf import settings

from core.folding import words
from core.i18n import active_language, fallback_language, shown_language
from search.query import matches
from search.sources import BY_KEY
from search.text import highlight, snippet

# Characters of a hit's text read to place its snippet and notes: the work per page stays
# bounded however long a post is (its document, read by the database, has every word).
SCANNED = 4000


@dataclass
class Hit:
    """One result: the item, its title and snippet as shown, and where the match was found."""

    obj: Any
    kind: str
    score: int
    title: str
    title_html: Any
    title_lang: str | None  # the fallback language of the title, None when in the reader's
    snippet: Any
    snippet_lang: str | None
    found_in: str | None = None  # the language the match was found in, when not the reader's
    found_title: str = ""


def _found_in(source, obj, segments):
    """(code, title) of the first language whose text matches, when the shown text does not."""
    fields = source.title_fields + source.body_fields
    shown = " ".join(str(getattr(obj, field) or "") for field in fields)
    if matches(segments, words(shown[:SCANNED])):
        return None, ""
    for code in settings.MODELTRANSLATION_LANGUAGES:
        text = " ".join(source.texts(obj, fields, code))[:SCANNED]
        if code != active_language() and matches(segments, words(text)):
            titles = source.texts(obj, source.title_fields[:1], code)
            return code, titles[0] if titles else ""
    return None, ""


def _snippet(source, obj, forms):
    translated = [field for field in source.body_fields if field in source.translated_fields()]
    if not translated:
        return "", None
    language = shown_language(obj, translated[0])
    fields = [field for field in translated if shown_language(obj, field) == language]
    values = [str(getattr(obj, field) or "")[:SCANNED] for field in fields]
    lang = None if language == active_language() else language
    return snippet(values, forms), lang


def _hit(source, obj, score, segments, forms):
    title_field = source.title_fields[0]
    title = str(getattr(obj, title_field) or "")
    text, text_lang = _snippet(source, obj, forms)
    found_in, found_title = _found_in(source, obj, segments)
    return Hit(
        obj=obj,
        kind=source.key,
        score=score,
        title=title,
        title_html=highlight(title, forms),
        title_lang=fallback_language(obj, title_field),
        snippet=text,
        snippet_lang=text_lang,
        found_in=found_in,
        found_title=found_title,
    )


def build_hits(rows, segments):
    """Hits for `rows` ({kind, object_id, score}) in their order; one query per kind shown."""
    wanted = {}
    for row in rows:
        wanted.setdefault(row["kind"], []).append(row["object_id"])
    objects = {
        kind: BY_KEY[kind].queryset().order_by().in_bulk(ids) for kind, ids in wanted.items()
    }
    forms = frozenset().union(*(segment.forms() for segment in segments))
    hits = []
    for row in rows:
        obj = objects[row["kind"]].get(row["object_id"])
        if obj is not None:  # deleted since the documents were read
            hits.append(_hit(BY_KEY[row["kind"]], obj, row["score"], segments, forms))
    return hits
