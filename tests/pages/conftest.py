import pytest
from django.core.management import call_command

from tests.pages.crawl import make_latvian_only


@pytest.fixture
def latvian_only_demo(db, snapshots):
    """The demo with a few items of each kind in Latvian only (marked), and indexed again."""
    from tests.snapshot import load_demo

    def build():
        snapshots.restore("demo", load_demo)
        make_latvian_only()
        call_command("rebuild_search_index", verbosity=0)

    snapshots.restore("latvian-only demo", build)
