from django import forms
from django.utils.translation import gettext_lazy as _

from core.submission import SubmissionForm
from events.models import Registration


class RegistrationForm(SubmissionForm, forms.ModelForm):
    """Name, e-mail and organisation; the event and the status are set by registration_create."""

    class Meta:
        model = Registration
        fields = ["name", "email", "organisation"]
        labels = {"name": _("Your name"), "email": _("E-mail"), "organisation": _("Organisation")}
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
        }


class CancelForm(forms.Form):
    """One button: the cancellation is a POST, so a link checker opening the e-mail cancels nothing."""
