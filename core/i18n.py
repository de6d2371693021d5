"""Languages: which one a text is shown in, what a language is called, which one a visitor gets."""

from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from django.conf import settings
from django.utils.translation import get_language, get_supported_language_variant
from django.utils.translation import gettext_lazy as _
from django.utils.translation.trans_real import parse_accept_lang_header
from modeltranslation.utils import build_localized_fieldname

# Where a visitor goes whose browser asks for no language the site serves, and so the
# x-default of every page and of the sitemap: English is read by most newcomers.
UNMATCHED_LANGUAGE = "en"
# "in Latvian" as the words stand after a title shown in that language.
IN_LANGUAGE = {
    "lv": _("in Latvian"),
    "ru": _("in Russian"),
    "en": _("in English"),
    "uk": _("in Ukrainian"),
}
# The territory that names each language's locale in og:locale (ll_CC) and in CLDR dates:
# English here is British English, day before month, like the rest of Europe.
LOCALES = {"lv": "lv_LV", "ru": "ru_RU", "en": "en_GB", "uk": "uk_UA"}
# A weekday with its date inside a sentence (CLDR patterns; MMMM is the genitive in ru, uk).
WEEKDAY_DATE = {"lv": "EEEE, d. MMMM", "en": "EEEE d MMMM"}


def active_language():
    """The two-letter code of the active UI language."""
    return (get_language() or settings.LANGUAGE_CODE)[:2]


def shown_language(obj, field, active=None):
    """The language of the text `obj.<field>` displays: the active one or a fallback."""
    active = active or active_language()
    for code, name in _columns(field, active, settings.MODELTRANSLATION_FALLBACK_LANGUAGES):
        if getattr(obj, name, None):
            return code
    return active


@lru_cache(maxsize=512)
def _columns_cached(field, active, fallbacks):
    codes = dict.fromkeys((active, *fallbacks))  # in order, once each
    return tuple((code, build_localized_fieldname(field, code)) for code in codes)


def _columns(field, active, fallback_languages):
    """((code, column), ...) to try for `field`, the active language first: worked out once."""
    return _columns_cached(field, active, tuple(fallback_languages["default"]))


def fallback_language(obj, field):
    """The language `obj.<field>` falls back to, or None when it is in the active language."""
    active = active_language()
    code = shown_language(obj, field, active)
    return None if code == active else code


def in_language(code):
    """'in Latvian' (or the like) in the active UI language, for a text shown in `code`."""
    phrase = IN_LANGUAGE.get(code)
    if phrase is None:
        return _("in another language (%(language)s)") % {"language": language_name(code)}
    return phrase


@lru_cache(maxsize=16)
def _language_names(locale_code):
    try:
        return Locale.parse(locale_code).languages
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en").languages


def language_name(code, locale_code=None):
    """The name of language `code` in `locale_code` (default: the active UI language).

    Written as the language writes it inside a sentence, from CLDR: "latviešu", "латышский",
    "Latvian"; a template capitalises it where it begins a sentence or stands alone.
    """
    names = _language_names(locale_code or get_language() or settings.LANGUAGE_CODE)
    return names.get(code) or _language_names("en").get(code) or code


def is_language_code(code):
    """True when CLDR knows `code` as a language (an ISO 639 code)."""
    return code in _language_names("en")


def og_locale(code):
    """The Open Graph locale of a language: 'lv' -> 'lv_LV'."""
    return LOCALES.get(code, code)


def site_languages():
    """The codes of the languages the site serves now."""
    return [code for code, _name in settings.LANGUAGES]


def x_default_language():
    """The language of every x-default link: where a visitor of no served language goes."""
    return UNMATCHED_LANGUAGE if UNMATCHED_LANGUAGE in site_languages() else settings.LANGUAGE_CODE


def language_from_accept(header):
    """The best served language for an Accept-Language header, or English when none is served."""
    for accepted, _quality in parse_accept_lang_header(header or ""):
        if accepted == "*":
            break
        try:
            return get_supported_language_variant(accepted)
        except LookupError:
            continue
    return x_default_language()


def join_and(items):
    """'a, b and c' in the active UI language ('a, b un c', 'a, b и c')."""
    items = [str(item) for item in items]
    if len(items) < 2:
        return "".join(items)
    return _("%(items)s and %(last)s") % {"items": ", ".join(items[:-1]), "last": items[-1]}


def weekday_and_date(value):
    """'Tuesday 1 December', 'otrdiena, 1. decembris', 'вторник, 1 декабря' (CLDR, active)."""
    code = active_language()
    return format_date(value, WEEKDAY_DATE.get(code, "EEEE, d MMMM"), locale=og_locale(code))


def remember_language(response, code):
    """Set the language cookie to `code`, so `/` sends the visitor back to that language."""
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        path=settings.LANGUAGE_COOKIE_PATH,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
    )
