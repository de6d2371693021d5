"""Phone numbers typed by people: checked loosely, stored as + and digits."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PHONE_RE = re.compile(r"^\+?[0-9][0-9 ()\-]{5,22}[0-9]$")


def normalise_phone(value):
    """Keep the leading + and the digits: '+371 2000-0000' becomes '+37120000000'."""
    value = (value or "").strip()
    if not value:
        return ""
    return ("+" if value.startswith("+") else "") + re.sub(r"\D", "", value)


class PhoneField(forms.CharField):
    """A phone number of 7 to 24 characters: digits, spaces, dashes, brackets, a leading +."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 30)
        kwargs.setdefault("widget", forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}))
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if value and not PHONE_RE.match(value):
            raise ValidationError(
                _("Enter a phone number of digits, for example +371 20 000 000."), code="phone"
            )
        return normalise_phone(value)
