"""schema.org data about branches: the office itself and its postal address."""

from core.jsonld import to_json_ld


def postal_address(branch):
    """schema.org PostalAddress of a branch (also the place of events held there)."""
    return {
        "@type": "PostalAddress",
        "streetAddress": branch.street_address,
        "postalCode": branch.postcode,
        "addressLocality": branch.city,
        "addressCountry": "LV",
    }


SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def government_office_json_ld(branch, request):
    """schema.org GovernmentOffice data for the branch's detail page."""
    return to_json_ld({"@context": "https://schema.org", **government_office(branch, request)})


def government_office(branch, request):
    """schema.org GovernmentOffice of a branch (its hours and languages as Branch reads them)."""
    data = {
        "@type": "GovernmentOffice",
        "name": branch.name,
        "url": request.build_absolute_uri(branch.url),
        "address": postal_address(branch),
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": float(branch.latitude),
            "longitude": float(branch.longitude),
        },
        "openingHoursSpecification": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[interval.weekday]}",
                "opens": interval.opens.strftime("%H:%M"),
                "closes": interval.closes.strftime("%H:%M"),
            }
            for interval in branch.intervals
        ],
        "availableLanguage": branch.desk_language_codes,
    }
    if branch.phone:
        data["telephone"] = branch.phone
    if branch.email:
        data["email"] = branch.email
    if branch.photo_image:
        data["image"] = request.build_absolute_uri(branch.photo_image["src"])
    return data
