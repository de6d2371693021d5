"""The branches' queue: each consultant sees their own branches, answers and notes from here."""

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.template.loader import render_to_string
from django.test import RequestFactory

from enquiries.models import Enquiry
from enquiries.selectors import enquiry_counts_for
from tests.factories import BranchFactory, EnquiryFactory, UserFactory
from tests.mail import run_queue

pytestmark = pytest.mark.django_db

CHANGELIST = "/en/admin/enquiries/enquiry/"
CONSULTANT_PERMISSIONS = [
    "view_enquiry",
    "change_enquiry",
    "view_note",
    "add_note",
    "view_reply",
    "add_reply",
]


def staff(*codenames):
    user = UserFactory()
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    return user


@pytest.fixture
def queue():
    riga, liepaja = BranchFactory(slug="riga"), BranchFactory(slug="liepaja")
    consultant = staff(*CONSULTANT_PERMISSIONS)
    riga.editors.add(consultant)
    return {
        "consultant": consultant,
        "riga": EnquiryFactory(branch=riga, reference="2611-00001"),
        "liepaja": EnquiryFactory(branch=liepaja, reference="2611-00002"),
        "remote": EnquiryFactory(where="remote", branch=None, reference="2611-00003"),
    }


@pytest.fixture(params=["consultant", "remote_desk", "coordinator", "superuser"])
def role(request, queue):
    """Each role and the references it must see in the queue."""
    name = request.param
    if name == "consultant":
        return queue["consultant"], {"2611-00001"}
    if name == "remote_desk":
        return staff(*CONSULTANT_PERMISSIONS, "handle_remote_enquiries"), {"2611-00003"}
    if name == "coordinator":
        return staff(*CONSULTANT_PERMISSIONS, "view_all_enquiries"), {
            "2611-00001",
            "2611-00002",
            "2611-00003",
        }
    return UserFactory(is_superuser=True), {"2611-00001", "2611-00002", "2611-00003"}


def test_each_role_sees_exactly_its_queue(client, queue, role):
    user, expected = role
    client.force_login(user)
    html = client.get(CHANGELIST).content.decode()
    shown = {ref for ref in ("2611-00001", "2611-00002", "2611-00003") if ref in html}
    assert shown == expected
    for key, enquiry in ((k, queue[k]) for k in ("riga", "liepaja", "remote")):
        response = client.get(f"{CHANGELIST}{enquiry.pk}/change/")
        assert (response.status_code == 200) == (enquiry.reference in expected), key


def test_a_consultant_cannot_change_another_branchs_request(client, queue):
    client.force_login(queue["consultant"])
    response = client.post(f"{CHANGELIST}{queue['liepaja'].pk}/change/", {"status": "closed"})
    assert response.status_code == 302 and "/admin/" in response["Location"]
    queue["liepaja"].refresh_from_db()
    assert queue["liepaja"].status == "new"


def change(client, enquiry, **extra):
    data = {
        "status": enquiry.status,
        "assigned_to": "",
        "notes-TOTAL_FORMS": "0",
        "notes-INITIAL_FORMS": "0",
        "replies-TOTAL_FORMS": "0",
        "replies-INITIAL_FORMS": "0",
        **extra,
    }
    return client.post(f"{CHANGELIST}{enquiry.pk}/change/", data)


def test_a_reply_written_in_the_admin_is_mailed_and_logged(client, queue):
    consultant, enquiry = queue["consultant"], queue["riga"]
    client.force_login(consultant)
    response = change(
        client,
        enquiry,
        **{
            "replies-TOTAL_FORMS": "1",
            "replies-0-body": "Добрый день! Продлить вид на жительство можно в PMLP.",
            "notes-TOTAL_FORMS": "1",
            "notes-0-text": "Phoned PMLP first.",
        },
    )
    assert response.status_code == 302
    enquiry.refresh_from_db()
    assert enquiry.status == "answered" and enquiry.assigned_to == consultant
    reply = enquiry.replies.get()
    assert reply.author == consultant and reply.mail.to == enquiry.email
    assert enquiry.notes.get().author == consultant
    run_queue()
    [message] = mail.outbox
    assert message.to == [enquiry.email] and enquiry.reference in message.subject
    assert "Ответ на ваш вопрос" in message.subject
    assert "Phoned PMLP" not in message.body  # internal notes never leave the admin
    reply.mail.refresh_from_db()
    assert reply.mail.status == "sent"


def test_closing_keeps_the_time_for_the_privacy_clock(client, queue):
    client.force_login(queue["consultant"])
    change(client, queue["riga"], status="closed")
    queue["riga"].refresh_from_db()
    assert queue["riga"].status == "closed" and queue["riga"].closed_at is not None


def test_take_over_assigns_and_starts_the_work(client, queue):
    client.force_login(queue["consultant"])
    client.post(CHANGELIST, {"action": "take_over", "_selected_action": [queue["riga"].pk]})
    queue["riga"].refresh_from_db()
    assert queue["riga"].assigned_to == queue["consultant"]
    assert queue["riga"].status == "in_progress"


def test_the_dashboard_counts_only_the_users_queue(queue):
    counts = enquiry_counts_for(queue["consultant"])
    assert counts == {"new": 1, "in_progress": 0, "answered": 0, "mine": 0, "unassigned": 1}
    assert enquiry_counts_for(UserFactory()) is None  # no permission, no panel
    request = RequestFactory().get("/")
    html = render_to_string("enquiries/_dashboard_panel.html", {"counts": counts}, request=request)
    assert "?status__exact=new" in html


def test_requests_are_never_added_in_the_admin(client, queue):
    client.force_login(UserFactory(is_superuser=True))
    assert client.get(f"{CHANGELIST}add/").status_code == 403
    assert Enquiry.objects.count() == 3
