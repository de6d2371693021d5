"""Factories for organisers, series, events, attachments and registrations."""

import datetime as dt

import factory
from django.utils import timezone

from tests.factories.core import BranchFactory


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
    publication = "published"
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
