"""A plain HTTP client for the stack on loopback: one request, or a visitor keeping cookies.

http.client only, so nothing is hidden (no redirects followed, no encodings undone).
"""

import http.client
from http.cookies import SimpleCookie


def request(port, method, path, body=None, headers=None, timeout=15):
    """(status, headers, text) of one request; plain http.client, so nothing is hidden."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers={"Host": "127.0.0.1", **(headers or {})})
        response = conn.getresponse()
        return (
            response.status,
            dict(response.getheaders()),
            response.read().decode(errors="replace"),
        )
    finally:
        conn.close()


class Browser:
    """Keeps the cookies a page sets, Secure ones included (the stack is plain http here)."""

    def __init__(self, port):
        self.port, self.cookies = port, {}

    def go(self, method, path, form=None):
        from urllib.parse import urlencode

        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
        try:
            conn.request(method, path, body=body, headers={"Host": "127.0.0.1", **headers})
            response = conn.getresponse()
            for value in response.headers.get_all("Set-Cookie") or []:
                for name, morsel in SimpleCookie(value).items():
                    self.cookies[name] = morsel.value
            return response.status, dict(response.getheaders()), response.read().decode()
        finally:
            conn.close()

    def form_data(self, html):
        """Every field of the page's main form with its current value, as a browser sends it."""
        from html.parser import HTMLParser

        data = {}

        class Fields(HTMLParser):
            textarea = None

            def handle_starttag(self, tag, attrs):
                attrs = dict(attrs)
                name = attrs.get("name")
                if tag == "input" and name and attrs.get("type") not in ("submit", "file"):
                    if attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs:
                        data[name] = attrs.get("value") or ("on" if attrs.get("type") else "")
                elif tag == "textarea" and name:
                    self.textarea = name
                    data[name] = ""

            def handle_data(self, text):
                if self.textarea:
                    data[self.textarea] += text

            def handle_endtag(self, tag):
                if tag == "textarea":
                    self.textarea = None

        Fields().feed(html)
        return data

    def form_fields(self, html):
        """The hidden fields of the page's forms (CSRF and one-time tokens)."""
        import re

        return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
