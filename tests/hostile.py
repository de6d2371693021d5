"""A seeded generator of hostile requests over every URL pattern, parameter and form field.

Each case is a plain dict (method, path, query, headers, body, content_type) so the same cases
can be sent through Django's test client or over a socket. The generator is bounded: a fixed
seed and a fixed number of cases per kind, so a run takes seconds and is the same every time.
"""

import json
import random
from urllib.parse import quote, urlencode

from django.urls import URLPattern, URLResolver, get_resolver

from tests.hostile_values import (  # noqa: F401 - MARKER is read by the test
    CHARSETS,
    CONVERTER_VALUES,
    HEADERS,
    MARKER,
    METHODS,
    QUERY_PARAMS,
    RAW_QUERIES,
    VALUES,
)


def url_patterns(resolver=None, prefix=""):
    """[(route with <converter:name> parts, name)] for every pattern of the URL resolver."""
    resolver = resolver or get_resolver()
    found = []
    for entry in resolver.url_patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver):
            found += url_patterns(entry, prefix + route)
        elif isinstance(entry, URLPattern):
            found.append((prefix + route, entry.name))
    return found


def fill(route, rng, slugs, lang):
    """One concrete path for a route: real slugs where they exist, hostile values elsewhere."""
    import re

    route = route.lstrip("^").rstrip("$").replace("\\Z", "")
    # The language prefix of i18n_patterns and the regex routes of the admin.
    route = re.sub(r"^(lv|ru|en|uk)/", f"{lang}/", route)
    route = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: f"<str:{m.group(1)}>", route)
    route = route.replace("\\", "")

    def value(match):
        kind = match.group(1) or "str"
        if kind == "slug" and rng.random() < 0.6:
            return rng.choice(slugs)
        return quote(rng.choice(CONVERTER_VALUES.get(kind, CONVERTER_VALUES["str"])), safe="%")

    return "/" + re.sub(r"<(?:(\w+):)?\w+>", value, route)


def body_cases(rng, fields):
    """Bodies for a form with these fields: charsets, multipart, truncated, oversized, junk."""
    data = {name: rng.choice(VALUES) for name in fields}
    encoded = urlencode(data, doseq=True).encode()
    cases = []
    for charset in CHARSETS:
        content_type = "application/x-www-form-urlencoded" + (
            f"; charset={charset}" if charset else ""
        )
        try:
            body = urlencode(data).encode(charset.strip('";') or "utf-8", errors="replace")
        except LookupError:
            body = encoded
        cases.append((body, content_type, {}))
    cases += [
        (encoded, "multipart/form-data", {}),
        (
            b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb',
            "multipart/form-data; boundary=x",
            {},
        ),
        (b"--x\r\n" * 5000, "multipart/form-data; boundary=x", {}),
        (
            b'--x\r\nContent-Disposition: form-data; name="f"; filename="../../a.svg"\r\n'
            b"Content-Type: image/svg+xml\r\n\r\n<svg onload=alert(14)>\r\n--x--\r\n",
            "multipart/form-data; boundary=x; charset=utf-16",
            {},
        ),
        (
            encoded[: len(encoded) // 2],
            "application/x-www-form-urlencoded",
            {"CONTENT_LENGTH": "100000"},
        ),
        (encoded, "application/x-www-form-urlencoded", {"CONTENT_LENGTH": "-1"}),
        (encoded, "application/x-www-form-urlencoded", {"CONTENT_LENGTH": "abc"}),
        (b"a=" + b"x" * (3 * 1024 * 1024), "application/x-www-form-urlencoded", {}),
        (b"&".join(b"f%d=1" % i for i in range(2500)), "application/x-www-form-urlencoded", {}),
        (json.dumps(data).encode(), "application/json", {}),
        (bytes(rng.randrange(256) for _ in range(2048)), "application/octet-stream", {}),
        (bytes(rng.randrange(256) for _ in range(2048)), "application/x-www-form-urlencoded", {}),
        (encoded, "text/plain; charset=utf-16", {}),
        (encoded, "", {}),
        (encoded, "multipart/form-data; boundary=" + "b" * 5000, {}),
    ]
    return cases


def cases(*, seed, slugs, forms, languages, per_route=4):
    """Every hostile case, in a fixed order for a fixed seed.

    `forms` maps a path template ({lang} in it) to the names of the fields its form posts.
    """
    rng = random.Random(seed)
    out = []
    for route, _name in url_patterns():
        for _ in range(per_route):
            lang = rng.choice([*languages, "xx"])
            path = fill(route, rng, slugs, lang)
            params = {
                rng.choice(QUERY_PARAMS): rng.choice(VALUES) for _ in range(rng.randint(0, 3))
            }
            out.append({"method": "GET", "path": path, "query": urlencode(params), "headers": {}})
        out.append(
            {
                "method": rng.choice(METHODS),
                "path": fill(route, rng, slugs, "lv"),
                "query": rng.choice(RAW_QUERIES),
                "headers": rng.choice(HEADERS),
            }
        )
    for template, fields in forms.items():

        def path(template=template):  # each case in one of the languages, by turn of the seed
            return template.format(lang=rng.choice(languages))

        for body, content_type, extra in body_cases(rng, fields):
            out.append(
                {
                    "method": "POST",
                    "path": path(),
                    "query": "",
                    "body": body,
                    "content_type": content_type,
                    "headers": extra,
                }
            )
        for name in fields:  # each field alone with hostile values, the others plain
            for value in rng.sample(VALUES, 12):
                data = {field: "x" for field in fields} | {name: value}
                out.append(
                    {
                        "method": "POST",
                        "path": path(),
                        "query": "",
                        "headers": {},
                        "body": urlencode(data).encode(),
                        "content_type": "application/x-www-form-urlencoded",
                    }
                )
        for method in METHODS:
            out.append(
                {
                    "method": method,
                    "path": path(),
                    "query": rng.choice(RAW_QUERIES),
                    "headers": rng.choice(HEADERS),
                }
            )
    for param in QUERY_PARAMS:
        for value in rng.sample(VALUES, 15):
            path = rng.choice(
                [
                    "/{lang}/services/",
                    "/{lang}/search/",
                    "/{lang}/news/",
                    "/{lang}/materials/",
                    "/{lang}/ask/",
                    "/{lang}/services/find-help/",
                    "/{lang}/events/",
                    "/{lang}/branches/",
                ]
            ).format(lang=rng.choice(languages))
            out.append(
                {"method": "GET", "path": path, "query": urlencode({param: value}), "headers": {}}
            )
    for headers in HEADERS:
        for path in ("/", "/lv/", "/ru/ask/", "/en/admin/login/", "/healthz", "/robots.txt"):
            out.append({"method": "GET", "path": path, "query": "", "headers": headers})
    return out
