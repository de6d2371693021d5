"""Factories for every model the tests need; texts are filled in all three languages."""

from tests.factories.bulk import *  # noqa: F403
from tests.factories.core import *  # noqa: F403
from tests.factories.enquiries import *  # noqa: F403
from tests.factories.events import *  # noqa: F403
from tests.factories.materials import *  # noqa: F403
from tests.factories.news import *  # noqa: F403
