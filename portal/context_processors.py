"""Site-wide template context: language alternates, canonical and x-default links, og:locale."""

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from core.i18n import og_locale, x_default_language


def site(request):
    """Links to this page in every language, for the switcher and hreflang tags."""
    path = request.path
    current = get_language()
    try:
        origin = f"{request.scheme}://{request.get_host()}"
    except DisallowedHost:  # the 400 page for a bad Host header renders with this request
        origin = ""
    # Re-encoded from the parsed parameters: the raw QUERY_STRING is Latin-1-decoded bytes,
    # which would turn a Cyrillic search into mojibake in the other languages' links.
    query = request.GET.urlencode()
    alternates = []
    for code, _name in settings.LANGUAGES:
        info = get_language_info(code)
        url = _in_language(request, path, current, code)
        alternates.append(
            {
                "code": code,
                "name_local": info["name_local"],
                "url": url,
                "switch_url": f"{url}?{query}" if query else url,
                "absolute_url": origin + url,
                "is_current": code == current,
                "og_locale": og_locale(code),
            }
        )
    return {
        "language_alternates": alternates,
        "canonical_url": origin + path,
        # The same rule as the sitemap's: where a visitor of no served language is sent.
        "x_default_url": origin + _in_language(request, path, current, x_default_language()),
        "site_origin": origin,
        "og_locale": og_locale(current),
        "agency_email": settings.AGENCY_EMAIL,
        "agency_phone": settings.AGENCY_PHONE,
    }


def _in_language(request, path, current, code):
    """translate_url(path, code), without resolving the path again for each language.

    The routes are the same words in every language (only the /lv/ prefix differs), so for a
    page that resolved under the current language's prefix the answer is that prefix swapped;
    anything else (a 404, a path without prefix) goes through translate_url as before.
    """
    prefix = f"/{current}/"
    if getattr(request, "resolver_match", None) is not None and path.startswith(prefix):
        return f"/{code}/{path[len(prefix) :]}"
    return translate_url(path, code)
