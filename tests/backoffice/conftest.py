"""Two branches, Jelgava (kept by the consultant) and Liepāja, with offers, events, registrations."""

import pytest

from tests.factories import (
    BranchFactory,
    BranchServiceFactory,
    EventFactory,
    RegistrationFactory,
    ServiceFactory,
)


@pytest.fixture
def world(db):
    jelgava = BranchFactory(slug="jelgava", name_lv="Jelgava")
    liepaja = BranchFactory(slug="liepaja", name_lv="Liepāja")
    service = ServiceFactory(slug="consultations")
    return {
        "jelgava": jelgava,
        "liepaja": liepaja,
        "service": service,
        "own_offer": BranchServiceFactory(branch=jelgava, service=service),
        "other_offer": BranchServiceFactory(branch=liepaja, service=service),
        "own_event": EventFactory(branch=jelgava, slug="jelgava-event", form=True),
        "other_event": EventFactory(branch=liepaja, slug="liepaja-event", form=True),
    }


@pytest.fixture
def registrations(world):
    return {
        "own": RegistrationFactory(event=world["own_event"], name="Olga Jelgava"),
        "other": RegistrationFactory(event=world["other_event"], name="Pēteris Liepāja"),
    }


@pytest.fixture
def signed_in(client, role, make_person, world):
    """The client signed in as a person of `role`; the consultant keeps Jelgava."""
    user = make_person(role, branches=[world["jelgava"]] if role == "consultant" else [])
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def admin(admin_client):
    admin_client.defaults["HTTP_HOST"] = "127.0.0.1"
    return admin_client
