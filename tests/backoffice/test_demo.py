"""make run prints one demo person per role beside the administrator (development only)."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from backoffice.roles import role_of

pytestmark = pytest.mark.django_db


def test_demo_admin_makes_and_prints_one_person_per_role(settings, demo):
    settings.DEBUG = True
    out = StringIO()
    call_command("demo_admin", stdout=out)
    printed = out.getvalue()
    users = get_user_model().objects
    for role, username in (("consultant", "consultant"), ("coordinator", "coordinator"),
                           ("administrator", "administrator")):  # fmt: skip
        password = re.search(rf"Demo {role}: user {username}  password (\S+)", printed).group(1)
        user = users.get(username=username)
        assert user.check_password(password) and user.is_staff and not user.is_superuser
        assert role_of(user).key.lower() == role
    assert [b.slug for b in users.get(username="consultant").edited_branches.all()] == [
        "daugavpils"
    ]


def test_demo_people_exist_only_with_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("demo_admin")
