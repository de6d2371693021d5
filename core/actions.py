"""Writes shared by every content app: translation and review stamps."""

import datetime as dt

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from core.models import ReviewStamp, TranslationStamp


@transaction.atomic
def translation_stamp(*, obj, languages, user=None, now=None) -> list[str]:
    """Record that `obj`'s text in `languages` was written now; return the languages stamped."""
    now = now or timezone.now()
    content_type = ContentType.objects.get_for_model(obj)
    for code in languages:
        TranslationStamp.objects.update_or_create(
            content_type=content_type,
            object_id=obj.pk,
            language=code,
            defaults={"changed_at": now, "changed_by": user},
        )
    return list(languages)


@transaction.atomic
def review_stamp(*, objects, user=None, day: dt.date | None = None) -> int:
    """Record that someone checked `objects` on `day` (today by default)."""
    day = day or timezone.localdate()
    for obj in objects:
        ReviewStamp.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            defaults={"reviewed_on": day, "reviewed_by": user},
        )
    return len(objects)
