"""The demo content of `make run`: every content type, three languages, loaded twice safely."""

import pytest
from django.apps import apps
from django.core.management import call_command

from branches.models import Branch
from services.models import Service

pytestmark = pytest.mark.django_db
MODELS = ["languages.Language", "branches.Branch", "branches.OpeningInterval",
          "branches.Closure", "services.Category", "services.Service", "services.BranchService", "materials.Material", "news.Post", "events.Event"]  # fmt: skip


def counts():
    return {label: apps.get_model(label).objects.count() for label in MODELS}


def test_loading_twice_duplicates_nothing(demo):
    first = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == first
    assert first["branches.Branch"] == 4
    assert first["languages.Language"] > 24


def test_demo_texts_exist_in_all_three_languages(demo):
    for model, fields in ((Branch, ["name", "city", "description"]),
                          (Service, ["name", "summary", "body"])):  # fmt: skip
        for item in model.objects.all():
            for field in fields:
                for code in ("lv", "ru", "en"):
                    assert getattr(item, f"{field}_{code}"), f"{item} lacks {field}_{code}"


def test_demo_branches_are_the_four_of_the_sources(demo):
    cities = set(Branch.objects.values_list("city_lv", flat=True))
    assert cities == {"Rīga", "Liepāja", "Jelgava", "Daugavpils"}
    assert Branch.objects.get(slug="liepaja").street_address == "Rožu iela 6"
    assert Branch.objects.get(slug="jelgava").street_address == "Skolotāju iela 8"
    translation = Service.objects.get(slug="translation")
    assert all(offer.languages.count() > 24 for offer in translation.offers.all())
    assert Service.objects.filter(availability="planned").count() == 2
