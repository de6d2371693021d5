"""Reads about consultation requests: the form's prefill, the queue and its counts."""

from django.db.models import Count, Q

from branches.models import Branch
from enquiries.choices import EnquiryStatus
from enquiries.models import Enquiry
from services.models import Service
from topics.models import Topic


def enquiry_prefill(params):
    """Initial form values from ?branch=, ?service= and ?topic= slugs; unknown ones are ignored."""
    initial = {}
    branch = params.get("branch", "")[:80]
    if branch and Branch.objects.active().filter(slug=branch).exists():
        initial["place"] = branch
    service = Service.objects.published().filter(slug=params.get("service", "")[:80]).first()
    if service is not None:
        initial["service"] = service.slug
        topic = service.topics.first()
        if topic is not None:
            initial["topic"] = topic
    topic = Topic.objects.filter(slug=params.get("topic", "")[:80]).first()
    if topic is not None:
        initial["topic"] = topic
    return initial


def enquiry_service(slug):
    """The published service with `slug`, or None."""
    return Service.objects.published().filter(slug=slug).first() if slug else None


def enquiry_counts_for(user):
    """{new, in_progress, answered, mine, unassigned} in the user's queue, in one query."""
    if not user.has_perm("enquiries.view_enquiry"):
        return None
    queue = Enquiry.objects.visible_to(user)
    return queue.aggregate(
        new=Count("pk", filter=Q(status=EnquiryStatus.NEW)),
        in_progress=Count("pk", filter=Q(status=EnquiryStatus.IN_PROGRESS)),
        answered=Count("pk", filter=Q(status=EnquiryStatus.ANSWERED)),
        mine=Count("pk", filter=Q(assigned_to=user) & ~Q(status=EnquiryStatus.CLOSED)),
        unassigned=Count(
            "pk", filter=Q(assigned_to__isnull=True) & ~Q(status=EnquiryStatus.CLOSED)
        ),
    )
