"""Every response carries the security headers; public pages need no nonce and no inline code."""

import re

import pytest

PAGES = ["/{lang}/", "/{lang}/branches/", "/{lang}/ask/", "/{lang}/no-such-page/"]


@pytest.fixture
def production_headers(settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_public_pages_carry_every_security_header(client, language, path, production_headers):
    response = client.get(path.format(lang=language), secure=True)
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    for name in ("script-src", "style-src"):
        assert "'unsafe-inline'" not in directives[name]
        assert "'unsafe-eval'" not in directives[name]
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"
    assert "nonce-" not in policy, "a public page must not need a nonce (it may be cached)"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_public_pages_hold_no_inline_script_or_style(client, language, path):
    html = client.get(path.format(lang=language)).content.decode()
    executable = [
        tag
        for tag in re.findall(r"<script\b[^>]*>", html)
        if "src=" not in tag and 'type="application/ld+json"' not in tag
    ]
    assert executable == []
    assert re.findall(r"<style\b|\sstyle=", html) == []
