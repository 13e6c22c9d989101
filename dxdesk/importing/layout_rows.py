"""Text from ``pdftotext -layout``: a row of a table whose columns stand shifted.

``pdftotext -layout`` squeezes a PDF page into characters one row at a time, so a column
may start a few characters left of where it starts in the other rows, and a long line of
the cell on its left then runs on one space before it::

    2     Xây dựng chuyên mục         Sở Thông        Báo
          chuyển đổi số trên báo, đài tin và          Quảng
          của tỉnh                    Truyền          Ngãi; Đài

A cell's lines all start at the same place inside one row: here ``Sở Thông``, ``Truyền``
and ``thông`` start at one column, so ``tin và`` on the second line starts a line of that
cell, not the end of the task's line. Where a line was cut between two cells (or not cut
at all) elsewhere than at that place, it is cut again there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

__all__ = ["indented_heading", "realign_row", "split_at_bound", "text_edge"]


def _line_pieces(cells: list[list]) -> dict[float, list[tuple[int, object]]]:
    """The pieces of a row by line (``y``), each with its column, left to right."""
    lines: dict[float, list[tuple[int, object]]] = {}
    for c, pieces in enumerate(cells):
        for p in pieces:
            lines.setdefault(p.y, []).append((c, p))
    for items in lines.values():
        items.sort(key=lambda item: item[1].x0)
    return lines


def _clean_starts(lines: dict, col: int) -> Counter:
    """Where the pieces of column ``col`` start that stand two spaces or more after the
    piece on their left (not made by cutting a line at a single space)."""
    starts: Counter = Counter()
    for items in lines.values():
        for k, (c, p) in enumerate(items):
            if c == col and (k == 0 or p.x0 - items[k - 1][1].x1 >= 2):
                starts[p.x0] += 1
    return starts


def realign_row(cells: list[list], piece_type) -> None:
    """Cut again, in place, the lines of one row (text only, ``x`` in characters) where
    a column's lines start at one place but one of its lines was cut elsewhere."""
    lines = _line_pieces(cells)
    if len(lines) < 2:
        return
    for col in range(1, len(cells)):
        starts = _clean_starts(lines, col)
        if not starts:
            continue
        anchor, count = starts.most_common(1)[0]
        if count < 2:
            continue
        for items in lines.values():
            _recut(cells, items, col, anchor, piece_type)
    _move_strays(cells)


def _move_strays(cells: list[list]) -> None:
    """A short piece of one column that starts where a piece of the next column starts
    on another line of the row, and where no other line of its own column starts (the
    ``4`` under ``31/12/202``, a date broken by its narrow column), is of the next."""
    for col in range(len(cells) - 1):
        for p in list(cells[col]):
            if " " in p.text or len(p.text) > 8:
                continue
            others = [q.x0 for q in cells[col] if q is not p]
            if any(abs(p.x0 - x) < 2 for x in others):
                continue
            if any(q.x0 == p.x0 and q.y != p.y for q in cells[col + 1]):
                cells[col].remove(p)
                cells[col + 1].append(p)
                cells[col + 1].sort(key=lambda q: (q.y, q.x0))


def _recut(cells: list[list], items: list, col: int, anchor: float, piece_type) -> None:
    """On one line: the piece of column ``col - 1`` and the piece of ``col`` one space
    after it (or that piece alone when it reaches over ``anchor``), cut at ``anchor``."""
    left = next(((k, p) for k, (c, p) in enumerate(items) if c == col - 1), None)
    if left is None:
        return
    k, lp = left
    right = items[k + 1][1] if k + 1 < len(items) and items[k + 1][0] == col else None
    if right is not None and right.x0 == anchor:
        return
    if right is not None and right.x0 - lp.x1 != 1:
        return  # two pieces apart by a real gap: not one line cut in two
    if right is None and not (lp.x0 < anchor < lp.x1):
        return
    if right is None:
        return  # a line of the left cell only: it may reach over, nothing says it is cut
    text = f"{lp.text} {right.text}"
    cut = int(anchor - lp.x0) - 1  # the space before the word at ``anchor``
    if not (0 < cut < len(text)) or text[cut] != " " or text[cut + 1] == " ":
        return
    first, second = text[:cut], text[cut + 1:]
    if len(first) < 2 or len(second) < 2:
        return
    new_left = piece_type(lp.x0, lp.x0 + cut, lp.y, lp.size, first, lp.bold, lp.ref)
    new_right = piece_type(anchor, anchor + len(second), lp.y, lp.size, second, right.bold,
                           right.ref)
    cells[col - 1][cells[col - 1].index(lp)] = new_left
    cells[col][cells[col].index(right)] = new_right
    items[k], items[k + 1] = (col - 1, new_left), (col, new_right)


def text_edge(chunks: list[tuple[float, float]], lo: float, name: float, hi: float
              ) -> float | None:
    """Text: where a column's text starts, between ``lo`` (past the name of the column
    on its left) and ``hi`` (the end of its own name, which starts at ``name``): the
    place where most cells start, give or take two characters (``pdftotext -layout``
    shifts a cell a character or two from line to line, and sets a cell one space after
    a full cell on its left); its leftmost start. A cell starting alone counts when it
    starts near the name (a part of a table with one row). None when there is none."""
    starts = sorted(a for a, _ in chunks if lo < a < hi)
    best = None  # (count, leftmost)
    for k, a in enumerate(starts):
        n = bisect_right(starts, a + 2) - k
        if (n >= 2 or a >= name - 8) and (best is None or n > best[0]):
            best = (n, a)
    return best[1] if best is not None else None


def _starts_cell(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def split_at_bound(p, bands, metrics) -> list:
    """Text: a piece running over a boundary is two cells set one space apart; it is cut
    at the space nearest the boundary (one character a character wide), or, of two
    spaces as near, the one before a capital or a digit: a cell's text starts so
    (``Ký số văn Văn phòng`` is ``Ký số văn`` | ``Văn phòng``)."""
    tol = metrics.tol * p.size
    for b in bands.bounds:
        if p.x0 + tol < b < p.x1 - tol:
            spaces = [k for k, ch in enumerate(p.text) if ch == " "]
            near = sorted((k for k in spaces if abs(p.x0 + k + 0.5 - b) <= 3),
                          key=lambda k: abs(p.x0 + k + 0.5 - b))
            if not near:
                continue  # a cell shifted over this boundary: it may still cross the next
            k = near[0]
            if not _starts_cell(p.text[k + 1:]):
                k = next((j for j in near if _starts_cell(p.text[j + 1:])), k)
            if k < 4 or len(p.text) - k - 1 < 2:
                # A cell shifted over the boundary by a character or two: a word or two
                # on the other side is not a cell of its own.
                return [p]
            piece = type(p)
            left = piece(p.x0, p.x0 + k, p.y, p.size, p.text[:k], p.bold, p.ref)
            right = piece(p.x0 + k + 1, p.x1, p.y, p.size, p.text[k + 1:], p.bold, p.ref)
            return [left] + split_at_bound(right, bands, metrics)
    return [p]


# A heading's label as Word numbers it: "II.", "1.", "a)", its title after a tab.
_LABEL_RE = re.compile(r"(?:[IVXLC]{1,6}|\d{1,2}|[a-zđ])[.)]")


def indented_heading(row, bands) -> bool:
    """Text: a heading numbered by Word (``II.⇥NHIỆM VỤ``: its label, a wide gap, its
    title) indented from the table's left edge, where the numbers of its rows stand: the
    document's next heading, after the table, not a row of it."""
    if bands.stt is None or len(row.pieces) < 2:
        return False
    first, second = row.pieces[0], row.pieces[1]
    return (_LABEL_RE.fullmatch(first.text) is not None
            and first.x0 >= bands.spans[bands.stt][0] + 3 and second.x0 - first.x1 >= 3
            and not second.text[:1].islower())
