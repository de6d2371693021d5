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


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache: rate-limit counters never leak between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
