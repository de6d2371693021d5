"""Factories for users, languages, branches and services."""

import datetime as dt
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model

from branches.models import Branch, Closure, OpeningInterval
from languages.models import Language
from services.models import BranchService, Category, Service


def in_languages(field, text):
    """Keyword arguments filling `field` in lv, ru and en with a recognisable text."""
    return {f"{field}_{code}": f"{text} [{code}]" for code in ("lv", "ru", "en")}


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    is_staff = True


class LanguageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Language
        django_get_or_create = ["code"]

    code = "lv"


class BranchFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Branch
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"branch-{n}")
    name_lv = factory.Sequence(lambda n: f"Filiāle {n}")
    name_ru = factory.Sequence(lambda n: f"Филиал {n}")
    name_en = factory.Sequence(lambda n: f"Branch {n}")
    city_lv = "Rīga"
    city_ru = "Рига"
    city_en = "Riga"
    street_address = "Brīvības iela 1"
    postcode = "LV-1010"
    latitude = Decimal("56.95000")
    longitude = Decimal("24.10000")
    phone = "+371 67 000 001"
    email = "branch@example.lv"

    @factory.post_generation
    def weekday_hours(self, create, extracted, **kwargs):
        """Monday to Friday 9:00-17:00 unless `weekday_hours=False`."""
        if not create or extracted is False:
            return
        for weekday in range(5):
            OpeningInterval.objects.create(
                branch=self, weekday=weekday, opens=dt.time(9), closes=dt.time(17)
            )

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if not create:
            return
        for code in extracted or ("lv", "ru", "en"):
            self.languages.add(LanguageFactory(code=code))


class ClosureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Closure

    branch = factory.SubFactory(BranchFactory)
    start_date = dt.date(2026, 12, 1)
    end_date = dt.date(2026, 12, 1)
    reason_lv = "Darbinieku apmācības"
    reason_ru = "Обучение сотрудников"
    reason_en = "Staff training"


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"category-{n}")
    name_lv = factory.Sequence(lambda n: f"Kategorija {n}")
    name_ru = factory.Sequence(lambda n: f"Категория {n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")


class ServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Service
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"service-{n}")
    category = factory.SubFactory(CategoryFactory)
    name_lv = factory.Sequence(lambda n: f"Pakalpojums {n}")
    name_ru = factory.Sequence(lambda n: f"Услуга {n}")
    name_en = factory.Sequence(lambda n: f"Service {n}")
    summary_lv = "Īss apraksts"
    summary_ru = "Краткое описание"
    summary_en = "Short summary"
    last_reviewed = dt.date(2026, 11, 1)


class BranchServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BranchService
        skip_postgeneration_save = True

    branch = factory.SubFactory(BranchFactory)
    service = factory.SubFactory(ServiceFactory)
    in_person = True

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        """The offer's languages by code (default: Latvian, Russian and English)."""
        if not create:
            return
        for code in ("lv", "ru", "en") if extracted is None else extracted:
            self.languages.add(LanguageFactory(code=code))
