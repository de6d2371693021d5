"""A query as the search reads it: folded words, grouped where a synonym joins several."""

from dataclasses import dataclass

from core.folding import skeleton, word_forms, words

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
MAX_ALTERNATIVES = 16
STEM_FROM = 6  # words this long also match with their last two letters cut (Лиепае -> liepa)


@dataclass(frozen=True)
class Segment:
    """One part of the query: it matches when any alternative matches (all its words)."""

    alternatives: tuple  # of tuples of folded words

    def forms(self):
        """Every form of every word, for highlighting."""
        return {
            form for words_ in self.alternatives for word in words_ for form in word_forms(word)
        }


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
            alternatives = groups.get(_key(found[start : start + size]))
            if alternatives:
                segments.append(Segment(alternatives))
                start += size
                break
        else:
            segments.append(Segment(((found[start],),)))
            start += 1
    return segments


def stemmed(segments):
    """The same segments with long words cut by two letters, for a second, looser try."""

    def cut(word):
        return word[:-2] if len(word) >= STEM_FROM else word

    return [
        Segment(tuple(tuple(cut(w) for w in alt) for alt in segment.alternatives))
        for segment in segments
    ]


def replaced(segments, corrections):
    """The same segments with misspelt single words replaced by their corrections."""
    return [
        Segment(tuple(tuple(corrections.get(w, w) for w in alt) for alt in segment.alternatives))
        for segment in segments
    ]


def matches(segments, folded_words):
    """True when every segment has an alternative whose words all begin some folded word."""
    forms = {form for word in folded_words for form in word_forms(word)}

    def found(word):
        return any(f.startswith(q) for q in word_forms(word) for f in forms)

    return all(
        any(all(found(word) for word in alternative) for alternative in segment.alternatives)
        for segment in segments
    )
