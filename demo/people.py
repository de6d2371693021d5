"""One demo person per back-office role (development only; passwords are made on the spot)."""

import secrets

from django.contrib.auth import get_user_model

from backoffice.actions import person_assign
from backoffice.roles import ADMINISTRATOR, CONSULTANT, COORDINATOR
from branches.models import Branch

# username, first name, last name, role, the branches kept
PEOPLE = [
    ("consultant", "Anna", "Ozola", CONSULTANT, ["daugavpils"]),
    ("coordinator", "Jānis", "Bērziņš", COORDINATOR, []),
    ("administrator", "Ilze", "Kalniņa", ADMINISTRATOR, []),
]


def load():
    """Create or reset the demo people; return [(role label, username, password)]."""
    made = []
    for username, first, last, role, slugs in PEOPLE:
        password = f"demo-{secrets.token_urlsafe(9)}"
        user, _created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@example.lv"}
        )
        user.first_name, user.last_name = first, last
        user.set_password(password)
        user.save()
        person_assign(user=user, role=role, branches=Branch.objects.filter(slug__in=slugs))
        made.append((role.label, username, password))
    return made
