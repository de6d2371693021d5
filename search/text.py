"""Highlighted titles and snippets of the hits shown, whole words only, blocks kept apart."""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.folding import SPANNED, fold, word_forms
from core.richtext import text_blocks
from search.query import SHORT_WORD, skeletons

SNIPPET_LENGTH = 180
MEMORY = 20000  # words whose test is remembered, per set of query forms
BLOCK_SEPARATOR = " · "


@lru_cache(maxsize=256)
def _marker(forms):
    """A test of a word of the text: does one of its folded forms begin with a query form
    (or, for a form of one or two letters, equal it)? One regular expression for the longer
    forms; each word is folded and tested once per set of forms (words repeat)."""
    short = {form for form in forms if len(form) <= SHORT_WORD}
    longer = sorted((form for form in forms if len(form) > SHORT_WORD), key=len, reverse=True)
    begins = re.compile("|".join(map(re.escape, longer))).match if longer else lambda word: None
    seen = {}

    def marked(word):
        found = seen.get(word)
        if found is None:
            if len(seen) > MEMORY:
                seen.clear()
            found = seen[word] = any(begins(w) or w in short for w in word_forms(fold(word)))
        return found

    return marked


def marked_spans(text, forms):
    """[(start, end)] of the words of `text` that begin with one of the query `forms`."""
    marked = _marker(frozenset(forms))
    return [match.span() for match in SPANNED.finditer(text) if marked(match.group())]


def _first_mark(text, forms):
    """Where the first word beginning with a query form starts in `text`, or 0."""
    folded = fold(text)
    if not any(form in folded for form in forms):
        skeleton = skeletons(folded)
        if not any(form in skeleton for form in forms):
            return 0  # no form anywhere: spare testing the words one by one (a fallback text)
    marked = _marker(frozenset(forms))
    for match in SPANNED.finditer(text):
        if marked(match.group()):
            return match.start()
    return 0


def highlight(text, forms, spans=None):
    """`text` escaped, with every word that begins with a query form wrapped in <mark>."""
    out, last = [], 0
    for start, end in marked_spans(text, forms) if spans is None else spans:
        out += [escape(text[last:start]), "<mark>", escape(text[start:end]), "</mark>"]
        last = end
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped above


def joined_blocks(blocks):
    """Blocks of text as one line; a block without closing punctuation gets a separator."""
    out = ""
    for block in blocks:
        if out:
            out += " " if out[-1] in ".;:!?…" else BLOCK_SEPARATOR
        out += block
    return out


def _window(text, first, length):
    """(start, end) of about `length` characters around `first`, at word boundaries."""
    if len(text) <= length:
        return 0, len(text)
    start = max(0, first - length // 3)
    if start:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 else 0
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > max(start, first) else end
    return start, end


def snippet(values, forms, length=SNIPPET_LENGTH):
    """A window of the plain text of `values` around the first match, highlighted.

    List items and paragraphs stay apart, and the window starts and ends between words.
    """
    text = joined_blocks([block for value in values for block in text_blocks(value)])
    start, end = _window(text, _first_mark(text, forms), length)
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{highlight(text[start:end], forms)}{suffix}")  # noqa: S308
