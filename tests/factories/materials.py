"""Factories for topics and information materials."""

import datetime as dt

import factory

from tests.factories.core import LanguageFactory


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

    from demo.materials import tiny_pdf

    return ContentFile(tiny_pdf(material.title_en), name=f"{material.slug}.pdf")


class MaterialFactory(factory.django.DjangoModelFactory):
    """An outside link by default; `MaterialFactory(pdf=True)` is a small PDF file instead."""

    class Meta:
        model = "materials.Material"
        skip_postgeneration_save = True

    class Params:
        pdf = factory.Trait(url="", file=factory.LazyAttribute(material_pdf))

    slug = factory.Sequence(lambda n: f"material-{n}")
    publication = "published"
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
