"""The house has one direction: core at the bottom, portal at the top, no app importing back."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Bottom to top: an app may import only apps before it in this list.
LAYERS = [
    "core",
    "languages",
    "topics",
    "branches",
    "services",
    "enquiries",
    "news",
    "events",
    "dialogue",
    "materials",
    "search",
    "privacy",
    "backoffice",
    "demo",
    "portal",
]
DOMAIN_APPS = set(LAYERS) - {"core", "portal", "demo", "backoffice"}


def imported_apps(app):
    """{(imported app, file)} for every import of a project app in `app`'s own code."""
    found = set()
    for path in (ROOT / app).rglob("*.py"):
        if "migrations" in path.parts or ("settings" in path.parts and app == "portal"):
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top in LAYERS and top != app:
                    found.add((top, str(path.relative_to(ROOT))))
    return found


@pytest.mark.parametrize("app", LAYERS)
def test_an_app_imports_only_apps_below_it(app):
    below = set(LAYERS[: LAYERS.index(app)])
    upward = sorted(
        (imported, where) for imported, where in imported_apps(app) if imported not in below
    )
    assert upward == []


def test_core_imports_no_domain_app():
    assert {imported for imported, _where in imported_apps("core")} & DOMAIN_APPS == set()


def test_no_domain_app_holds_demo_text():
    assert [
        app
        for app in DOMAIN_APPS
        if (ROOT / app / "demo.py").exists() or (ROOT / app / "demo").exists()
    ] == []
