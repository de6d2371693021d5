"""What the dashboard shows: what needs review, which translations are missing or outdated."""

import datetime as dt

from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone

from branches.models import Branch
from branches.scoping import scoped
from core.admin.status import TranslationStatusMixin, language_name
from core.models import ReviewStamp
from core.translations import Status, missing_q, object_status, outdated_q, target_languages
from services.models import BranchService, Service

ROWS_SHOWN = 15


def review_cutoff(today=None):
    """The day before which a review is too old (BACKOFFICE_REVIEW_AFTER_DAYS ago)."""
    return (today or timezone.localdate()) - dt.timedelta(
        days=settings.BACKOFFICE_REVIEW_AFTER_DAYS
    )


def _change_url(obj):
    return reverse(f"admin:{obj._meta.app_label}_{obj._meta.model_name}_change", args=[obj.pk])


def needs_review(user, today=None):
    """Branches, offers and services not checked since the cutoff: the user's own first."""
    cutoff = review_cutoff(today)
    rows = []
    if user.has_perm("branches.view_branch"):
        stale = Branch.objects.filter(Q(last_reviewed__lt=cutoff) | Q(last_reviewed__isnull=True))
        own = set(stale.filter(editors=user).values_list("pk", flat=True))
        for branch in scoped(stale, user, ""):
            rows.append((branch, branch.last_reviewed, branch.pk in own, _change_url(branch)))
    if user.has_perm("services.view_branchservice"):
        reviews = ReviewStamp.objects.filter(
            content_type=ContentType.objects.get_for_model(BranchService), object_id=OuterRef("pk")
        )
        offers = (
            scoped(BranchService.objects.all(), user, "branch")
            .select_related("branch", "service")
            .annotate(reviewed_on=Subquery(reviews.values("reviewed_on")[:1]))
            .filter(Q(reviewed_on__lt=cutoff) | Q(reviewed_on__isnull=True))
        )
        own = set(user.edited_branches.values_list("pk", flat=True))
        for offer in offers:
            rows.append(
                (offer, offer.reviewed_on, offer.branch_id in own, _change_url(offer.branch))
            )
    if user.has_perm("services.change_service"):
        for service in Service.objects.filter(last_reviewed__lt=cutoff):
            rows.append((service, service.last_reviewed, False, _change_url(service)))
    rows.sort(key=lambda row: (not row[2], row[1] or dt.date.min))
    return [
        {"object": obj, "model": obj._meta.verbose_name, "reviewed": day, "own": own, "url": url}
        for obj, day, own, url in rows
    ]


def needs_review_panel(request):
    """The "needs review" panel, or None when there is nothing to review."""
    rows = needs_review(request.user)
    if not rows:
        return None
    return {"rows": rows[:ROWS_SHOWN], "total": len(rows), "cutoff": review_cutoff()}


def tracked_admins(request):
    """(model, model admin) of every content type with a translation status the user sees."""
    return [
        (model, model_admin)
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, TranslationStatusMixin)
        and model_admin.has_view_permission(request)
    ]


def translation_counts(request):
    """One row per content type: missing and outdated counts per language, with list links."""
    languages = target_languages()
    rows = []
    for model, model_admin in tracked_admins(request):
        queryset = model_admin.get_queryset(request)
        counts = {}
        for code in languages:
            missing = missing_q(model, code)
            counts[f"missing_{code}"] = Count("pk", filter=missing, distinct=True)
            counts[f"outdated_{code}"] = Count(
                "pk", filter=outdated_q(code) & ~missing, distinct=True
            )
        totals = queryset.order_by().aggregate(**counts)
        changelist = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        cells = [
            {
                "language": code,
                **{
                    status: {
                        "count": totals[f"{status}_{code}"],
                        "url": f"{changelist}?translation={status}-{code}",
                    }
                    for status in (Status.MISSING, Status.OUTDATED)
                },
            }
            for code in languages
        ]
        rows.append({"model": model._meta.verbose_name_plural, "cells": cells})
    rows.sort(key=lambda row: str(row["model"]))
    return rows


def own_translation_work(request):
    """The user's own branches that miss or have outdated texts, with the languages concerned."""
    if request.user.has_perm("branches.manage_every_branch"):
        return []
    branch_admin = admin.site._registry.get(Branch)
    branches = branch_admin.get_queryset(request) if branch_admin else Branch.objects.none()
    work = []
    for branch in branches:
        statuses = [(code, object_status(branch, code)) for code in target_languages()]
        pending = [
            (language_name(code), status) for code, status in statuses if status != Status.CURRENT
        ]
        if pending:
            work.append({"object": branch, "url": _change_url(branch), "pending": pending})
    return work


def translations_panel(request):
    """Own items first, then the content type × language counts; None for nobody's business."""
    rows = translation_counts(request)
    if not rows:
        return None
    return {
        "own": own_translation_work(request),
        "rows": rows,
        "languages": [(code, language_name(code)) for code in target_languages()],
    }
