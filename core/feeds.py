"""An Atom feed whose entries say their own language, so a fallback entry is marked."""

from django.utils.feedgenerator import Atom1Feed


class MultilingualAtomFeed(Atom1Feed):
    """Atom 1.0 with `xml:lang` on an entry (and its summary) shown in another language.

    The feed's own `xml:lang` is the page language; an item added with `language="lv"`
    (and `summary_language`) overrides it where the text fell back.
    """

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("language"):
            attributes["xml:lang"] = item["language"]
        return attributes

    def add_item_elements(self, handler, item):
        summary = item.get("description")
        language = item.get("summary_language")
        if summary and language and language != item.get("language"):
            item = {**item, "description": None}
            super().add_item_elements(handler, item)
            handler.addQuickElement("summary", summary, {"type": "html", "xml:lang": language})
            return
        super().add_item_elements(handler, item)
