"""A small iCalendar (RFC 5545) writer: content lines, TEXT escaping, folding, UTC times.

The icalendar library builds a tree of property objects and folds each line character by
character; for a feed of a hundred events that was most of the request. What the feeds
write is a handful of known properties, so they are written directly.
"""

import datetime as dt

LINE_OCTETS = 75  # RFC 5545 3.1: lines longer than this are folded
CRLF = b"\r\n"


def text(value):
    """A TEXT value escaped (RFC 5545 3.3.11): backslash, semicolon, comma and newlines."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def utc(moment):
    """A DATE-TIME in UTC, the form every client reads the same (`20270119T080000Z`)."""
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    """One content line as bytes, folded at 75 octets without splitting a UTF-8 character."""
    data = line.encode()
    if len(data) <= LINE_OCTETS:
        return data
    parts = []
    start, limit = 0, LINE_OCTETS
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # a continuation byte: cut before its character
            end -= 1
        parts.append(data[start:end])
        start, limit = end, LINE_OCTETS - 1  # the leading space of the next line is an octet
    parts.append(data[start:])
    return b"\r\n ".join(parts)


def document(lines):
    """The bytes of a calendar file from unfolded content lines."""
    return CRLF.join(fold(line) for line in lines) + CRLF
