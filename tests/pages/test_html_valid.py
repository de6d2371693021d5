"""The W3C Nu HTML Checker finds no error on any page type, in any language.

Every page type is rendered (with some content left Latvian-only, so fallbacks are
checked too), written to files, and checked by one run of vnu.jar (npm vnu-jar, Java).
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
PAGES = [
    "",
    "contact/",
    "accessibility/",
    "branches/",
    "branches/daugavpils/",
    "services/",
    "services/?branch=daugavpils&mode=in_person",
    "services/?branch=atlantis",
    "services/legal-aid/",
    "services/find-help/",
    "services/find-help/?branch=daugavpils&category=legal-aid&language=ru",
    "topics/",
    "topics/residence-permits/",
    "topics/residence-permits/materials/",
    "news/",
    "news/daugavpils-branch-opens/",
    "events/",
    "events/past/",
    "events/daugavpils-information-day-2027-02/",
    "events/dialogue-platform-2027-01/register/",
    "events/dialogue-platform-2020-09/",
    "materials/",
    "materials/residence-permit-checklist/",
    "ask/",
    "ask/?branch=daugavpils&service=legal-aid",
    "dialogue-platform/",
    "search/",
    "search/?q=Лиепае",
    "search/?q=daugavpils&type=news",
    "search/?q=transaltion",
    "search/?q=zzzzqqq",
    "no-such-page/",
]


@pytest.mark.skipif(not VNU.exists() or not shutil.which("java"), reason="needs vnu-jar and Java")
def test_every_page_type_in_every_language_is_valid_html(client, latvian_only_demo, tmp_path):
    files = {}
    for code, _name in settings.LANGUAGES:
        for number, page in enumerate(PAGES):
            response = client.get(f"/{code}/{page}")
            assert response.status_code in (200, 400, 404), page
            path = tmp_path / f"{code}-{number:02}.html"
            path.write_bytes(response.content)
            files[path.name] = f"/{code}/{page}"
    result = subprocess.run(
        [
            "java",
            "-jar",
            str(VNU),
            "--format",
            "json",
            "--stdout",
            *map(str, sorted(tmp_path.iterdir())),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stdout)["messages"]
    errors = [
        f"{files[Path(m['url']).name]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    assert not errors, "\n".join(errors)
