"""PDFs that would run something when opened: JavaScript, launch actions, embedded files.

pikepdf (qpdf) reads every object, including those packed in compressed object streams, where
a search of the raw bytes would not see them.
"""

import pikepdf

# Actions that run code, start programs or reach out when the reader triggers them.
ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/RichMediaExecute", "/GoToE"}


def _active(obj):
    """True when one PDF dictionary (or a stream's dictionary) is or holds active content."""
    if "/JS" in obj or "/EF" in obj:
        return True
    kind, action = obj.get("/Type"), obj.get("/S")
    if kind is not None and str(kind) == "/EmbeddedFile":
        return True
    return action is not None and str(action) in ACTIVE_ACTIONS


def _holds_active(obj, depth=0):
    """True when an object or one of the direct objects inside it is active.

    Indirect objects are reached on their own through `pdf.objects`, so only direct children
    (an /OpenAction dictionary written inside the catalogue, say) are walked here.
    """
    if depth > 50:
        return True  # no honest document nests that deep
    if isinstance(obj, pikepdf.Stream):
        obj = obj.stream_dict
    if isinstance(obj, pikepdf.Dictionary):
        if _active(obj):
            return True
        children = obj.values()
    elif isinstance(obj, pikepdf.Array):
        children = list(obj)
    else:
        return False
    return any(
        _holds_active(child, depth + 1)
        for child in children
        if not (isinstance(child, pikepdf.Object) and child.is_indirect)
    )


def pdf_danger(file):
    """What makes this PDF unsafe to offer ("javascript", "protected", "broken"), or None."""
    file.seek(0)
    try:
        with pikepdf.open(file) as pdf:
            root = pdf.Root
            names = root.get("/Names", {})
            if "/JavaScript" in names or "/EmbeddedFiles" in names:
                return "javascript"
            if "/XFA" in root.get("/AcroForm", {}):
                return "javascript"  # XML forms carry scripts of their own
            if any(_holds_active(obj) for obj in pdf.objects):
                return "javascript"
    except pikepdf.PasswordError:
        return "protected"
    except (pikepdf.PdfError, ValueError, OSError, RecursionError):
        return "broken"
    finally:
        file.seek(0)
    return None
