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
