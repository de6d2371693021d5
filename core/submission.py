"""Public forms that are saved first, then acknowledged: one submission, one row, no loss.

A form carries a one-time token (a hidden UUID made when the empty form is shown) and a
honeypot field. The view counts each new submission against the visitor's rate limit,
stores it through the subclass's action, and redirects to a page that shows the reference.
The same token posted twice (a double click, a reload) leads to the row already stored.
If the database cannot store it, the form comes back filled in with a 503 and a plain
request to try again or phone.
"""

import logging
import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext, gettext_lazy
from django.views.generic import FormView

from core.ratelimit import client_address, rate_limit_hit

logger = logging.getLogger(__name__)


class SubmissionForm(forms.Form):
    """Adds the one-time token and the honeypot that people never see or fill in."""

    token = forms.UUIDField(widget=forms.HiddenInput)
    website = forms.CharField(
        label=gettext_lazy("Leave this field empty"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(gettext_lazy("This field must stay empty."), code="honeypot")
        return ""


class SubmissionView(FormView):
    """Token, honeypot, rate limit and storage failures handled once for every public form.

    Subclasses set `rate_scope` and implement `find_submitted(token)`, `submit(form)` (which
    calls an action and returns the stored row) and `get_done_url(row)`.
    """

    rate_scope = "forms"

    def get_initial(self):
        return {**super().get_initial(), "token": uuid.uuid4()}

    def form_invalid(self, form, status=400):
        return self.render_to_response(self.get_context_data(form=form), status=status)

    def form_valid(self, form):
        stored = self.find_submitted(form.cleaned_data["token"])
        if stored is None:
            if rate_limit_hit(scope=self.rate_scope, address=client_address(self.request)):
                form.add_error(None, too_many_message())
                return self.form_invalid(form, status=429)
            try:
                stored = self.submit(form)
            except ValidationError as error:
                form.add_error(None, error)
                return self.form_invalid(form)
            except DatabaseError as error:
                # The kind of failure only: the error text may quote what the person typed.
                logger.error("%s not stored: %s", self.rate_scope, type(error).__name__)
                return self.unavailable(form)
        return redirect(self.get_done_url(stored))

    def unavailable(self, form):
        """The form again, filled in, with a plain request to try again or phone."""
        form.add_error(None, unavailable_message())
        try:
            response = self.form_invalid(form, status=503).render()
        except DatabaseError:  # even the page's lists need the database
            response = TemplateResponse(self.request, "core/unavailable.html", status=503).render()
        return retry_later(response)

    def find_submitted(self, token):
        raise NotImplementedError

    def submit(self, form):
        raise NotImplementedError

    def get_done_url(self, stored):
        raise NotImplementedError


def retry_later(response):
    """Mark a 503 as an outage to wait out: Retry-After, and never stored by a cache."""
    response["Retry-After"] = str(settings.DATABASE_RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def too_many_message():
    """The refusal shown over a rate limit, with the agency's phone number."""
    return gettext(
        "You have sent several forms in a short time. Please wait a few minutes and try "
        "again, or phone us: %(phone)s."
    ) % {"phone": settings.AGENCY_PHONE}


def unavailable_message():
    """What a person reads when their form could not be stored, with the phone number."""
    return gettext(
        "We could not save your message just now, so nothing has been sent. Please try again "
        "in a few minutes, or phone us: %(phone)s."
    ) % {"phone": settings.AGENCY_PHONE}
