"""Demo services of the agency, their categories and where each is offered.

Translated texts are (lv, ru, en) tuples. Every service is offered at every branch in its
"modes" and languages on every opening day; "offers" maps a branch slug to what differs
there: "modes", "days" (weekday digits, Monday 0), "hours" (from, until), "appointment",
"note".
"""

import datetime as dt

from branches.models import Branch
from demo.languages import translated
from demo.services.support import SUPPORT_SERVICES
from demo.services.texts import (
    ADVICE_SERVICES,
    ALL_BRANCHES,
    CATEGORIES,
    DESK_LANGUAGES,
    PLANNED_FROM,
    SHARED,
)
from languages.models import Language
from services.models import Availability, BranchService, Category, Service
from topics.models import Topic

# Which shared topics each demo service belongs to.
SERVICE_TOPICS = {
    "individual-consultations": ("residence-permits", "work", "housing", "social-support"),
    "pmlp-documents": ("residence-permits", "citizenship"),
    "residence-permits": ("residence-permits",),
    "learning-latvian": ("learning-latvian",),
    "translation": ("translation-legal",),
    "legal-aid": ("translation-legal", "residence-permits", "work"),
    "social-worker": ("social-support", "housing", "health"),
    "mentor-support": ("children-school", "social-support"),
    "psychologist": ("health",),
    "psychotherapist": ("health",),
}
MODE_FIELDS = ("in_person", "by_phone", "by_email", "by_video")


def load():
    """Create or update the service catalogue and each branch's offers."""
    categories = {}
    for position, (slug, name) in enumerate(CATEGORIES):
        categories[slug], _ = Category.objects.update_or_create(
            slug=slug, defaults={"position": position, **translated(name=name)}
        )
    branches = Branch.objects.in_bulk(ALL_BRANCHES, field_name="slug")
    for position, data in enumerate(ADVICE_SERVICES + SUPPORT_SERVICES, start=1):
        planned = data.get("planned", False)
        texts = {key: data[key] for key in ("name", "summary", "body")}
        service, _ = Service.objects.update_or_create(
            slug=data["slug"],
            defaults={
                **translated(**texts, **SHARED, cost=("", "", "")),
                "category": categories[data["category"]],
                "for_third_country_nationals": True,
                "for_international_protection": True,
                "availability": Availability.PLANNED if planned else Availability.AVAILABLE,
                "expected_from": PLANNED_FROM if planned else None,
                "interpreter_available": data.get("interpreter", True),
                "is_free": True,
                "last_reviewed": dt.date(2026, 11, data["reviewed"]),
                "is_published": True,
                "position": position,
            },
        )
        languages = Language.objects.all()
        if data.get("languages") != "all":
            languages = languages.filter(code__in=DESK_LANGUAGES)
        service.topics.set(Topic.objects.filter(slug__in=SERVICE_TOPICS.get(service.slug, ())))
        for slug in ALL_BRANCHES:
            offer = {"modes": data["modes"], **data.get("offers", {}).get(slug, {})}
            _offer(branches[slug], service, offer, list(languages))


def _offer(branch, service, data, languages):
    """Create or update one branch's offer of `service` from its demo description."""
    modes = data["modes"].split()
    opens, closes = data.get("hours", (None, None))
    offer, _ = BranchService.objects.update_or_create(
        branch=branch,
        service=service,
        defaults={
            **{field: field in modes for field in MODE_FIELDS},
            **translated(note=data.get("note", ("", "", ""))),
            "weekdays": data.get("days", ""),
            "opens": dt.time.fromisoformat(opens) if opens else None,
            "closes": dt.time.fromisoformat(closes) if closes else None,
            "by_appointment": data.get("appointment", False),
        },
    )
    offer.languages.set(languages)
