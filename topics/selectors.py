"""What a topic page gathers: the services, news, events and materials on it."""

from events.selectors import upcoming_events
from materials.models import Material
from news.models import Post
from services.models import Service


def everything_on(topic):
    """Each kind of content on `topic`, as querysets ready for a template."""
    return {
        "services": Service.objects.for_listing().filter(topics=topic),
        "materials": Material.objects.for_listing().filter(topics=topic),
        "posts": Post.objects.for_listing().filter(topics=topic),
        "events": upcoming_events().filter(topics=topic),
    }
