"""The roles table is what the groups hold, after the migration and after every migrate."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from backoffice.apps import roles_after_migrate
from backoffice.roles import ROLES, STANDARD, role_conditions

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ROLES, ids=lambda role: role.key)
def test_every_row_of_the_table_names_a_permission_that_exists(role):
    for label, actions in role.permissions.items():
        app_label, model = label.split(".")
        for action in actions:
            codename = f"{action}_{model}" if action in STANDARD else action
            assert Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).exists(), f"{label}: {codename}"


@pytest.mark.parametrize("role", ROLES, ids=lambda role: role.key)
def test_the_migration_made_each_group_with_exactly_its_permissions(role):
    group = Group.objects.get(name=role.key)
    wanted = set(Permission.objects.filter(role_conditions(role)))
    assert set(group.permissions.all()) == wanted


def test_migrate_puts_a_group_right_again_when_it_drifted():
    consultant = Group.objects.get(name="Consultant")
    consultant.permissions.add(Permission.objects.get(codename="publish_post"))
    consultant.permissions.remove(Permission.objects.get(codename="change_branch"))
    roles_after_migrate(sender=None)
    codenames = set(consultant.permissions.values_list("codename", flat=True))
    assert "publish_post" not in codenames and "change_branch" in codenames


def test_the_roles_differ_where_the_issue_says():
    def has(role, codename):
        return Group.objects.filter(name=role, permissions__codename=codename).exists()

    assert not has("Consultant", "publish_post") and not has("Consultant", "change_service")
    assert has("Consultant", "delete_branchservice") and not has(
        "Consultant", "manage_every_branch"
    )
    assert has("Coordinator", "publish_post") and has("Coordinator", "change_topic")
    assert not has("Coordinator", "change_user") and has("Administrator", "change_user")
    assert Group.objects.filter(
        Q(name="Administrator"), permissions__codename="add_branch"
    ).exists()


def test_one_form_gives_a_person_a_role_and_branches(admin_client, world):
    admin_client.defaults["HTTP_HOST"] = "127.0.0.1"
    data = {
        "username": "ilze",
        "first_name": "Ilze",
        "last_name": "Kalniņa",
        "email": "ilze@example.lv",
        "usable_password": "false",
        "role": "Consultant",
        "branches": [world["liepaja"].pk],
    }
    response = admin_client.post("/lv/admin/auth/user/add/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    from django.contrib.auth import get_user_model

    ilze = get_user_model().objects.get(username="ilze")
    assert ilze.is_staff and list(ilze.groups.values_list("name", flat=True)) == ["Consultant"]
    assert list(ilze.edited_branches.all()) == [world["liepaja"]]


def test_a_consultant_without_a_branch_is_refused(admin_client):
    admin_client.defaults["HTTP_HOST"] = "127.0.0.1"
    data = {"username": "nobody", "usable_password": "false", "role": "Consultant"}
    response = admin_client.post("/lv/admin/auth/user/add/", data)
    assert response.status_code == 200
    assert "vismaz viena filiāle" in response.content.decode()
