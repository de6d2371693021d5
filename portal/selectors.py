"""Reads that gather several content apps for the site-wide pages: home and the topic hub."""

from branches.models import Branch
from branches.selectors import branch_list_with_status
from events.selectors import upcoming_events
from materials.models import Material
from news.models import Post
from services.models import Service

HOME_BRANCHES = 4
HOME_SERVICES = 6
HOME_POSTS = 3
HOME_EVENTS = 3


def home_content():
    """What the home page shows: the first branches with their status, services, news, events."""
    # One more than shown tells whether to link to the rest, without a COUNT.
    branches = list(Branch.objects.for_cards()[: HOME_BRANCHES + 1])
    return {
        "branch_rows": branch_list_with_status(branches[:HOME_BRANCHES]),
        "more_branches": len(branches) > HOME_BRANCHES,
        "services": Service.objects.for_listing()[:HOME_SERVICES],
        "posts": Post.objects.for_listing()[:HOME_POSTS],
        "events": upcoming_events(limit=HOME_EVENTS),
    }


# How many items of each kind the topic page shows; the rest are on the section's own pages.
TOPIC_SHOWN = 6
# Each kind of content on a topic, in its lists' order: services as in the catalogue, the
# newest news and materials, the soonest events.
TOPIC_SECTIONS = {
    "services": lambda: Service.objects.for_listing(),
    "news": lambda: Post.objects.for_listing(),
    "events": lambda: upcoming_events(),
    "materials": lambda: Material.objects.for_listing(),
}


def topic_section(topic, section):
    """Everything of one kind (a key of TOPIC_SECTIONS) on `topic`, ready for cards."""
    return TOPIC_SECTIONS[section]().filter(topics=topic)


def topic_content(topic):
    """The first few of each kind of content on `topic`: {section: {"first": [...], "more": bool}}."""
    content = {}
    for section in TOPIC_SECTIONS:
        # One more than shown tells whether there are more, without a COUNT.
        items = list(topic_section(topic, section)[: TOPIC_SHOWN + 1])
        content[section] = {"first": items[:TOPIC_SHOWN], "more": len(items) > TOPIC_SHOWN}
    return content
