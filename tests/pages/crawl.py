"""Helpers to crawl every public page: the URLs, a small HTML tree, Latvian-only content."""

import re
from html.parser import HTMLParser

from django.apps import apps
from modeltranslation.translator import translator

MARK = "‹lv›"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}  # fmt: skip
# Models whose first few items are made Latvian-only before the crawl.
FALLBACK_MODELS = {
    "branches.Branch": {"slug": "daugavpils"},
    "services.Service": {"slug": "legal-aid"},
    "services.Category": {"slug": "legal-aid"},
    "services.BranchService": {"branch__slug": "daugavpils"},
    "topics.Topic": {"slug": "residence-permits"},
    "news.Post": {"slug": "daugavpils-branch-opens"},
    "news.Category": {},
    "events.Event": {"slug__startswith": "dialogue-platform"},
    "events.Series": {},
    "materials.Material": {"slug": "residence-permit-checklist"},
    "branches.Closure": {"branch__slug": "daugavpils"},
}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def lang(self):
        node = self
        while node is not None:
            if "lang" in node.attrs:
                return node.attrs["lang"]
            node = node.parent
        return None

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def descendants(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.descendants()

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def has_class(self, name):
        return name in self.attrs.get("class", "").split()


class Tree(HTMLParser):
    """A forgiving DOM: enough to know each text's element, its lang and its neighbours."""

    def __init__(self, html):
        super().__init__()
        self.root = Node("#document", [], None)
        self.current = self.root
        self.texts = []  # (node, text)
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)
        if data.strip():
            self.texts.append((self.current, data))


def make_latvian_only():
    """Blank every translation but Latvian of some items of each kind; mark their Latvian."""
    for label, lookup in FALLBACK_MODELS.items():
        model = apps.get_model(label)
        fields = translator.get_options_for_model(model).all_fields
        for obj in model.objects.filter(**lookup)[:3]:
            changes = {}
            for field in fields:
                latvian = getattr(obj, f"{field}_lv")
                if latvian and "url" not in field:
                    changes[f"{field}_lv"] = f"{latvian} {MARK}"
                for code in ("ru", "en", "uk"):
                    column = model._meta.get_field(f"{field}_{code}")
                    changes[f"{field}_{code}"] = None if column.null else ""
            model.objects.filter(pk=obj.pk).update(**changes)


def sitemap_files(client):
    """The text of every file the sitemap index lists, in its order."""
    index = client.get("/sitemap.xml").content.decode()
    files = re.findall(r"<loc>([^<]+)</loc>", index)
    return [client.get(re.sub(r"^https?://[^/]+", "", url)).content.decode() for url in files]


def sitemap_paths(client):
    """Every page path the sitemap lists, in every language."""
    xml = "".join(sitemap_files(client))
    return sorted(
        {re.sub(r"^https?://[^/]+", "", url) for url in re.findall(r"<loc>([^<]+)</loc>", xml)}
    )
