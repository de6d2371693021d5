"""A query as the search reads it: folded words, grouped where a synonym joins several."""

from dataclasses import dataclass
from functools import cached_property, lru_cache

from core.folding import SKELETON, skeleton, word_forms, words

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
MAX_ALTERNATIVES = 16
SHORT_WORD = 2  # letters: words this short match only whole words, never as a beginning
STEM_FROM = 6  # words this long also match with their last two letters cut (Лиепае -> liepa)


def stem(word):
    """A long word without its last two letters, so that its other endings match too."""
    return word[:-2] if len(word) >= STEM_FROM else word


def whole_word(form, whole=False):
    """Is `form` matched as a whole word only? When asked to, and always when it has one or
    two letters ("na" in "vid na zhitelstvo"), whose beginnings would match half the
    dictionary; otherwise it matches the beginnings of words."""
    return whole or len(form) <= SHORT_WORD


def _covers(word, other, whole):
    """Does every text that the query word `other` matches also match `word`?"""
    return all(
        any(o == w if whole_word(w, whole) else o.startswith(w) for w in word_forms(word))
        for o in word_forms(other)
    )


@lru_cache(maxsize=1024)
def minimal(alternatives, whole=False):
    """`alternatives` without repeats and without any that another one matches wherever it
    does: ("juri",) makes ("juridis", "palidzi") redundant. The same matches, fewer terms
    for the database to look up (synonyms bring many)."""
    unique = list(dict.fromkeys(alternatives))

    def covers(alt, other):  # every text matching `other` matches `alt`
        return all(any(_covers(word, o, whole) for o in other) for word in alt)

    return tuple(
        other
        for i, other in enumerate(unique)
        if not any(
            j != i and covers(alt, other) and (j < i or not covers(other, alt))
            for j, alt in enumerate(unique)
        )
    )


@dataclass(frozen=True)
class Segment:
    """One part of the query: it matches when any alternative matches (all its words).

    `typed` is the alternative the reader typed; the others come from synonyms.
    """

    alternatives: tuple  # of tuples of folded words
    typed: tuple = ()

    def stems(self):
        """The alternatives with every long word cut to its stem (Лиепае, mentors)."""
        return self._stems

    def forms(self):
        """Every form of every stem, for highlighting."""
        return self._forms

    @cached_property
    def _stems(self):
        return tuple(tuple(stem(word) for word in alt) for alt in self.alternatives)

    @cached_property
    def _forms(self):
        return frozenset(form for alt in self._stems for word in alt for form in word_forms(word))


def _key(folded_words):
    return tuple(skeleton(word) for word in folded_words)


def synonym_groups(phrase_lists):
    """{skeleton key of a phrase: every phrase of its group} from lists of phrases."""
    groups = {}
    for phrases in phrase_lists:
        alternatives = tuple(
            dict.fromkeys(tuple(words(p)[:MAX_WORDS]) for p in phrases if words(p))
        )
        for alternative in alternatives:
            groups.setdefault(_key(alternative), alternatives[:MAX_ALTERNATIVES])
    return groups


def query_words(query):
    """Up to eight folded words of the query; punctuation and operators are dropped."""
    found = []
    for word in words((query or "")[:MAX_QUERY_LENGTH]):
        word = word[:MAX_WORD_LENGTH]
        if word not in found:
            found.append(word)
    return found[:MAX_WORDS]


def parse(query, groups=None):
    """[Segment] for `query`; a run of words that is a synonym phrase becomes one segment."""
    found, groups = query_words(query), groups or {}
    longest = max((len(key) for key in groups), default=0)
    segments, start = [], 0
    while start < len(found):
        for size in range(min(longest, len(found) - start), 0, -1):
            typed = tuple(found[start : start + size])
            alternatives = groups.get(_key(typed))
            if alternatives:
                segments.append(Segment(alternatives, typed))
                start += size
                break
        else:
            segments.append(Segment(((found[start],),), (found[start],)))
            start += 1
    return segments


def replaced(segments, corrections):
    """The same segments with misspelt single words replaced by their corrections."""

    def fix(words_):
        return tuple(corrections.get(word, word) for word in words_)

    return [
        Segment(tuple(fix(alt) for alt in segment.alternatives), fix(segment.typed))
        for segment in segments
    ]


def skeletons(text):
    """`skeleton` of every word of a folded `text` at once (no pattern spans two words)."""
    for old, new in SKELETON:
        text = text.replace(old, new)
    return text


def matches(segments, folded_words):
    """True when every segment has an alternative whose stems all begin some folded word
    (short ones: are some word), as the database matches the stored words."""
    joined = " ".join(folded_words)

    def found(word, forms):
        return any(
            (f" {form} " if whole_word(form) else f" {form}") in forms for form in word_forms(word)
        )

    def every_segment(forms):
        return all(
            any(all(found(word, forms) for word in alt) for alt in segment.stems())
            for segment in segments
        )

    # The words as they are, and only then with their skeletons too (every form, as stored).
    return every_segment(f" {joined} ") or every_segment(f" {joined} {skeletons(joined)} ")
