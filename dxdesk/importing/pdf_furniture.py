"""Running headers in the top margin of a PDF page.

The repeated-line rule of :mod:`dxdesk.importing.paragraphs` needs three pages or more;
a running header is also known by where it is printed: in the top margin of a page after
the first, in a smaller type than the text, apart from the text under it by more than
the space of a line (the plan's number ``Số: 123/KH-UBND``, a running title, a page
number). Left in, it would be joined into the sentence the page break cut in two.
"""

from __future__ import annotations

import re
from collections import Counter

from dxdesk.importing.labels import match_label
from dxdesk.importing.paragraphs import is_page_number
from dxdesk.importing.pdf_lines import PdfLine
from dxdesk.importing.pdf_tables import PdfTable

__all__ = ["drop_running_headers"]

_SMALL = 0.88  # a running header's size, at most, against the text's
_NUMBER_RE = re.compile(r"^Số\s*:?\s*\d+\s*/", re.IGNORECASE)
_APPENDIX_RE = re.compile(r"^\s*(?:phụ lục|phụ biểu)", re.IGNORECASE)


def _body_size(per_page: list[list]) -> float | None:
    weights: Counter = Counter()
    for items in per_page:
        for ln in items:
            if isinstance(ln, PdfLine):
                weights[round(ln.size * 2) / 2] += len(ln.text)
    return max(weights, key=weights.get) if weights else None


def _top(item) -> float | None:
    if isinstance(item, PdfLine):
        return item.y
    if isinstance(item, PdfTable):
        ys = [ln.y for row in item.rows for cell in row for ln in cell.lines]
        return max(ys) if ys else None
    return None


def _furniture(ln: PdfLine, size: float) -> bool:
    text = ln.text.strip()
    if len(text) > 120 or match_label(text) is not None or _APPENDIX_RE.match(text):
        return False
    if _NUMBER_RE.match(text) or is_page_number(text):
        return True
    return ln.size <= _SMALL * size and not ln.bold


def drop_running_headers(per_page: list[list]) -> None:
    """Drop, in place, the lines of the top margin of every page after the first."""
    size = _body_size(per_page)
    if not size:
        return
    for index in range(1, len(per_page)):
        items = per_page[index]
        tops = sorted(((t, it) for it in items if (t := _top(it)) is not None),
                      key=lambda pair: -pair[0])
        if len(tops) < 2:
            continue
        band: list = []
        rows: list[float] = []
        for (y, item), (below, _next) in zip(tops, tops[1:]):
            if not isinstance(item, PdfLine):
                break
            if not rows or abs(rows[-1] - y) > 0.5 * size:
                rows.append(y)
            band.append(item)
            if len(rows) > 2:
                band = []
                break
            if y - below > 2.0 * size:
                break
        else:
            band = []
        if band and all(_furniture(ln, size) for ln in band):
            drop = {id(ln) for ln in band}
            items[:] = [it for it in items if id(it) not in drop]
