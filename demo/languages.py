"""Demo languages: the desk languages plus the ones the agency's interpreters cover."""

from languages.models import Language, validate_language_code

# The languages demo texts are written in, in the order of the tuples used by `translated`.
CONTENT_LANGUAGES = ("lv", "ru", "en")

# More than 24 languages, to back the "translation in more than 24 languages" fact.
# fmt: off
CODES = [
    "lv", "ru", "en", "uk", "de", "fr", "es", "it", "pl", "lt", "et",
    "ar", "fa", "ps", "tr", "zh", "hi", "ur", "vi", "ka", "hy", "az",
    "uz", "kk", "ky", "tg", "be", "so", "ti", "ku", "bn",
]
# fmt: on


def translated(**fields):
    """Expand {"name": (lv, ru, en)} into {"name_lv": lv, "name_ru": ru, "name_en": en}."""
    return {
        f"{field}_{language}": text
        for field, texts in fields.items()
        for language, text in zip(CONTENT_LANGUAGES, texts, strict=True)
    }


def load():
    """Create the demo languages (idempotent)."""
    for code in CODES:
        validate_language_code(code)
        Language.objects.get_or_create(code=code)
