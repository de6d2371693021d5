"""Keep one SearchDocument per item: built on save, removed on delete, rebuilt on demand."""

import datetime as dt

from django.db import connection, transaction

from core.clock import RIGA
from core.folding import index_text, words
from core.richtext import plain_text
from search.models import SearchDocument, SearchWord
from search.sources import BY_MODEL, SOURCES

BATCH = 500
MAX_WORD = SearchWord._meta.get_field("word").max_length


def _sort_date(source, obj):
    value = getattr(obj, source.date_field) if source.date_field else None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time(), tzinfo=RIGA)
    return value


def build_document(source, obj):
    """An unsaved SearchDocument holding every form of every word of `obj`, in every language."""
    titles = source.texts(obj, source.title_fields)
    bodies = [plain_text(text) for text in source.texts(obj, source.body_fields)]
    first_title = source.texts(obj, source.title_fields[:1], "lv") or titles[:1]
    public, public_from = source.visibility(obj)
    return SearchDocument(
        kind=source.key,
        object_id=obj.pk,
        titles=index_text(*titles),
        body=index_text(*bodies),
        title_length=min(len(words(" ".join(first_title))), 32767),
        sort_date=_sort_date(source, obj),
        public=public,
        public_from=public_from,
    )


def _title_words(documents):
    found = {word for document in documents for word in document.titles.split()}
    return [SearchWord(word=word) for word in sorted(found) if len(word) <= MAX_WORD]


@transaction.atomic
def index_object(obj):
    """Store (or replace) the search document of `obj`; other models are ignored."""
    source = BY_MODEL.get(obj._meta.label)
    if source is None:
        return
    document = build_document(source, obj)
    SearchDocument.objects.update_or_create(
        kind=source.key,
        object_id=obj.pk,
        defaults={
            field: getattr(document, field)
            for field in ("titles", "body", "title_length", "sort_date", "public", "public_from")
        },
    )
    SearchWord.objects.bulk_create(_title_words([document]), ignore_conflicts=True)


def remove_object(obj):
    """Forget the search document of a deleted `obj`."""
    source = BY_MODEL.get(obj._meta.label)
    if source is not None:
        SearchDocument.objects.filter(kind=source.key, object_id=obj.pk).delete()


@transaction.atomic
def rebuild():
    """Rebuild every document and the title vocabulary from scratch; return how many."""
    SearchDocument.objects.all().delete()
    SearchWord.objects.all().delete()
    total = 0
    for source in SOURCES:
        batch = []
        for obj in source.model.objects.order_by("pk").iterator(chunk_size=BATCH):
            batch.append(build_document(source, obj))
            if len(batch) >= BATCH:
                total += _store(batch)
                batch = []
        total += _store(batch)
    if connection.vendor == "postgresql":  # fresh statistics, or the planner guesses badly
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchdocument")
            cursor.execute("ANALYZE search_searchword")
            # Bulk inserts wait in the GIN index's pending list, which every search would
            # read in full until autovacuum merges it: merge it now.
            cursor.execute("SELECT gin_clean_pending_list('search_document_vector'::regclass)")
    return total


def _store(documents):
    SearchDocument.objects.bulk_create(documents)
    SearchWord.objects.bulk_create(_title_words(documents), ignore_conflicts=True)
    return len(documents)
