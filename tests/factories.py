"""Factories for every model the tests need; texts are filled in all three languages."""

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

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if not create:
            return
        for code in extracted or ("lv", "ru", "en"):
            self.languages.add(LanguageFactory(code=code))


class BranchServiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = BranchService

    branch = factory.SubFactory(BranchFactory)
    service = factory.SubFactory(ServiceFactory)


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "topics.Topic"
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"topic-{n}")
    name_lv = factory.Sequence(lambda n: f"Tēma {n}")
    name_ru = factory.Sequence(lambda n: f"Тема {n}")
    name_en = factory.Sequence(lambda n: f"Topic {n}")


def material_pdf(material):
    """A small real PDF named after the material (imported here: this file is append-only)."""
    from django.core.files.base import ContentFile

    from materials.demo import tiny_pdf

    return ContentFile(tiny_pdf(material.title_en), name=f"{material.slug}.pdf")


class MaterialFactory(factory.django.DjangoModelFactory):
    """An outside link by default; `MaterialFactory(pdf=True)` is a small PDF file instead."""

    class Meta:
        model = "materials.Material"
        skip_postgeneration_save = True

    class Params:
        pdf = factory.Trait(url="", file=factory.LazyAttribute(material_pdf))

    slug = factory.Sequence(lambda n: f"material-{n}")
    title_lv = factory.Sequence(lambda n: f"Materiāls {n}")
    title_ru = factory.Sequence(lambda n: f"Материал {n}")
    title_en = factory.Sequence(lambda n: f"Material {n}")
    summary_lv = "Īss apraksts"
    summary_ru = "Краткое описание"
    summary_en = "Short summary"
    url = factory.Sequence(lambda n: f"https://www.example.lv/materials/{n}")
    published_on = dt.date(2026, 10, 1)

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if not create:
            return
        for code in extracted or ("lv",):
            self.languages.add(LanguageFactory(code=code))

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.add(*extracted)


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "news.Category"
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"news-category-{n}")
    name_lv = factory.Sequence(lambda n: f"Ziņu kategorija {n}")
    name_ru = factory.Sequence(lambda n: f"Категория новостей {n}")
    name_en = factory.Sequence(lambda n: f"News category {n}")


class PostFactory(factory.django.DjangoModelFactory):
    """A published news post from 2026; pass `status`, `publish_at` or the relations to vary it."""

    class Meta:
        model = "news.Post"
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"post-{n}")
    title_lv = factory.Sequence(lambda n: f"Ziņa {n}")
    title_ru = factory.Sequence(lambda n: f"Новость {n}")
    title_en = factory.Sequence(lambda n: f"News post {n}")
    lead_lv = "Īss ievads"
    lead_ru = "Краткое вступление"
    lead_en = "A short lead"
    body_lv = "<p>Teksts</p>"
    body_ru = "<p>Текст</p>"
    body_en = "<p>Text</p>"
    status = "published"
    publish_at = factory.Sequence(
        lambda n: dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC) + dt.timedelta(hours=n)
    )

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            self.categories.add(*extracted)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.add(*extracted)

    @factory.post_generation
    def branches(self, create, extracted, **kwargs):
        if create and extracted:
            self.branches.add(*extracted)

    @factory.post_generation
    def services(self, create, extracted, **kwargs):
        if create and extracted:
            self.services.add(*extracted)


class OrganiserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "events.Organiser"
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"organiser-{n}")
    name_lv = factory.Sequence(lambda n: f"Organizators {n}")
    name_ru = factory.Sequence(lambda n: f"Организатор {n}")
    name_en = factory.Sequence(lambda n: f"Organiser {n}")
    url = "https://www.example.lv/"


class SeriesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "events.Series"
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"series-{n}")
    name_lv = factory.Sequence(lambda n: f"Sērija {n}")
    name_ru = factory.Sequence(lambda n: f"Серия {n}")
    name_en = factory.Sequence(lambda n: f"Series {n}")
    interval_months = 2


def _event_start(n):
    """Some day in the coming weeks at 10:00 Riga time (imported here: append-only file)."""
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    day = timezone.localdate() + dt.timedelta(days=7 + n % 300)
    return dt.datetime.combine(day, dt.time(10), tzinfo=ZoneInfo("Europe/Riga"))


class EventFactory(factory.django.DjangoModelFactory):
    """A two-hour event at a branch with no registration; `form=True` opens the form, 30 places."""

    class Meta:
        model = "events.Event"
        skip_postgeneration_save = True

    class Params:
        form = factory.Trait(registration_kind="form", capacity=30)

    slug = factory.Sequence(lambda n: f"event-{n}")
    title_lv = factory.Sequence(lambda n: f"Pasākums {n}")
    title_ru = factory.Sequence(lambda n: f"Мероприятие {n}")
    title_en = factory.Sequence(lambda n: f"Event {n}")
    topic_lv = "Uzturēšanās atļaujas"
    topic_ru = "Вид на жительство"
    topic_en = "Residence permits"
    description_lv = "<p>Apraksts</p>"
    description_ru = "<p>Описание</p>"
    description_en = "<p>Description</p>"
    start = factory.Sequence(_event_start)
    end = factory.LazyAttribute(lambda event: event.start + dt.timedelta(hours=2))
    place_kind = "branch"
    branch = factory.SubFactory(BranchFactory)
    organiser = factory.SubFactory(OrganiserFactory)

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.add(*extracted)


class AttachmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "events.Attachment"

    event = factory.SubFactory(EventFactory)
    title_lv = "Protokols"
    title_ru = "Протокол"
    title_en = "Minutes"
    kind = "minutes"
    url = factory.Sequence(lambda n: f"https://www.example.lv/minutes/{n}")


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "events.Registration"

    event = factory.SubFactory(EventFactory, form=True)
    name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"person{n}@example.lv")
