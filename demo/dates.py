"""Demo content dated as if written by editors, not at the moment `load_demo` ran.

Feeds and sitemaps show `updated_at`; a fresh demo would otherwise say that every item
changed just now. A post's last change is its publication (a scheduled one was written on the day the facts
were checked); other items were last
changed the day their facts were checked. Run again, it changes nothing.
"""

import datetime as dt

from django.db.models import F

from branches.models import Branch
from core.clock import RIGA
from events.models import Event
from materials.models import Material
from news.models import Post
from services.models import Service
from topics.models import Topic

CHECKED = dt.datetime(2026, 11, 24, 12, 0, tzinfo=RIGA)


def load():
    """Set the last-change times of the demo content (queryset updates: no auto_now)."""
    out = Post.objects.filter(publish_at__lte=CHECKED)
    out.update(updated_at=F("publish_at"))
    Post.objects.exclude(pk__in=out.values("pk")).update(updated_at=CHECKED)  # written, scheduled
    for model in (Branch, Service, Topic, Material, Event):
        model.objects.update(updated_at=CHECKED)
