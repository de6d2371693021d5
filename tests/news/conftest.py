"""Fixtures of the news tests: the admin client, a frozen clock and a small newsroom."""

import pytest

from news.models import Status
from tests.factories import BranchFactory, NewsCategoryFactory, PostFactory
from tests.news.helpers import riga


@pytest.fixture
def admin(admin_client):
    admin_client.defaults["HTTP_HOST"] = "127.0.0.1"
    return admin_client


@pytest.fixture
def freeze(monkeypatch):
    """Call freeze(moment) to make django.utils.timezone.now() answer that moment."""

    def set_now(moment):
        monkeypatch.setattr("django.utils.timezone.now", lambda: moment)

    return set_now


@pytest.fixture
def newsroom(db):
    """Posts in two categories, at two branches, over two years; a draft, a future and an old one."""
    agency = NewsCategoryFactory(slug="agency-news")
    events = NewsCategoryFactory(slug="integration-events")
    riga_branch = BranchFactory(slug="riga")
    daugavpils = BranchFactory(slug="daugavpils")
    return {
        "opening": PostFactory(
            slug="opening", publish_at=riga(2025, 3, 1, 10, 0), categories=[agency],
            branches=[daugavpils],
        ),
        "dialogue": PostFactory(
            slug="dialogue", publish_at=riga(2026, 2, 1, 10, 0), categories=[events],
            branches=[riga_branch],
        ),
        "both": PostFactory(
            slug="both", publish_at=riga(2026, 3, 1, 10, 0), categories=[agency, events],
            branches=[riga_branch, daugavpils],
        ),
        "draft": PostFactory(slug="draft", status=Status.DRAFT, categories=[agency]),
        "future": PostFactory(
            slug="future", status=Status.SCHEDULED, publish_at=riga(2030, 1, 1, 9, 0),
            categories=[agency],
        ),
        "archived": PostFactory(
            slug="archived", status=Status.ARCHIVED, publish_at=riga(2021, 1, 1, 9, 0),
            categories=[agency],
        ),
    }  # fmt: skip
