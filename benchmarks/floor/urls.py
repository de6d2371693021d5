"""One view answering 30 KB of HTML, built once at import: a page with no work behind it."""

from django.http import HttpResponse
from django.urls import path

SIZE = 30 * 1024
_ROW = "<p>Latvija ir valsts Baltijas jūras austrumu krastā. Rīga ir tās galvaspilsēta.</p>\n"
_HEAD = '<!doctype html>\n<html lang="lv">\n<head><meta charset="utf-8"><title>Floor</title></head>\n<body>\n'
_TAIL = "</body>\n</html>\n"
_rows = (SIZE - len(_HEAD.encode()) - len(_TAIL)) // len(_ROW.encode())
_body = (_HEAD + _ROW * _rows).encode()
HTML = _body + b" " * (SIZE - len(_body) - len(_TAIL)) + _TAIL.encode()


def page(request):
    """The same 30 KB of HTML for every request."""
    return HttpResponse(HTML)


urlpatterns = [path("", page)]
