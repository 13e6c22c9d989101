"""Scanned pages of a PDF: a page that is an image with (nearly) no text of its own.

A scanner or a phone app often leaves a little text on each page image: ``Scanned with
CamScanner``, or the digital signature's stamp (``Ký bởi: …``, ``Thời gian ký: …``). A
page is a scan when it shows an image and has fewer than :data:`SCAN_CHARS` characters
of text; a file whose pages are mostly scans is refused as a scan, not read as an empty
plan. An OCR'd scan (an image under a text layer) has its text, and is read.
"""

from __future__ import annotations

from dxdesk.importing.pdf_objects import lookup

__all__ = ["SCAN_CHARS", "shows_image", "mostly_scans"]

SCAN_CHARS = 200  # a page of a plan holds 1 500 characters or more


def shows_image(page, depth: int = 0) -> bool:
    """Whether the page (or a form on it) has an image among its resources."""
    resources = lookup(page, "/Resources")
    xobjects = lookup(resources, "/XObject") if resources is not None else None
    if xobjects is None or not hasattr(xobjects, "keys"):
        return False
    try:
        names = list(xobjects.keys())[:50]
    except Exception:
        return False
    for name in names:
        xobject = lookup(xobjects, name)
        subtype = lookup(xobject, "/Subtype") if xobject is not None else None
        if subtype == "/Image":
            return True
        if subtype == "/Form" and depth < 2 and shows_image(xobject, depth + 1):
            return True
    return False


def mostly_scans(scanned: int, read: int) -> bool:
    """Whether a file is a scan: more than half of the pages read are scanned pages."""
    return read > 0 and scanned * 2 > read
