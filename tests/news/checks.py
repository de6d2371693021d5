"""What every news page must be: well nested, ids unique, images described, headings in order."""

from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}  # fmt: skip


class _Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.ids, self.labels, self.controls = [], [], set(), []
        self.headings, self.problems = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "img" and "alt" not in attrs:
            self.problems.append(f"<img> without alt: {attrs.get('src')}")
        if tag == "label" and attrs.get("for"):
            self.labels.add(attrs["for"])
        if tag in {"select", "input", "textarea"} and attrs.get("type") != "hidden":
            self.controls.append(attrs.get("id"))
        if len(tag) == 2 and tag[0] == "h" and tag[1].isdigit():
            self.headings.append(int(tag[1]))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        self.stack.pop()


def page_problems(html):
    """A list of what is wrong with the page; empty when it passes."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    problems = list(checker.problems)
    if checker.stack:
        problems.append(f"unclosed: {checker.stack}")
    duplicates = {i for i in checker.ids if checker.ids.count(i) > 1}
    if duplicates:
        problems.append(f"duplicate ids: {duplicates}")
    for control in checker.controls:
        if control not in checker.labels:
            problems.append(f"form control without a label: {control}")
    if checker.headings.count(1) != 1:
        problems.append(f"{checker.headings.count(1)} <h1> elements")
    for before, after in zip(checker.headings, checker.headings[1:], strict=False):
        if after > before + 1:
            problems.append(f"heading jumps from h{before} to h{after}")
    return problems
