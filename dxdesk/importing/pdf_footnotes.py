"""Footnotes at the foot of a PDF page.

A footnote is printed under the last line of the page's text, smaller than it, and starts
with its mark: a small raised number (:attr:`PdfLine.note`) or ``1``, ``(1)``, ``*`` in
front of its text. Footnotes are not part of the plan's text; left in, they would be
joined into the sentence that the page break cut in two. Lines at the foot of a page
that are smaller but do not start with a mark (a ``Nơi nhận`` block in a smaller type,
a table's note) are kept.
"""

from __future__ import annotations

import re
from collections import Counter

from dxdesk.importing.pdf_lines import PdfLine

__all__ = ["drop_footnotes"]

_NOTE_START_RE = re.compile(r"^(?:\d{1,3}|\(\d{1,3}\)|\*{1,3})\s*[^\W\d_]")
_SMALL = 0.88  # a footnote's size, at most, against the page's text


def _body_size(lines: list[PdfLine]) -> float | None:
    weights: Counter = Counter()
    for ln in lines:
        weights[round(ln.size * 2) / 2] += len(ln.text)
    return max(weights, key=weights.get) if weights else None


def _note_start(ln: PdfLine) -> bool:
    if ln.note:
        return True
    m = _NOTE_START_RE.match(ln.text)
    return bool(m) and not re.match(r"^\d{1,3}\s*[./)]", ln.text)


def drop_footnotes(items: list) -> list:
    """The page's lines and tables without the footnotes at its foot."""
    lines = [it for it in items if isinstance(it, PdfLine)]
    if len(lines) < 3:
        return items
    size = _body_size(lines)
    if not size:
        return items
    big = [ln for ln in lines if ln.size > _SMALL * size]
    if not big:
        return items
    lowest = min(ln.y for ln in big)
    others = [it for it in items if not isinstance(it, PdfLine)]
    if others:  # nothing is taken from under a table
        return items
    foot = sorted((ln for ln in lines if ln.y < lowest - 0.5 * size), key=lambda ln: -ln.y)
    small = [ln for ln in foot if ln.size <= _SMALL * size]
    if not small or not _note_start(small[0]):
        return items
    drop = {id(ln) for ln in small}
    return [it for it in items if id(it) not in drop]
