"""Passwords by Argon2 and the validators; a lockout after wrong passwords, lifted by an administrator."""

import importlib

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import clear_url_caches

from portal.settings import security

LOGIN = "/{lang}/admin/login/"


def sign_in(client, lang, password, address="10.1.2.3", username="editor"):
    return client.post(
        LOGIN.format(lang=lang),
        {"username": username, "password": password, "next": f"/{lang}/admin/"},
        REMOTE_ADDR=address,
    )


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "editor", "editor@example.lv", "correct-horse-battery-9", is_staff=True
    )


def test_new_passwords_are_hashed_with_argon2(settings):
    settings.PASSWORD_HASHERS = security.PASSWORD_HASHERS
    assert make_password("correct-horse-battery-9").startswith("argon2$")


def test_weak_passwords_are_refused(settings):
    settings.AUTH_PASSWORD_VALIDATORS = security.AUTH_PASSWORD_VALIDATORS
    for weak in ("password123", "12345678901234", "short-9"):
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("sieviete-pie-loga-77")


def test_wrong_passwords_lock_out_the_name_from_that_address(client, editor, language, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, language, "wrong-guess").status_code == 200
    assert sign_in(client, language, "wrong-guess").status_code == 429
    locked = sign_in(client, language, "correct-horse-battery-9")
    assert locked.status_code == 429
    assert int(locked["Retry-After"]) == 30 * 60
    text = locked.content.decode()
    expected = {
        "lv": "Pierakstīšanās ir bloķēta",
        "ru": "Вход заблокирован",
        "en": "Signing in is locked",
    }
    assert expected[language] in text
    assert "_auth_user_id" not in client.session
    # Another address is not locked out by someone else's guesses.
    elsewhere = sign_in(client, language, "correct-horse-battery-9", address="10.9.9.9")
    assert elsewhere.status_code == 302


def test_an_overlong_user_name_is_a_wrong_guess_not_an_error(client, editor, settings):
    """axes stores the name in a 255-character column: PostgreSQL refused a longer one (a 500)."""
    name = "ā" * 5000
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "lv", "x", username=name).status_code == 200
    assert sign_in(client, "lv", "x", username=name).status_code == 429
    assert AccessAttempt.objects.get().username == name[:150]


def test_an_administrator_unlocks_a_locked_out_sign_in(client, editor, make_person, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "en", "wrong-guess")
    assert sign_in(client, "en", "correct-horse-battery-9").status_code == 429
    attempt = AccessAttempt.objects.get()
    administrator = make_person("administrator")
    admin = client.__class__(HTTP_HOST="127.0.0.1")
    admin.force_login(administrator)
    listing = admin.get("/en/admin/axes/accessattempt/")
    assert listing.status_code == 200
    response = admin.post(
        "/en/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"},
    )
    assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert sign_in(client, "en", "correct-horse-battery-9").status_code == 302


def test_no_log_line_names_the_user_or_the_address(client, editor, caplog):
    for _ in range(3):
        sign_in(client, "lv", "wrong-guess", address="10.7.7.7")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "AXES" in text
    assert "editor" not in text and "10.7.7.7" not in text


@pytest.fixture
def admin_path(settings):
    import portal.urls

    def move(path):
        settings.ADMIN_PATH = path
        clear_url_caches()
        importlib.reload(portal.urls)

    yield move
    move("admin/")


def test_the_admin_moves_with_its_setting(client, admin_path, db):
    admin_path("office-7/")
    assert client.get("/lv/admin/login/").status_code == 404
    assert client.get("/lv/office-7/login/").status_code == 200
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /lv/office-7/" in robots and "/admin/" not in robots
