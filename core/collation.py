"""Alphabetical order as each language sorts it (CLDR rules through ICU), never by code point.

Latvian puts č after c and ķ after k; Russian and Ukrainian follow their alphabets (є, і, ї
in their places); English ignores accents first.
"""

from functools import lru_cache

import icu
from django.utils.translation import get_language


@lru_cache(maxsize=16)
def _collator(language):
    return icu.Collator.createInstance(icu.Locale(language))


def sort_key(text, language=None):
    """The ICU sort key of `text` in `language` (default: the active UI language)."""
    return _collator((language or get_language() or "lv")[:2]).getSortKey(str(text))


def sorted_by_name(items, name=str, language=None):
    """`items` in the alphabetical order of `name(item)` in `language` (default: active)."""
    collator = _collator((language or get_language() or "lv")[:2])
    return sorted(items, key=lambda item: collator.getSortKey(str(name(item))))
