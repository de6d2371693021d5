"""schema.org JSON-LD that is safe to place inside a <script> element."""

import json

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def to_json_ld(data):
    """`data` as JSON safe to place inside a <script> element."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_ESCAPES))  # noqa: S308


def agency(request):
    """schema.org data naming the agency, as author, publisher or provider."""
    return {
        "@type": "GovernmentOrganization",
        "name": str(_("One-Stop Agency for foreigners")),
        "url": request.build_absolute_uri(reverse("home")),
    }


def agency_json_ld(request, departments=()):
    """schema.org GovernmentOrganization of the home page, with its branches as departments."""
    data = {
        "@context": "https://schema.org",
        **agency(request),
        "alternateName": "Vienas pieturas aģentūra ārzemniekiem",
        "logo": request.build_absolute_uri(static("img/share.png")),
        "email": settings.AGENCY_EMAIL,
        "telephone": settings.AGENCY_PHONE,
        "areaServed": {"@type": "Country", "name": "Latvia"},
        "parentOrganization": {
            "@type": "GovernmentOrganization",
            "name": "Sabiedrības integrācijas fonds",
            "alternateName": str(_("Society Integration Foundation")),
        },
        "department": list(departments),
    }
    return to_json_ld(data)
