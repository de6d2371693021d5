"""Sign-in helpers for django-axes that keep user names and addresses out of the log."""

from django.conf import settings
from django.shortcuts import render
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _


def axes_client_str(username, ip_address, user_agent, path_info, request):
    """How axes names a login attempt in a log line: a keyed hash of name and address."""
    digest = salted_hmac("core.accounts", f"{username}|{ip_address}").hexdigest()[:12]
    return f"client {digest} at {path_info}"


def axes_username(request, credentials=None):
    """The user name axes counts attempts under, cut to the longest a user name can be.

    A longer name belongs to no account; stored whole it would overflow axes' column.
    """
    field = settings.AXES_USERNAME_FORM_FIELD
    name = (credentials or {}).get(field) if credentials else request.POST.get(field)
    return str(name or "")[:150]


def axes_lockout_response(request, original_response, credentials):
    """The translated page a locked-out sign-in gets, with 429 and how long the lock lasts."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    response = render(
        request,
        "admin/locked_out.html",
        {"minutes": minutes},
        status=429,
    )
    response["Retry-After"] = str(minutes * 60)
    return response


# django-axes has no Latvian or Ukrainian catalogue; the names its admin shows are translated
# in ours (makemessages finds them here).
AXES_ADMIN_NAMES = (
    _("access attempt"),
    _("access attempts"),
    _("access log"),
    _("access logs"),
)
