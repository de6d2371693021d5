"""The three roles of the back office, as one table: which permissions each role has.

A data migration creates the groups and every `migrate` re-applies this table
(post_migrate), so a role stays exactly what is written here when models or
permissions change. To give a role the permissions of a new app, add its models here:
`"app_label.model": (VIEW, CHANGE)`; actions are view, add, change, delete, publish
(a model's custom `publish_<model>` permission) or any other codename of that model.
"""

from dataclasses import dataclass, field

from django.apps import apps as global_apps
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

VIEW, ADD, CHANGE, DELETE, PUBLISH = "view", "add", "change", "delete", "publish"
READ = (VIEW,)
EDIT = (VIEW, ADD, CHANGE, DELETE)
STANDARD = {VIEW, ADD, CHANGE, DELETE, PUBLISH}


@dataclass(frozen=True)
class Role:
    key: str  # The group's name in the database; labels come translated from here.
    label: str
    description: str
    permissions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    every_permission_of: tuple[str, ...] = ()  # Apps whose every permission the role has.


CONSULTANT = Role(
    key="Consultant",
    label=_("Consultant"),
    description=_(
        "Keeps the branches given to them true: details, opening hours, closures and the "
        "branch's offers of services. Sees the events held at those branches and who registered."
    ),
    permissions={
        "branches.branch": (VIEW, CHANGE),
        "branches.openinginterval": EDIT,
        "branches.closure": EDIT,
        "services.branchservice": EDIT,
        "services.service": READ,
        "services.category": READ,
        "languages.language": READ,
        "topics.topic": READ,
        "events.event": READ,
        "events.attachment": READ,
        "events.registration": READ,
        "enquiries.enquiry": (VIEW, CHANGE),
        "enquiries.note": (VIEW, ADD),
        "enquiries.reply": (VIEW, ADD),
    },
)

COORDINATOR = Role(
    key="Coordinator",
    label=_("Coordinator"),
    description=_(
        "Manages the service catalogue, news, events, information materials and topics, "
        "and publishes them. Sees every branch."
    ),
    permissions={
        "branches.branch": (VIEW, "manage_every_branch"),
        "branches.openinginterval": READ,
        "branches.closure": READ,
        "services.service": EDIT,
        "services.category": EDIT,
        "services.branchservice": EDIT,
        "news.post": (*EDIT, PUBLISH),
        "news.category": EDIT,
        "events.event": (*EDIT, PUBLISH),
        "events.series": EDIT,
        "events.organiser": EDIT,
        "events.attachment": EDIT,
        "events.registration": (VIEW, CHANGE),
        "materials.material": (*EDIT, PUBLISH),
        "topics.topic": EDIT,
        "languages.language": READ,
        "enquiries.enquiry": (VIEW, CHANGE, "view_all_enquiries", "handle_remote_enquiries"),
        "enquiries.note": (VIEW, ADD),
        "enquiries.reply": (VIEW, ADD),
        "dialogue.member": EDIT,
        "dialogue.joinrequest": (VIEW, CHANGE),
        "dialogue.topicproposal": (VIEW, CHANGE),
        "search.synonym": EDIT,
    },
)

ADMINISTRATOR = Role(
    key="Administrator",
    label=_("Administrator"),
    description=_(
        "Everything coordinators do, plus branches, languages and people: "
        "gives each person a role and the branches they keep."
    ),
    every_permission_of=(
        "auth",
        "languages",
        "topics",
        "branches",
        "services",
        "news",
        "events",
        "materials",
        "enquiries",
        "dialogue",
        "privacy",
        "search",
    ),
    permissions={
        "core.outgoingmail": (VIEW, CHANGE),
        # Unlocking a locked-out sign-in is deleting its access attempt (django-axes).
        "axes.accessattempt": (VIEW, DELETE),
        "axes.accesslog": (VIEW,),
    },
)

ROLES = [CONSULTANT, COORDINATOR, ADMINISTRATOR]
ROLE_BY_KEY = {role.key: role for role in ROLES}


def role_conditions(role):
    """One Q over Permission per table row, plus whole apps."""
    condition = Q(pk__in=[])
    for label, actions in role.permissions.items():
        app_label, model = label.split(".")
        codenames = [f"{a}_{model}" if a in STANDARD else a for a in actions]
        condition |= Q(
            content_type__app_label=app_label,
            content_type__model=model,
            codename__in=codenames,
        )
    if role.every_permission_of:
        condition |= Q(content_type__app_label__in=role.every_permission_of)
    return condition


def sync_roles(apps=global_apps, using="default"):
    """Create the role groups and give each exactly the permissions of the table."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role in ROLES:
        group, _created = Group.objects.using(using).get_or_create(name=role.key)
        wanted = Permission.objects.using(using).filter(role_conditions(role))
        group.permissions.set(list(wanted))


def create_all_permissions(apps=global_apps, using="default"):
    """Make sure every model's permissions exist before the roles are given them."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        missing_module = getattr(app_config, "models_module", None) is None
        if missing_module:
            app_config.models_module = True  # Historical apps in a migration have none.
        create_permissions(app_config, verbosity=0, using=using, apps=apps)
        if missing_module:
            app_config.models_module = None


def role_of(user):
    """The Role of `user` from their groups (the highest if several), or None."""
    names = {group.name for group in user.groups.all()}
    held = [role for role in ROLES if role.key in names]
    return held[-1] if held else None


def role_group(role):
    """The group of `role`, made from the table first if it is missing (after a flush, say)."""
    Group = global_apps.get_model("auth", "Group")
    group = Group.objects.filter(name=role.key).first()
    if group is None:
        create_all_permissions()
        sync_roles()
        group = Group.objects.get(name=role.key)
    return group
