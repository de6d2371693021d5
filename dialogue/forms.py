"""The Dialogue Platform's two public forms: join it, or propose a topic."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.phone import PhoneField
from core.submission import SubmissionForm
from dialogue.models import MESSAGE_MAX, OrganisationKind


def _email(required):
    return forms.EmailField(
        label=_("E-mail"),
        required=required,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class JoinRequestForm(SubmissionForm):
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    kind = forms.ChoiceField(label=_("Kind of organisation"), choices=OrganisationKind.choices)
    site = forms.URLField(label=_("Website"), required=False, max_length=200, assume_scheme="https")
    contact_name = forms.CharField(
        label=_("Contact person"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = _email(required=True)
    phone = PhoneField(label=_("Phone"), required=False)
    message = forms.CharField(
        label=_("What your organisation does, and why it wants to join"),
        required=False,
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    def action_fields(self):
        """Keyword arguments for join_request_create."""
        data = self.cleaned_data
        fields = ("organisation", "kind", "contact_name", "email", "phone", "message")
        return {"token": data["token"], "website": data["site"], **{f: data[f] for f in fields}}


class TopicProposalForm(SubmissionForm):
    topic = forms.CharField(label=_("Topic"), max_length=250)
    description = forms.CharField(
        label=_("Why it matters, and who it concerns"),
        required=False,
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    contact_name = forms.CharField(
        label=_("Your name"),
        required=False,
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    organisation = forms.CharField(
        label=_("Organisation"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    email = _email(required=False)

    def action_fields(self):
        """Keyword arguments for topic_proposal_create."""
        data = self.cleaned_data
        fields = ("token", "topic", "description", "contact_name", "organisation", "email")
        return {field: data[field] for field in fields}
