"""Reads that gather several content apps for the site-wide pages: home and the topic hub."""

from branches.selectors import branch_list_with_status
from events.selectors import upcoming_events
from materials.models import Material
from news.models import Post
from services.models import Service

HOME_SERVICES = 6
HOME_POSTS = 3
HOME_EVENTS = 3


def home_content():
    """What the home page shows: branches with their status, services, news and events."""
    return {
        "branch_rows": branch_list_with_status(),
        "services": Service.objects.for_listing()[:HOME_SERVICES],
        "posts": Post.objects.for_listing()[:HOME_POSTS],
        "events": upcoming_events(limit=HOME_EVENTS),
    }


def topic_content(topic):
    """Each kind of content on `topic`, as querysets ready for a template."""
    return {
        "services": Service.objects.for_listing().filter(topics=topic),
        "materials": Material.objects.for_listing().filter(topics=topic),
        "posts": Post.objects.for_listing().filter(topics=topic),
        "events": upcoming_events().filter(topics=topic),
    }
