"""Administrators export or erase one person's data; each time is recorded, the person hashed."""

import json

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.phone import PhoneField
from privacy.actions import person_data_erase, person_data_export
from privacy.models import PersonalDataAction, PersonalDataRequest


class PersonalDataForm(forms.ModelForm):
    email = forms.EmailField(label=_("E-mail"), required=False)
    phone = PhoneField(label=_("Phone"), required=False)
    confirm = forms.BooleanField(
        label=_("I have checked who is asking: erasure cannot be undone."), required=False
    )

    class Meta:
        model = PersonalDataRequest
        fields = ["action"]

    def clean(self):
        data = super().clean()
        if not data.get("email") and not data.get("phone"):
            raise ValidationError(_("Give an e-mail address or a phone number."))
        if data.get("action") == PersonalDataAction.ERASE and not data.get("confirm"):
            self.add_error("confirm", _("Confirm before erasing."))
        return data


@admin.register(PersonalDataRequest)
class PersonalDataRequestAdmin(admin.ModelAdmin):
    list_display = ["created_at", "action", "performed_by", "counts"]
    list_filter = ["action"]
    form = PersonalDataForm

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": ["email", "phone", "action", "confirm"]})]
        return [
            (None, {"fields": ["action", "subject_hash", "counts", "performed_by", "created_at"]})
        ]

    def get_readonly_fields(self, request, obj=None):
        return (
            []
            if obj is None
            else ["action", "subject_hash", "counts", "performed_by", "created_at"]
        )

    def save_model(self, request, obj, form, change):
        """The action writes its own record; the export is kept for the response."""
        data = form.cleaned_data
        person = {"email": data.get("email", ""), "phone": data.get("phone", "")}
        if data["action"] == PersonalDataAction.EXPORT:
            self._export, record = person_data_export(**person, performed_by=request.user)
        else:
            self._export = None
            record = person_data_erase(**person, performed_by=request.user)
        obj.__dict__.update({k: v for k, v in vars(record).items() if k != "_state"})
        obj._state.adding = False

    def save_related(self, request, form, formsets, change):
        pass

    def log_addition(self, request, obj, message):
        pass  # the record itself is the log, and it must not name the person

    def response_add(self, request, obj, post_url_continue=None):
        if self._export is not None:
            body = json.dumps(self._export, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
            response = HttpResponse(body, content_type="application/json; charset=utf-8")
            name = f"personal-data-{timezone.localdate():%Y-%m-%d}.json"
            response["Content-Disposition"] = f'attachment; filename="{name}"'
            return response
        self.message_user(request, _("The person's data has been erased."), messages.SUCCESS)
        return super().response_add(request, obj, post_url_continue)
