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
        url = translate_url(path, code)
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
        "x_default_url": origin + translate_url(path, x_default_language()),
        "site_origin": origin,
        "og_locale": og_locale(current),
        "agency_email": settings.AGENCY_EMAIL,
        "agency_phone": settings.AGENCY_PHONE,
    }
