"""Every save or delete of a searchable item updates its search document."""

from django.db.models.signals import post_delete, post_migrate, post_save

from search import indexing
from search.sources import SOURCES


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:  # fixtures are indexed by rebuild_search_index
        indexing.index_object(instance)


def _deleted(sender, instance, **kwargs):
    indexing.remove_object(instance)


def _migrated(sender, using="default", **kwargs):
    """After an upgrade from before the documents existed, build them once."""
    from search.models import SearchDocument

    if SearchDocument.objects.using(using).exists():
        return
    if any(source.model.objects.using(using).exists() for source in SOURCES):
        indexing.rebuild()


def connect(app_config):
    """Connect the handlers to every model a Source searches, and to migrate."""
    for source in SOURCES:
        post_save.connect(_saved, sender=source.model, dispatch_uid=f"search-save-{source.key}")
        post_delete.connect(_deleted, sender=source.model, dispatch_uid=f"search-del-{source.key}")
    post_migrate.connect(_migrated, sender=app_config, dispatch_uid="search-migrated")
