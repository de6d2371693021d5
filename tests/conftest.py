import pytest
from django.utils import translation

LANGUAGES = ["lv", "ru", "en"]


@pytest.fixture(params=LANGUAGES)
def language(request):
    """Run the test once per UI language, with that language active."""
    with translation.override(request.param):
        yield request.param


@pytest.fixture
def client(client):
    client.defaults["HTTP_HOST"] = "127.0.0.1"
    return client


ROLES = ["consultant", "coordinator", "administrator"]


@pytest.fixture(params=ROLES)
def role(request):
    """Run the test once per back-office role."""
    return request.param


@pytest.fixture
def make_person(db):
    """make_person(role key or None, branches=[...]) -> a staff user with that role."""
    from django.contrib.auth import get_user_model

    from backoffice.actions import person_assign
    from backoffice.roles import ROLE_BY_KEY

    def make(role, branches=(), username=None):
        username = username or f"{role}-{len(branches)}"
        user = get_user_model().objects.create_user(username, f"{username}@example.lv", "pw")
        person_assign(user=user, role=ROLE_BY_KEY[role.capitalize()], branches=list(branches))
        return user

    return make


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: rate-limit counters never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def snapshots():
    """Set-ups made once and copied into later tests (tests/snapshot.py)."""
    from tests.snapshot import Snapshots

    return Snapshots()


@pytest.fixture
def demo(db, snapshots):
    """The demo content the newcomer sees with `make run`."""
    from tests.snapshot import load_demo

    snapshots.restore("demo", load_demo)
