"""Two app processes on one database and one Redis: an edit through one shows through the other.

Both keep anonymous pages in the shared page cache (core.pagecache): a page stored by one is
served by the other, and an editor's save through either makes it stale for both at once.
"""

import re
import threading
import time

import pytest
import redis
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.db import connection
from django.test import override_settings

from benchmarks.client import Browser, request
from benchmarks.stack import Gunicorn, collect_static, production_env
from tests.live import redis_answers
from topics.models import Topic

REDIS = "redis://127.0.0.1:6379/14"


pytestmark = [
    pytest.mark.django_db(transaction=True),  # the processes see only what is committed
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"], reason="needs PostgreSQL"
    ),
    pytest.mark.skipif(not redis_answers(REDIS), reason="needs Redis on 127.0.0.1:6379"),
]


@pytest.fixture
def two_processes():
    db = connection.settings_dict
    url = f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"
    env = production_env(url, DJANGO_REDIS_URL=REDIS)
    collect_static(env)
    first, second = Gunicorn(env, workers=1), Gunicorn(env, workers=1)
    yield first.port, second.port
    first.stop(), second.stop()
    redis.Redis.from_url(REDIS).flushdb()  # DB 14 is this worktree's own


def test_an_edit_through_one_process_is_read_through_the_other(two_processes):
    first, second = two_processes
    topic = Topic.objects.create(slug="work", name_lv="Darbs", name_ru="Работа", name_en="Work")
    editor_user = get_user_model().objects.create_superuser("editor", "editor@example.lv")
    hasher = Argon2PasswordHasher()  # what production reads (the tests' MD5 is not among them)
    editor_user.password = hasher.encode("correct-horse-9", hasher.salt())
    editor_user.save()
    reader, other_reader = Browser(second), Browser(first)
    assert "Работа" in reader.go("GET", "/ru/topics/")[2]
    _, headers, page = other_reader.go("GET", "/ru/topics/")
    assert headers["X-Page-Cache"] == "hit", "the page stored by one process is the other's"
    assert "Работа" in page
    # Each process now keeps the page itself (core.pagememory): the edit must reach both.
    assert reader.go("GET", "/ru/topics/")[1]["X-Page-Cache"] == "hit"

    editor = Browser(first)
    _, _, login = editor.go("GET", "/lv/admin/login/")
    form = {**editor.form_data(login), "username": "editor", "password": "correct-horse-9"}
    assert editor.go("POST", "/lv/admin/login/", form)[0] == 302
    _, _, change = editor.go("GET", f"/lv/admin/topics/topic/{topic.pk}/change/")
    form = {**editor.form_data(change), "name_ru": "Работа и трудоустройство"}
    status, headers, _ = editor.go("POST", f"/lv/admin/topics/topic/{topic.pk}/change/", form)
    assert status == 302, "the change form was refused"

    _, headers, page = reader.go("GET", "/ru/topics/")
    assert headers["X-Page-Cache"] == "miss" and "Работа и трудоустройство" in page
    _, headers, page = other_reader.go("GET", "/ru/topics/")
    assert headers["X-Page-Cache"] == "hit" and "Работа и трудоустройство" in page
    # The editor's session, stored by the first process, is good in the second one too.
    editor.port = second
    assert editor.go("GET", "/lv/admin/")[0] == 200


def test_static_files_are_compressed_and_cached_forever_by_name(two_processes):
    first, _second = two_processes
    home = Browser(first).go("GET", "/lv/")[2]
    stylesheet = re.search(r'<link rel="stylesheet" href="([^"]+)"', home).group(1)
    assert re.search(r"\.[0-9a-f]{12}\.css$", stylesheet), "the name changes with the content"
    status, headers, _ = request(first, "GET", stylesheet, headers={"Accept-Encoding": "br"})
    assert status == 200 and headers["Content-Encoding"] == "br"
    assert (
        "immutable" in headers["Cache-Control"] and "max-age=315360000" in headers["Cache-Control"]
    )
    status, headers, page = request(first, "GET", "/lv/", headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"


def test_under_load_no_reader_gets_a_page_older_than_the_last_finished_edit(two_processes):
    """Four readers keep two processes busy (each keeping the page in its own memory, see
    core.pagememory) while an editor saves fifteen times: a request sent after a save has
    finished never shows what that save replaced."""
    topic = Topic.objects.create(slug="work", name_lv="Darbs", name_ru="Работа v0", name_en="Work")
    saved = [0.0]  # when each version's save had finished (version 0: before the readers)
    seen = []  # (sent at, version shown)
    stop = threading.Event()

    errors = []

    def read(port):
        while not stop.is_set():
            sent = time.monotonic()
            status, _headers, page = request(port, "GET", "/ru/topics/")
            shown = re.search(r"Работа v(\d+)", page)
            if status != 200 or shown is None:
                errors.append((port, status, page[:200]))
                return
            seen.append((sent, int(shown.group(1))))

    readers = [threading.Thread(target=read, args=(port,)) for port in two_processes * 2]
    for reader in readers:
        reader.start()
    # The cache the processes' settings make, so that a save here moves their generation.
    shared = {"BACKEND": "core.cache.SharedClientRedisCache", "LOCATION": REDIS}
    shared["KEY_PREFIX"] = "portal"
    try:
        with override_settings(CACHES={"default": shared}):
            for version in range(1, 16):
                time.sleep(0.1)
                topic.name_ru = f"Работа v{version}"
                topic.save()  # committed, and the generation moved (core.pagecache.bump)
                saved.append(time.monotonic())
        time.sleep(0.1)
    finally:
        stop.set()
        for reader in readers:
            reader.join(timeout=20)
    assert errors == []
    assert len(seen) > 100, "the readers kept both processes busy"
    stale = [
        (version, newest)
        for sent, version in seen
        for newest in [max(v for v, done in enumerate(saved) if done < sent)]
        if version < newest
    ]
    assert stale == []
    assert max(version for _sent, version in seen) == 15
