"""The public form for asking a question in writing."""

from django import forms
from django.utils.translation import gettext_lazy as _

from branches.models import Branch
from core.phone import PhoneField
from core.submission import SubmissionForm
from enquiries.choices import CONSULTANT_LANGUAGES, AnswerBy, Where
from enquiries.models import QUESTION_MAX
from enquiries.selectors import enquiry_service
from languages.models import Language
from topics.models import Topic


class EnquiryForm(SubmissionForm):
    question = forms.CharField(
        label=_("Your question"),
        max_length=QUESTION_MAX,
        min_length=10,
        help_text=_("Describe your situation; please do not send copies of documents."),
        widget=forms.Textarea(attrs={"rows": 7}),
    )
    topic = forms.ModelChoiceField(
        label=_("Topic"),
        queryset=Topic.objects.none(),
        required=False,
        empty_label=_("Not sure, or something else"),
    )
    place = forms.ChoiceField(label=_("Branch"))
    answer_by = forms.ChoiceField(
        label=_("How should we answer?"),
        choices=AnswerBy.choices,
        initial=AnswerBy.EMAIL,
        widget=forms.RadioSelect,
    )
    answer_language = forms.ChoiceField(label=_("Language of the answer"))
    name = forms.CharField(
        label=_("Your name"),
        required=False,
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = PhoneField(
        label=_("Phone"),
        required=False,
        help_text=_("With the country code, for example +371 20 000 000."),
    )
    consent = forms.BooleanField(
        label=_("I agree that the agency stores my question and contact details to answer me."),
        error_messages={"required": _("We can answer only with your agreement.")},
    )
    # The service page the person came from; one that is gone meanwhile is simply forgotten.
    service = forms.CharField(required=False, max_length=80, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.all()
        self.branches = {branch.slug: branch for branch in Branch.objects.active()}
        self.fields["place"].choices = [
            (Where.ANY, _("Any branch: whichever can help first")),
            (Where.REMOTE, _("No branch: answer me remotely")),
            (_("A branch"), [(slug, branch.name) for slug, branch in self.branches.items()]),
        ]
        ordered = Language.objects.all().sorted_by_name()
        self.languages = {language.code: language for language in ordered}
        own = [
            (code, self.languages[code].name)
            for code in CONSULTANT_LANGUAGES
            if code in self.languages
        ]
        others = [
            (lang.code, lang.name) for lang in ordered if lang.code not in CONSULTANT_LANGUAGES
        ]
        self.fields["answer_language"].choices = [
            (_("Our consultants speak"), own),
            (_("With an interpreter"), others),
        ]

    def clean_service(self):
        return enquiry_service(self.cleaned_data["service"])

    def clean_place(self):
        value = self.cleaned_data["place"]
        if value in (Where.ANY, Where.REMOTE):
            return {"where": value, "branch": None}
        return {"where": Where.BRANCH, "branch": self.branches[value]}

    def clean_answer_language(self):
        return self.languages[self.cleaned_data["answer_language"]]

    def clean(self):
        data = super().clean()
        email, phone, answer_by = data.get("email"), data.get("phone"), data.get("answer_by")
        if "email" in self.errors or "phone" in self.errors:
            return data
        if answer_by == AnswerBy.EMAIL and not email:
            self.add_error("email", _("Give your e-mail address to get the answer by e-mail."))
        elif answer_by == AnswerBy.PHONE and not phone:
            self.add_error("phone", _("Give your phone number to get the answer by phone."))
        elif not email and not phone:
            self.add_error("email", _("Give an e-mail address or a phone number."))
        place = data.get("place")
        if answer_by == AnswerBy.APPOINTMENT and place and place["where"] == Where.REMOTE:
            self.add_error(
                "answer_by",
                _("An appointment is at a branch: choose a branch, or any branch, above."),
            )
        return data

    def action_fields(self):
        """Keyword arguments for enquiry_create."""
        data = self.cleaned_data
        return {
            "token": data["token"],
            "question": data["question"].strip(),
            "topic": data["topic"],
            "service": data["service"],
            **data["place"],
            "answer_by": data["answer_by"],
            "answer_language": data["answer_language"],
            "name": data["name"].strip(),
            "email": data["email"],
            "phone": data["phone"],
        }
