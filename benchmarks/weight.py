"""What a browser downloads for one page: the HTML and what it loads, as sent over the wire."""

import http.client
import re
from urllib.parse import urljoin, urlsplit

from benchmarks.wrk import ENCODINGS

ASSET = re.compile(
    r"<(?:script|img|source)\b[^>]*?\s(?:src|srcset)=\"([^\" ]+)"
    r"|<link\b(?=[^>]*\srel=\"(?:stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)\")"
    r"[^>]*?\shref=\"([^\"]+)\"",
    re.IGNORECASE,
)
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
LOCAL = ("127.0.0.1", "localhost")


def fetch(port, path, encodings=None, timeout=30):
    """(status, headers, body bytes) of one GET on 127.0.0.1:`port` without cookies."""
    headers = {"Host": "127.0.0.1", **({"Accept-Encoding": encodings} if encodings else {})}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def page_weight(port, path):
    """The page and its scripts, styles, icons and images (and the url()s of its styles):
    KB sent when gzip and brotli are accepted, KB uncompressed, requests, and other hosts."""
    _, _, html = fetch(port, path)
    queue = [
        urljoin(f"http://127.0.0.1{path}", a or b)
        for a, b in ASSET.findall(html.decode(errors="replace"))
    ]
    wire = raw = requests = 0
    outside, seen = set(), set()
    queue.insert(0, f"http://127.0.0.1{path}")
    while queue:
        url = queue.pop(0)
        if url in seen or url.startswith("data:"):
            continue
        seen.add(url)
        parts = urlsplit(url)
        if parts.hostname not in LOCAL:
            outside.add(parts.hostname or url)
            continue
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        status, headers, sent = fetch(port, target, ENCODINGS)
        _, _, plain = fetch(port, target) if headers.get("Content-Encoding") else (0, 0, sent)
        wire, raw, requests = wire + len(sent), raw + len(plain), requests + 1
        if parts.path.endswith(".css") and status == 200:
            queue += [
                urljoin(url, found) for found in CSS_URL.findall(plain.decode(errors="replace"))
            ]
    return {"wire_kb": wire / 1024, "raw_kb": raw / 1024, "requests": requests,
            "outside": sorted(outside)}  # fmt: skip
