"""The dashboard is a list of panels: a template and the selector that fills it.

Another app adds a panel by appending `Panel("its/_panel.html", its_selector)` to PANELS;
a selector takes the request and returns the panel's context, or None to hide it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from backoffice.dashboard.selectors import needs_review_panel, translations_panel
from enquiries.selectors import enquiry_counts_for


@dataclass(frozen=True)
class Panel:
    template: str
    selector: Callable


def enquiries_panel(request):
    """New and open consultation requests in the user's queue, or None without access."""
    counts = enquiry_counts_for(request.user)
    return None if counts is None else {"counts": counts}


PANELS = [
    Panel("enquiries/_dashboard_panel.html", enquiries_panel),
    Panel("backoffice/panels/_needs_review.html", needs_review_panel),
    Panel("backoffice/panels/_translations.html", translations_panel),
]


def dashboard_panels(request):
    """The context of every panel this user has something in, each with its template."""
    panels = []
    for panel in PANELS:
        context = panel.selector(request)
        if context is not None:
            panels.append({"template": panel.template, **context})
    return panels
