"""Every save or delete of a searchable item updates its search document."""

from django.db.models.signals import post_delete, post_save

from search import indexing
from search.sources import SOURCES


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:  # fixtures are indexed by rebuild_search_index
        indexing.index_object(instance)


def _deleted(sender, instance, **kwargs):
    indexing.remove_object(instance)


def connect():
    """Connect the handlers to every model a Source searches."""
    for source in SOURCES:
        post_save.connect(_saved, sender=source.model, dispatch_uid=f"search-save-{source.key}")
        post_delete.connect(_deleted, sender=source.model, dispatch_uid=f"search-del-{source.key}")
