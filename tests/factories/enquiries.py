"""Factories for consultation requests and the Dialogue Platform's members and messages."""

import uuid

import factory
from django.utils import timezone

from tests.factories.core import BranchFactory, LanguageFactory


class EnquiryFactory(factory.django.DjangoModelFactory):
    """A request to a branch, to be answered by e-mail in Russian."""

    class Meta:
        model = "enquiries.Enquiry"

    token = factory.LazyFunction(uuid.uuid4)
    reference = factory.Sequence(lambda n: f"2611-{n:05d}")
    question = "Как продлить вид на жительство?"
    where = "branch"
    branch = factory.SubFactory(BranchFactory)
    answer_by = "email"
    answer_language = factory.SubFactory(LanguageFactory, code="ru")
    name = "Olga"
    email = factory.Sequence(lambda n: f"olga{n}@example.org")
    phone = ""
    page_language = "ru"
    consent_at = factory.LazyFunction(timezone.now)


class MemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "dialogue.Member"

    name_lv = factory.Sequence(lambda n: f"Organizācija {n}")
    name_ru = factory.Sequence(lambda n: f"Организация {n}")
    name_en = factory.Sequence(lambda n: f"Organisation {n}")
    kind = "ngo"
    since = 2018
