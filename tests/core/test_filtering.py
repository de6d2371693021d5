"""ListedModelChoiceField: a short list's choice is checked against the options it shows."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.filtering import ListedModelChoiceField
from services.models import Category
from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db


def test_the_choice_and_the_options_come_from_one_query():
    legal, _course = CategoryFactory(slug="legal-aid"), CategoryFactory(slug="courses")
    field = ListedModelChoiceField(queryset=Category.objects.all(), to_field_name="slug")
    with CaptureQueriesContext(connection) as queries:
        assert field.clean("legal-aid") == legal
        assert [category.slug for category in field.queryset] == ["courses", "legal-aid"]
    assert len(queries) == 1


@pytest.mark.parametrize("value", ["atlantis", "LEGAL-AID", "legal-aid ", "9" * 400])
def test_a_value_that_is_no_option_is_refused(value):
    CategoryFactory(slug="legal-aid")
    field = ListedModelChoiceField(queryset=Category.objects.all(), to_field_name="slug")
    with pytest.raises(ValidationError) as raised:
        field.clean(value)
    assert raised.value.code == "invalid_choice"


def test_no_value_is_no_choice_and_reads_nothing():
    field = ListedModelChoiceField(
        queryset=Category.objects.all(), to_field_name="slug", required=False
    )
    with CaptureQueriesContext(connection) as queries:
        assert field.clean("") is None
    assert len(queries) == 0
