"""schema.org data about a service: a GovernmentService with a channel per branch."""

from branches.jsonld import postal_address
from core.jsonld import agency, to_json_ld
from core.richtext import plain_text


def government_service_json_ld(service, rows, request):
    """GovernmentService data for the service page; `rows` are its offer rows."""
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": service.name,
        "description": service.summary or plain_text(service.body),
        "url": request.build_absolute_uri(service.get_absolute_url()),
        "serviceType": service.category.name,
        "provider": agency(request),
        "areaServed": {"@type": "Country", "name": "Latvia"},
        "audience": [
            {"@type": "Audience", "audienceType": str(group.label)}
            for group in service.eligible_groups
        ],
        "availableChannel": [
            {
                "@type": "ServiceChannel",
                "name": f"{row['branch'].name}: {row['summary']}",
                "serviceLocation": {
                    "@type": "GovernmentOffice",
                    "name": row["branch"].name,
                    "url": request.build_absolute_uri(row["branch"].get_absolute_url()),
                    "address": postal_address(row["branch"]),
                },
                "availableLanguage": [language.code for language in row["languages"]],
            }
            for row in rows
        ],
    }
    if service.is_free:
        data["offers"] = {"@type": "Offer", "price": "0", "priceCurrency": "EUR"}
    return to_json_ld(data)
