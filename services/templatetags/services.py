"""The catalogue's words in templates; no tag here queries the database."""

from django import template

from services import wording

register = template.Library()


@register.filter
def offer_summary(offer):
    """'by video call, Tuesdays, 10:00–12:00, by appointment only' for a BranchService."""
    return wording.describe(offer)
