"""One form to give a person a role and the branches they keep."""

from django import forms
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.utils.translation import gettext_lazy as _

from backoffice.roles import CONSULTANT, ROLE_BY_KEY, ROLES, role_of
from branches.models import Branch


class RoleFieldsMixin(forms.Form):
    role = forms.ChoiceField(
        label=_("Role"),
        required=False,
        widget=forms.RadioSelect,
        choices=[("", _("No role: no access to the back office"))]
        + [(role.key, f"{role.label} – {role.description}") for role in ROLES],
    )
    branches = forms.ModelMultipleChoiceField(
        label=_("Branches they keep"),
        queryset=Branch.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("A consultant works only on these branches."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            role = role_of(self.instance)
            self.fields["role"].initial = role.key if role else ""
            self.fields["branches"].initial = list(self.instance.edited_branches.all())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("role") == CONSULTANT.key and not cleaned.get("branches"):
            self.add_error("branches", _("A consultant needs at least one branch to keep."))
        return cleaned

    @property
    def chosen_role(self):
        return ROLE_BY_KEY.get(self.cleaned_data.get("role") or "")


class PersonChangeForm(RoleFieldsMixin, UserChangeForm):
    pass


class PersonCreationForm(RoleFieldsMixin, AdminUserCreationForm):
    pass
