"""Query parsing, diacritic folding and highlighted snippets, the same on every database."""

import re
import unicodedata
from difflib import SequenceMatcher

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.richtext import plain_text

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
MAX_TERM_LENGTH = 40
SNIPPET_LENGTH = 180


def fold_char(char):
    """One character, lower-cased and without diacritics: 'Ā' -> 'a', 'Ё' -> 'е'."""
    base = unicodedata.normalize("NFKD", char)[:1] or char
    folded = base.casefold()
    return folded if len(folded) == 1 else base.lower()


def fold(text):
    """Fold every character, keeping positions (the result is as long as the input)."""
    return "".join(fold_char(char) for char in text)


def parse_terms(query):
    """Up to eight words of the query, folded; punctuation and operators are dropped."""
    words = re.findall(r"\w+", (query or "")[:MAX_QUERY_LENGTH])
    terms = []
    for word in words:
        term = fold(word)[:MAX_TERM_LENGTH]
        if term not in terms:
            terms.append(term)
    return terms[:MAX_TERMS]


def _spans(text, terms):
    folded = fold(text)
    spans = []
    for term in terms:
        for match in re.finditer(rf"(?<!\w){re.escape(term)}\w*", folded):
            spans.append(match.span())
    spans.sort()
    merged = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def matches_all(text, terms):
    """Every term begins a word of `text` (the simple, database-free match)."""
    folded = fold(text)
    return all(re.search(rf"(?<!\w){re.escape(term)}", folded) for term in terms)


def highlight(text, terms):
    """`text` escaped, with every word that starts with a term wrapped in <mark>."""
    out, last = [], 0
    for start, end in _spans(text, terms):
        out += [escape(text[last:start]), "<mark>", escape(text[start:end]), "</mark>"]
        last = end
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above


def snippet(value, terms, length=SNIPPET_LENGTH):
    """A window of the plain text around the first match, highlighted."""
    text = plain_text(value)
    spans = _spans(text, terms)
    start = max(0, spans[0][0] - length // 3) if spans else 0
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < spans[0][0] else start
    window = text[start : start + length]
    prefix = "… " if start else ""
    suffix = " …" if start + length < len(text) else ""
    return mark_safe(f"{prefix}{highlight(window, terms)}{suffix}")  # noqa: S308


def near_match(text, terms, ratio=0.8):
    """Every term is one typo or so away from some word of `text` (for the SQLite fallback)."""
    words = re.findall(r"\w+", fold(text))
    return all(
        any(SequenceMatcher(None, term, word[: len(term) + 1]).ratio() >= ratio for word in words)
        for term in terms
    )
