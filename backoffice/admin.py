"""People in the back office: a role and branches in one form."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _

from backoffice.actions import person_assign
from backoffice.forms import PersonChangeForm, PersonCreationForm
from backoffice.roles import role_of

User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class PersonAdmin(UserAdmin):
    form = PersonChangeForm
    add_form = PersonCreationForm
    list_display = ["username", "full_name", "email", "role", "branch_names", "is_active"]
    list_filter = ["groups", "is_active", "is_superuser"]
    add_fieldsets = [
        (
            None,
            {
                "classes": ["wide"],
                "fields": [
                    "username",
                    "first_name",
                    "last_name",
                    "email",
                    "usable_password",
                    "password1",
                    "password2",
                ],
            },
        ),
        (_("Role and branches"), {"fields": ["role", "branches"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.add_fieldsets
        fieldsets = [
            (None, {"fields": ["username", "password"]}),
            (_("Personal info"), {"fields": ["first_name", "last_name", "email"]}),
            (_("Role and branches"), {"fields": ["role", "branches", "is_active"]}),
            (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
        ]
        if request.user.is_superuser:
            permissions = ["is_staff", "is_superuser", "groups", "user_permissions"]
            fieldsets.insert(
                3, (_("Permissions"), {"classes": ["collapse"], "fields": permissions})
            )
        return fieldsets

    def get_queryset(self, request):
        people = super().get_queryset(request).prefetch_related("groups", "edited_branches")
        # Only a superuser may open a superuser's account: nobody raises themselves above it.
        return people if request.user.is_superuser else people.filter(is_superuser=False)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        person_assign(
            user=form.instance, role=form.chosen_role, branches=form.cleaned_data["branches"]
        )

    @admin.display(description=_("name"))
    def full_name(self, user):
        return user.get_full_name()

    @admin.display(description=_("role"))
    def role(self, user):
        role = role_of(user)
        return role.label if role else "–"

    @admin.display(description=_("branches"))
    def branch_names(self, user):
        return ", ".join(branch.name for branch in user.edited_branches.all()) or "–"
