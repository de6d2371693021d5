"""Log lines as JSON with the request's id, and a filter that keeps personal data out of them.

Callers log kinds and ids, never what a person typed; the filter is the second line: it masks
e-mail addresses and phone numbers that slip into a message or an exception's text.
"""

import contextvars
import datetime as dt
import json
import logging
import re

request_id = contextvars.ContextVar("request_id", default="-")

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# +371 67 000 000, 0037120000000, 20 000 000, 20000000: Latvian and international numbers.
PHONE = re.compile(r"(?:\+|\b00)\d[\d ()./-]{6,}\d|\b\d{2}[ -]\d{3}[ -]\d{3}\b|\b\d{8,15}\b")


def mask_personal_data(text):
    """`text` with e-mail addresses and phone numbers replaced by placeholders."""
    return PHONE.sub("[phone]", EMAIL.sub("[email]", text))


class RequestIdFilter(logging.Filter):
    """Puts the current request's id (or "-" outside a request) on every record.

    Django writes its "Not Found" and "Internal Server Error" lines after the middleware has
    returned; those records carry the request itself, which carries its id.
    """

    def filter(self, record):
        request = getattr(record, "request", None)
        record.request_id = getattr(request, "id", None) or request_id.get()
        return True


class PersonalDataFilter(logging.Filter):
    """Masks e-mail addresses and phone numbers in the message and the exception's text."""

    def filter(self, record):
        message = record.getMessage()
        record.msg, record.args = mask_personal_data(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_personal_data(record.exc_text)
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, request id, message, exception."""

    def format(self, record):
        entry = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", request_id.get()),
            "message": record.getMessage(),
        }
        if getattr(record, "status_code", None):
            entry["status"] = record.status_code
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)
