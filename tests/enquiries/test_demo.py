"""The demo requests: a few in each state, loaded twice without duplicates, no mail sent."""

import pytest
from django.core.management import call_command

from core.models import OutgoingMail
from enquiries.models import Enquiry

pytestmark = pytest.mark.django_db


def test_demo_requests_in_every_state_and_loading_twice_adds_none(demo):
    first = Enquiry.objects.count()
    call_command("load_demo", verbosity=0)
    assert Enquiry.objects.count() == first
    states = set(Enquiry.objects.values_list("status", flat=True))
    assert states == {"new", "in_progress", "answered", "closed"}
    assert Enquiry.objects.filter(where="remote").exists()
    assert Enquiry.objects.filter(answer_language__code="ar").exists()  # with an interpreter
    assert not OutgoingMail.objects.exists()
