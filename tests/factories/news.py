"""Factories for news categories and posts."""

import datetime as dt

import factory


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
