"""schema.org JSON-LD that is safe to place inside a <script> element."""

import json

from django.utils.safestring import mark_safe

_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def to_json_ld(data):
    """`data` as JSON safe to place inside a <script> element."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_ESCAPES))  # noqa: S308
