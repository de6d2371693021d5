"""Every public page tells the truth about its languages.

The demo is loaded and some items of every kind are left in Latvian only (their Latvian
text carries a mark); then every page of the sitemap and the search, filter and answer
pages are read in Russian and English. Each marked text must sit inside `lang="lv"` and
have a notice beside it (a "(in Latvian)" note in its card, or the page's notice).
"""

import pytest

from tests.pages.crawl import MARK, Tree, sitemap_paths

pytestmark = pytest.mark.django_db

EXTRA = [
    "search/?q=daugavpils",
    "search/?q=juridiska+palidziba",
    "search/?q=dialogue",
    "search/?q=daugavpils&type=news",
    "services/?branch=daugavpils",
    "services/?category=legal-aid",
    "services/find-help/?branch=daugavpils&category=legal-aid&language=ru",
    "services/find-help/?language=en",
    "news/?category=agency-news",
    "events/past/",
    "events/dialogue-platform-2027-11/register/",  # the form page of a Latvian-only event
]
SKIPPED = {"head", "script", "title", "style"}
BLOCKS = {"li", "section", "main", "article", "dl", "table", "nav", "footer", "form", "header"}


def pages(client, language):
    paths = [path for path in sitemap_paths(client) if path.startswith(f"/{language}/")]
    return paths + [f"/{language}/{extra}" for extra in EXTRA]


def noticed(tree, node):
    """True when a note says the text is in Latvian: in its block, or for the whole page."""
    for ancestor in [node, *node.ancestors()]:
        if ancestor.tag == "option":
            return True  # a choice in a list can only carry its lang
        if any(d.has_class("fallback-note") for d in ancestor.descendants()):
            return True
        if ancestor.tag in BLOCKS:
            break
    return any(
        d.attrs.get("role") == "note" and d.has_class("fallback-notice")
        for d in tree.root.descendants()
    )


def problems_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    tree = Tree(response.content.decode())
    found = []
    for node, text in tree.texts:
        if MARK not in text or any(a.tag in SKIPPED for a in [node, *node.ancestors()]):
            continue
        if node.lang() != "lv":
            found.append((path, node.tag, text.strip()[:50], "no lang"))
        elif not noticed(tree, node):
            found.append((path, node.tag, text.strip()[:50], "no notice"))
    return found


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_text_in_another_language_carries_lang_and_a_notice(
    client, latvian_only_demo, language
):
    seen = pages(client, language)
    assert len(seen) > 40
    problems = [problem for path in seen for problem in problems_of(client, path)]
    assert not problems, "\n".join(map(str, problems))


def test_latvian_pages_mark_nothing_as_another_language(client, latvian_only_demo):
    for path in pages(client, "lv")[:60]:
        tree = Tree(client.get(path).content.decode())
        marked = [
            node
            for node in tree.root.descendants()
            if node.attrs.get("lang") == "lv"
            and node.tag != "html"
            and not any(a.has_class("lang-switch") for a in node.ancestors())
        ]
        assert not marked, (path, [(n.tag, n.attrs) for n in marked])


def test_feed_entries_say_their_own_language(client, latvian_only_demo):
    xml = client.get("/en/news/feed/").content.decode()
    assert 'xml:lang="en"' in xml
    entries = xml.split("<entry")[1:]
    latvian = [part for part in entries if MARK in part.split("</title>")[0]]
    assert latvian and all(part.startswith(' xml:lang="lv"') for part in latvian)
    assert all(part.startswith(' xml:lang="en"') for part in entries if part not in latvian)
