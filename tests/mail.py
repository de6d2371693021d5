"""Helpers for tests of the mail queue: run the worker, start a real SMTP server on 127.0.0.1."""

import socket
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller
from django.db import transaction
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


def run_queue(limit=100):
    """Run every task that is due with db_worker's own Worker, as `db_worker --batch` does.

    The command itself closes the database connection between tasks, which would end the
    test's transaction; the claim-and-run steps are the same.
    """
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    ran = 0
    while ran < limit:
        with transaction.atomic():
            task_result = DBTaskResult.objects.ready().get_locked()
            if task_result is None:
                return ran
            task_result.claim(worker.worker_id)
        worker.run_task(task_result)
        ran += 1
    return ran


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    """aiosmtpd handler keeping every message it receives, parsed."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


class SmtpServer:
    """A real SMTP server on 127.0.0.1 that a test can stop and start on the same port."""

    def __init__(self, port=None):
        self.port = port or free_port()
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
