"""Demo services of the agency, their categories and where each is offered.

Translated texts are (lv, ru, en) tuples. "offers" maps a branch slug to its note, or None.
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
        modes = data["modes"].split()
        texts = {key: data[key] for key in ("name", "summary", "body")}
        service, _ = Service.objects.update_or_create(
            slug=data["slug"],
            defaults={
                **translated(**texts, **SHARED),
                **{field: field in modes for field in MODE_FIELDS},
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
        service.languages.set(languages)
        service.topics.set(Topic.objects.filter(slug__in=SERVICE_TOPICS.get(service.slug, ())))
        notes = data.get("offers", {})
        for slug in ALL_BRANCHES:
            note = notes.get(slug) or ("", "", "")
            BranchService.objects.update_or_create(
                branch=branches[slug], service=service, defaults=translated(note=note)
            )
