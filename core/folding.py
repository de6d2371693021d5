"""Fold text so that every spelling of a word meets: any case, with or without diacritics,
in Cyrillic or in Latin letters, transliterated the Latvian or the English way.

"Liepāja", "Liepaja", "Лиепая" and "Liepaya" all fold to "liepaja"; "Даугавпилс" to
"daugavpils"; "вид на жительство" and "vid na zhitelstvo" to "vid na zitelstvo".
"""

import re
import unicodedata
from functools import lru_cache

# Cyrillic to Latin as Latvian spells Russian and Ukrainian names (я -> ja, ш -> š -> s),
# after diacritics are gone: ё meets е, as Russian writers treat them; й and ї are kept.
CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "jo",
        "є": "je", "ж": "z", "з": "z", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ў": "u", "ф": "f", "х": "h", "ц": "c", "ч": "c", "ш": "s", "щ": "sc",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
    }
)  # fmt: skip
# Letters whose diacritic is part of the letter in Cyrillic: keep them apart from и and е.
KEEP = {"й": "й", "Й": "й", "ї": "ї", "Ї": "ї"}
# The English way of transliterating Russian, brought to the Latvian way (a "skeleton").
SKELETON = [
    ("shch", "sc"), ("zh", "z"), ("kh", "h"), ("ch", "c"), ("sh", "s"), ("ts", "c"),
    ("w", "v"), ("x", "ks"), ("y", "j"), ("je", "e"),
]  # fmt: skip
APOSTROPHES = re.compile(r"(?<=\w)['’ʼ`](?=\w)")
WORD = re.compile(r"[^\W_]+")
SPANNED = re.compile(r"[^\W_]+(?:['’ʼ`][^\W_]+)*")  # a word of the original text


def fold_char(char):
    """One character lower-cased, without diacritics, in Latin letters where it was Cyrillic."""
    if char in KEEP:
        return KEEP[char].translate(CYRILLIC)
    base = unicodedata.normalize("NFKD", char)[:1] or char
    return base.casefold().translate(CYRILLIC)


class _FoldTable(dict):
    """code point -> folded text, filled as characters are first met, for str.translate."""

    def __missing__(self, code):
        self[code] = folded = fold_char(chr(code))
        return folded


_TABLE = _FoldTable()


def fold(text):
    """`text` folded character by character: 'Лиепая' -> 'liepaja', 'Rīga' -> 'riga'."""
    return APOSTROPHES.sub("", text or "").translate(_TABLE)


@lru_cache(maxsize=65536)
def skeleton(word):
    """A folded word with English transliteration brought to Latvian: 'yelgava' -> 'elgava'."""
    for old, new in SKELETON:
        word = word.replace(old, new)
    return word


def word_forms(word):
    """The forms a folded word is matched by: itself and, when it differs, its skeleton."""
    other = skeleton(word)
    return (word,) if other == word else (word, other)


def words(text):
    """The folded words of `text`, in order (a word is a run of letters and digits)."""
    return WORD.findall(fold(text))


def word_spans(text):
    """[(start, end, folded word)] for every word of the original `text`."""
    return [
        (match.start(), match.end(), fold(match.group())) for match in SPANNED.finditer(text or "")
    ]


def index_text(*texts):
    """Every form of every word of `texts`, space-separated with a space at each end."""
    forms = []
    for text in texts:
        for word in words(text):
            forms.extend(word_forms(word))
    return f" {' '.join(forms)} " if forms else ""
