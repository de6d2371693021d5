"""The home page with everything it loads stays light on the wire and asks no other host."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import brotli
import pytest
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.core.management import call_command

pytestmark = pytest.mark.django_db

BUDGET = 60 * 1024  # bytes on the wire, HTML and every file the page makes the browser load


class Loads(HTMLParser):
    """Every address the browser fetches while showing the page (not links it may follow)."""

    def __init__(self):
        super().__init__()
        self.addresses = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in {"stylesheet", "icon", "preload", "modulepreload"}:
            self.addresses.append(attrs["href"])
        elif tag in {"script", "img", "iframe", "video", "audio", "source", "embed"}:
            for name in ("src", "srcset"):
                if attrs.get(name):
                    # Of a srcset, a phone takes one candidate: count the largest to be safe.
                    candidates = [c.strip().split(" ")[0] for c in attrs[name].split(",")]
                    self.addresses.append(candidates[-1])
        for value in re.findall(r"url\(([^)]+)\)", attrs.get("style") or ""):
            self.addresses.append(value.strip("'\""))


def wire_size(address):
    """Bytes of one same-site file as sent: text compressed with brotli, images as they are."""
    path = urlsplit(address).path
    if path.startswith("/static/"):
        with open(finders.find(path.removeprefix("/static/")), "rb") as handle:
            data = handle.read()
    else:
        with default_storage.open(path.removeprefix("/media/")) as handle:
            data = handle.read()
    if path.endswith((".css", ".js", ".svg")):
        return len(brotli.compress(data))
    return len(data)


@pytest.mark.parametrize("language", ["lv", "ru", "en"])
def test_the_home_page_and_all_it_loads_stays_under_60_kb_from_this_site_only(client, language):
    call_command("load_demo", verbosity=0)
    response = client.get(f"/{language}/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert response.status_code == 200 and response["Content-Encoding"] == "br"
    parser = Loads()
    parser.feed(brotli.decompress(response.content).decode())
    assert any(a.endswith(".css") for a in parser.addresses), "the stylesheet is counted"

    other_hosts = [a for a in parser.addresses if urlsplit(a).netloc]
    assert other_hosts == []
    total = len(response.content) + sum(wire_size(a) for a in set(parser.addresses))
    assert total < BUDGET, f"{total} bytes: {sorted(set(parser.addresses))}"
    # CSS may load more (fonts, images): none, or only from this site.
    for address in parser.addresses:
        if address.endswith(".css"):
            css = Path(finders.find(urlsplit(address).path.removeprefix("/static/"))).read_text()
            assert re.findall(r"url\((['\"]?)(https?:)?//", css) == []
            assert "@import" not in css
