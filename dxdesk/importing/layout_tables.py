"""Tables laid out by position only: a borderless appendix table in a PDF (no ruling
lines), or the same table as text written by ``pdftotext -layout`` (columns apart by runs
of spaces). Format-neutral: the PDF reader gives pieces of text in points, the text reader
in characters and lines.

A table is recognised by its header only: one to four short lines whose words, grouped
into columns by where they stand (a header cell may wrap, a name may stand over two
columns: ``Đơn vị thực hiện`` over ``Chủ trì | Phối hợp``), name a task column (``Nhiệm
vụ``, ``Nội dung``…) and at least two other known columns (``STT``, ``Cơ quan chủ trì``,
``Cơ quan phối hợp``, ``Thời gian hoàn thành``, ``Sản phẩm``…), or a table of targets
(``STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Năm 2025``, ``Nội dung chỉ tiêu | ĐVT | Chỉ
tiêu năm 2024``) named as a ruled one is. Ordinary text has no such line, so it is never
read as a table. A title under the header (``CHÍNH QUYỀN SỐ`` under ``STT | NHIỆM VỤ …``,
both in capitals) is not more of it: it runs across the names, or stands under one name,
not centred under it, over a numbered row.

Below the header each column is a band; its boundaries lie where the text under the
header leaves a gap between one header word and the next. Every following line's pieces
go to the band they stand in; a cell's wrapped lines stay together, and a new row starts
at a new number in the ``STT`` column, after a wider vertical gap than between wrapped
lines, or where the text turns bold or plain. A short title that runs across columns
(``I. CHÍNH QUYỀN SỐ``) is a group row when more rows follow it; any other line across the
columns, a closing block (``Nơi nhận``, ``TM. ỦY BAN NHÂN DÂN``), a new appendix, another
header or a wide vertical gap ends the table. Parts of a table under the same header (the
header repeated on each page) are joined again, each read with its own columns (text
converted from a PDF shifts them a little from page to page).

In text, a column starts where most of its cells start, give or take two characters: a
cell may stand a character or two off from line to line, or one space after a full cell
on its left (a piece is cut there, not where a shifted cell merely reaches over). A line
of one piece at the table's left edge that no cell explains (``Ghi chú:`` where the
number column holds only numbers) is the text after the table.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from dxdesk.importing.blocks import Line
from dxdesk.importing.labels import match_label
from dxdesk.importing.layout_rows import (indented_heading, realign_row, split_at_bound,
                                          text_edge)
from dxdesk.importing.paragraphs import is_caps, join_wrapped
from dxdesk.importing.tables import (TCell, columns_from_header, find_target_header,
                                     header_role)
from dxdesk.importing.table_ends import ends_table
from dxdesk.importing.vocab import doc_type_of
from dxdesk.text import fold

__all__ = ["Piece", "Metrics", "PDF_METRICS", "TEXT_METRICS", "VRow", "Bands", "LRow",
           "LayoutTable", "visual_rows", "anchor_rows", "read_layout_table", "join_continued",
           "cell_paragraphs", "is_group_title"]

MAX_HEADER_ABOVE = 3  # header lines above the one naming the task column
MAX_HEADER_BELOW = 4
_KNOWN_ROLES = ("stt", "lead", "co", "deadline", "output", "group")


@dataclass(slots=True)
class Piece:
    """A piece of text where it stands: ``x0``..``x1`` across, ``y`` down the page (larger
    is lower), ``size`` the text size in the same unit; ``ref`` the reader's own object."""

    x0: float
    x1: float
    y: float
    size: float
    text: str
    bold: bool = False
    ref: object = None


@dataclass(frozen=True, slots=True)
class Metrics:
    """Distances, in text sizes, that tell a format's layout."""

    same_row: float  # pieces whose baselines differ by less share a line
    tight: float  # a gap narrower than this is between words of one cell
    loose: float  # ... of one line of running text, justified
    wrap: float  # most distance between the lines of a header
    wrap_cell: float  # ... between the wrapped lines of one header cell
    stop: float  # a vertical gap wider than this ends a table
    leading_cap: float | None  # the most a line pitch inside a cell can be
    tol: float  # how far a piece may reach over a boundary
    slack: float  # how far past a header name a cell of its column may start
    split_words: bool  # a piece over a boundary may be cut at a space (text: by character)


PDF_METRICS = Metrics(same_row=0.45, tight=0.45, loose=0.8, wrap=2.4, wrap_cell=1.6,
                      stop=3.5, leading_cap=1.3, tol=0.3, slack=0.3,
                      split_words=False)
# Text: pieces are already apart by two spaces or more; a line is one line apart.
TEXT_METRICS = Metrics(same_row=0.1, tight=0.5, loose=1.5, wrap=2.0, wrap_cell=1.0,
                       stop=3.0, leading_cap=None, tol=0.5, slack=2.0,
                       split_words=True)


@dataclass(slots=True)
class _Chunk:
    x0: float
    x1: float
    y: float
    text: str
    pieces: list[Piece]


@dataclass(slots=True)
class VRow:
    """A line across the page: its pieces from left to right."""

    pieces: list[Piece]
    y: float
    size: float
    page_break: bool = False  # the first line after a page break
    key: int = 0  # the reader's index of the line (text: its line number)
    _tight: list[_Chunk] | None = None
    _loose: list[_Chunk] | None = None

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.pieces)

    @property
    def bold(self) -> bool:
        return all(p.bold for p in self.pieces)

    def chunks(self, metrics: Metrics, loose: bool = False) -> list[_Chunk]:
        cached = self._loose if loose else self._tight
        if cached is None:
            cached = _chunks(self.pieces, metrics.loose if loose else metrics.tight)
            if loose:
                self._loose = cached
            else:
                self._tight = cached
        return cached


def _chunks(pieces: list[Piece], gap: float) -> list[_Chunk]:
    out: list[_Chunk] = []
    for p in pieces:
        if out and p.x0 - out[-1].x1 <= gap * p.size:
            last = out[-1]
            last.x1 = max(last.x1, p.x1)
            last.text = f"{last.text} {p.text}"
            last.pieces.append(p)
        else:
            out.append(_Chunk(p.x0, p.x1, p.y, p.text, [p]))
    return out


def visual_rows(pieces: list[Piece], metrics: Metrics) -> list[VRow]:
    """Pieces (any order) grouped into lines from the top of the page down."""
    rows: list[VRow] = []
    for p in sorted(pieces, key=lambda p: (p.y, p.x0)):
        if rows and abs(p.y - rows[-1].y) <= metrics.same_row * max(p.size, rows[-1].size):
            rows[-1].pieces.append(p)
            rows[-1].size = max(rows[-1].size, p.size)
        else:
            rows.append(VRow([p], p.y, p.size))
    for row in rows:
        row.pieces.sort(key=lambda p: p.x0)
        for p in row.pieces:
            p.y = row.y
    return rows


# ------------------------------------------------------------------------------ header

@dataclass
class Bands:
    """The columns of a layout table: each one's header text, where the header's words
    stand (``spans``) and the boundaries between the columns (``bounds``)."""

    texts: list[str]
    spans: list[tuple[float, float]]
    bounds: list[float] = field(default_factory=list)
    task: int = 0  # the task column (in a table of targets: the target's text)
    stt: int | None = None

    def band(self, x: float) -> int:
        return bisect_right(self.bounds, x)

    def same_header(self, other: Bands) -> bool:
        return [fold(t) for t in self.texts] == [fold(t) for t in other.texts]


def _short(text: str) -> bool:
    return len(text) <= 50 and len(text.split()) <= 6


def anchor_rows(rows: list[VRow], metrics: Metrics) -> list[int]:
    """The lines that may hold a table's header: a short piece naming a task column or
    the column of a table of targets (``Chỉ tiêu``)."""
    out = []
    for i, row in enumerate(rows):
        for ch in row.chunks(metrics):
            if _short(ch.text) and header_role(ch.text) in ("task", "target"):
                out.append(i)
                break
    return out


# The name of a column of values for a year: "Năm 2025", "Giai đoạn 2021-2025", "2024".
_YEAR_NAME_RE = re.compile(r"(?:[^\d]*[a-z][^\d]*\s)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")


def _header_like(row: VRow, anchor: VRow, metrics: Metrics) -> bool:
    """A line that may go on a header: short names, no figure, styled as the header."""
    if row.bold != anchor.bold or is_caps(row.text) != is_caps(anchor.text):
        return False
    for ch in row.chunks(metrics):
        text = ch.text
        if not _short(text) or (text.endswith((".", ";", ":")) and len(text) > 4) or (
                text.endswith(",") and len(text.split()) > 3):
            return False  # (a name may wrap after its comma: "Cơ quan," / "đơn vị chủ trì")
        if any(c.isdigit() for c in text) and header_role(text) in (None, "stt", "task") \
                and not _YEAR_NAME_RE.fullmatch(fold(text)):
            return False  # a figure, unless in a column's name ("Kinh phí năm 2024")
        label = match_label(text)
        if label is not None and label.rest:
            return False  # an item of a list, or a numbered title ("I. CHÍNH QUYỀN SỐ")
    return True


def _columns_of(rows: list[VRow], metrics: Metrics) -> Bands | None:
    """The columns a header's lines name, or None when they do not name a task table nor
    a table of targets."""
    chunks = [ch for row in rows for ch in row.chunks(metrics)]
    cols: list[list] = []  # [x0, x1, [(y, x0, text)]]
    over: list[tuple[_Chunk, list[int]]] = []
    for ch in sorted(chunks, key=lambda c: c.x1 - c.x0):
        hits = [i for i, c in enumerate(cols) if ch.x0 < c[1] and ch.x1 > c[0]]
        if not hits:
            cols.append([ch.x0, ch.x1, [(ch.y, ch.x0, ch.text)]])
        elif len(hits) == 1:
            col = cols[hits[0]]
            col[0], col[1] = min(col[0], ch.x0), max(col[1], ch.x1)
            col[2].append((ch.y, ch.x0, ch.text))
        else:
            over.append((ch, hits))  # a name over several columns
    for ch, hits in over:
        for i in hits:
            cols[i][2].append((ch.y, ch.x0, ch.text))
    if len(cols) < 3:
        return None
    order = sorted(range(len(cols)), key=lambda i: cols[i][0])
    cols = [cols[i] for i in order]
    if any(a[1] > b[0] for a, b in zip(cols, cols[1:])):
        return None
    texts = [" ".join(t for _, _, t in sorted(c[2])) for c in cols]
    spans = [(c[0], c[1]) for c in cols]
    roles = [header_role(t) for t in texts]
    columns = None
    if roles.count(None) <= 1 and sum(1 for r in roles if r in _KNOWN_ROLES) >= 2:
        columns = columns_from_header(texts)
    if columns is not None:
        return Bands(texts=texts, spans=spans, task=columns.task, stt=columns.stt)
    return _target_bands(texts, spans, roles)


def _target_bands(texts: list[str], spans: list[tuple[float, float]],
                  roles: list[str | None]) -> Bands | None:
    """The columns of a table of targets, classified as a ruled one is
    (:func:`~dxdesk.importing.tables.find_target_header`): the targets' text
    (``Chỉ tiêu``, ``Nội dung chỉ tiêu``), value columns (``Năm 2025``, ``Chỉ tiêu năm
    2024``) and a unit (``ĐVT``) or number (``STT``) column or a second value column."""
    found = find_target_header([[TCell(text=t) for t in texts]])
    if found is None or header_role(texts[found.text]) != "target":
        return None
    stt = next((c for c, r in enumerate(roles) if r == "stt"), None)
    if found.unit is None and stt is None and len(found.values) < 2:
        return None
    if any(r is None and not _YEAR_NAME_RE.fullmatch(fold(t)) for t, r in zip(texts, roles)):
        return None  # a column the table of targets does not name
    return Bands(texts=texts, spans=spans, task=found.text, stt=stt)


def _divides(upper: VRow, lower: VRow, metrics: Metrics) -> bool:
    """Whether a name of ``upper`` stands over two names of ``lower`` (``Đơn vị thực
    hiện`` over ``Chủ trì | Phối hợp``)."""
    below = lower.chunks(metrics)
    return any(sum(1 for b in below if b.x0 < a.x1 and b.x1 > a.x0) >= 2
               for a in upper.chunks(metrics))


def _goes_on(upper: VRow, lower: VRow, anchor: VRow, metrics: Metrics) -> bool:
    """Whether ``lower`` goes on with the header line ``upper`` above it: a wrapped line
    of its names, or the second row of a header that divides its names."""
    if lower.page_break or not _header_like(upper, anchor, metrics) or \
            not _header_like(lower, anchor, metrics):
        return False
    gap = lower.y - upper.y
    if gap > metrics.wrap * anchor.size:
        return False
    return gap <= metrics.wrap_cell * anchor.size or _divides(upper, lower, metrics)


def _starts_numbered(row: VRow, metrics: Metrics) -> bool:
    """A line of a table's numbered row: its first piece a number (``1``, ``1.2``)."""
    chunks = row.chunks(metrics)
    return bool(chunks) and chunks[0].text[:1].isdigit()


def _group_below(rows: list[VRow], top: int, bottom: int, metrics: Metrics) -> bool:
    """Whether the line under header lines ``top``..``bottom`` is a group row rather than
    more of the header (both may be in capitals): one title that runs over two names of
    the header, or that stands under one name only, not centred under it nor lower case
    at its start, with a numbered row under it."""
    lower = rows[bottom + 1]
    chunks = lower.chunks(metrics)
    if len(chunks) != 1:
        return False
    ch = chunks[0]
    tol = metrics.tol * lower.size
    names = [c for row in rows[top:bottom + 1] for c in row.chunks(metrics)]
    over = [c for c in names if ch.x0 + tol < c.x1 and ch.x1 - tol > c.x0]
    if any(a.x1 <= b.x0 or b.x1 <= a.x0 for a in over for b in over):
        return True  # over two names side by side: across the columns
    if not ch.text[:1].isupper() or bottom + 2 >= len(rows) or \
            not _starts_numbered(rows[bottom + 2], metrics):
        return False
    above = [c for c in rows[bottom].chunks(metrics)
             if ch.x0 + tol < c.x1 and ch.x1 - tol > c.x0]
    if len(above) != 1:
        return not above
    name = above[0]
    # A header's wrapped name stands centred under the line above it.
    return abs((ch.x0 + ch.x1) - (name.x0 + name.x1)) / 2 > 2 * tol


def find_headers(rows: list[VRow], anchor: int, metrics: Metrics):
    """The headers around line ``anchor`` that name a task or target table, the likeliest
    first:
    (bands, first line, line after it)."""
    a = rows[anchor]
    top = anchor
    while anchor - top < MAX_HEADER_ABOVE and top > 0 and \
            _goes_on(rows[top - 1], rows[top], a, metrics):
        top -= 1
    bottom = anchor
    while bottom - anchor < MAX_HEADER_BELOW and bottom + 1 < len(rows) and \
            _goes_on(rows[bottom], rows[bottom + 1], a, metrics) and \
            not _group_below(rows, top, bottom, metrics):
        bottom += 1
    if not _header_like(a, a, metrics):
        return
    for total in range(bottom - top, -1, -1):
        for up in range(min(total, anchor - top), -1, -1):
            down = total - up
            if anchor + down > bottom:
                continue
            bands = _columns_of(rows[anchor - up:anchor + down + 1], metrics)
            if bands is not None:
                yield bands, anchor - up, anchor + down + 1


def find_header(rows: list[VRow], anchor: int, metrics: Metrics
                ) -> tuple[Bands, int, int] | None:
    """The likeliest header around line ``anchor``, or None."""
    return next(find_headers(rows, anchor, metrics), None)


# ------------------------------------------------------------------------------- body

@dataclass
class LRow:
    """A row of the table: the pieces of each column; a group row across columns holds
    its text in ``cells[merged[0]]`` and covers the columns up to ``merged[1]``."""

    cells: list[list[Piece]]
    merged: tuple[int, int] | None = None
    has_stt: bool = False
    group: bool = False
    title: bool = False  # begun by a title without a number in the STT column


@dataclass
class LayoutTable:
    bands: Bands
    rows: list[LRow]
    begin: int  # the first line it takes (its header's first line)
    end: int  # the line after its last
    has_header: bool = True
    taken: list[int] = field(default_factory=list)  # every line it takes


def _ends_table(row: VRow, metrics: Metrics) -> bool:
    """A closing block, a new appendix, a document's type line, TỔ CHỨC THỰC HIỆN."""
    return any(ends_table(ch.text) for ch in row.chunks(metrics))


def _hits(ch: _Chunk, spans: list[tuple[float, float]], tol: float) -> int:
    return sum(1 for a, b in spans if ch.x0 + tol < b and ch.x1 - tol > a)


def _across(row: VRow, bands: Bands, metrics: Metrics) -> bool:
    """Whether a line runs across columns: words of one cell over two header names, or a
    justified line of running text over three."""
    tol = metrics.tol * row.size
    chunks = row.chunks(metrics)
    # (A row of three cells or more is data, even when two of them run together.)
    if len(chunks) <= 2 and any(_hits(ch, bands.spans, tol) >= 2 for ch in chunks):
        return True
    if len(chunks) >= 3 and _ROW_NUMBER_RE.fullmatch(chunks[0].text):
        return False  # a row's number, cells run together, and more cells: a row of data
    return any(_hits(ch, bands.spans, tol) >= 3 for ch in row.chunks(metrics, loose=True))


_HEADING_STYLES = ("roman", "ALPHA", "phan", "chuong", "muc")


def _heading_like(row: VRow, bands: Bands, metrics: Metrics) -> bool:
    """A line that may be a section's heading after the table, or a group row: one
    piece, starting before the task column's name ends, numbered like a section
    (``III.``) or in capitals."""
    chunks = row.chunks(metrics)
    if len(chunks) != 1 or chunks[0].x0 >= bands.spans[bands.task][1]:
        return False
    text = chunks[0].text
    label = match_label(text)
    return (label is not None and label.style in _HEADING_STYLES) or (
        is_caps(text) and len(text.split()) >= 2)


def is_group_title(text: str, bold: bool = False) -> bool:
    """A line that may name a group of a table's rows: a short title, numbered like a
    section, in capitals or bold; not a line that ends a table (:mod:`table_ends`)."""
    if not _title_like(text) or ends_table(text) or doc_type_of(text):
        return False
    label = match_label(text)
    return bold or is_caps(text) or (label is not None and label.style in _HEADING_STYLES)


def _title_like(text: str) -> bool:
    return len(text) <= 120 and len(text.split()) <= 16 and not text.rstrip().endswith(
        (".", ";", ","))


def _bounds(rows: list[VRow], body: list[int], groups: set[int], bands: Bands,
            metrics: Metrics) -> list[float]:
    """The boundaries between columns: in the gap between two header names, where the
    fewest pieces of text below run across (a cell's text may start left of its
    centred header name, and a group title may reach over into the next column), the
    widest such place."""
    spans = bands.spans
    chunks = [(ch.x0, ch.x1) for j in body if j not in groups
              for ch in rows[j].chunks(metrics)]
    slack = metrics.slack * (rows[body[0]].size if body else 1.0)
    bounds = []
    for (x0, lo), (hi, _) in zip(spans, spans[1:]):
        if lo >= hi:
            bounds.append((lo + hi) / 2)
            continue
        # Text starting past the end of a (centred) header name is not in its column: a
        # cell's text starts at the column's left, or is centred under the name.
        starts = [a for a, b in chunks if lo + slack < a < hi]
        right = [b for a, b in chunks if x0 < b and a < lo]
        if metrics.split_words:
            edge = text_edge(chunks, lo + slack, hi, spans[len(bounds) + 1][1])
            if edge is not None:
                bounds.append(edge - 0.5)
                continue
        if starts and (not right or max(right) < min(starts)):
            hi = min(starts)
        events: list[tuple[float, int]] = []
        for a, b in chunks:
            if a < hi and b > lo:
                events.append((max(a, lo), 1))
                events.append((min(b, hi), -1))
        events.sort()
        best = None  # (pieces across, -width, middle)
        depth = 0
        x = lo
        for point, step in events + [(hi, 0)]:
            if point > x:
                key = (depth, -(point - x), (x + point) / 2)
                if best is None or key < best:
                    best = key
                x = point
            depth += step
        bounds.append(best[2] if best is not None else (lo + hi) / 2)
    return bounds


def read_layout_table(rows: list[VRow], start: int, metrics: Metrics,
                      anchors: set[int] | None = None, carried: Bands | None = None
                      ) -> LayoutTable | None:
    """The table whose header is around line ``start``, or, with ``carried`` bands, the
    table going on from the page before at line ``start``; None when there is none. Of
    the headers the lines around ``start`` may form, the first with rows under it wins."""
    if carried is not None:
        return _read_body(rows, carried, start, start, metrics, anchors, carried=True)
    for bands, begin, end in find_headers(rows, start, metrics):
        table = _read_body(rows, bands, begin, end, metrics, anchors)
        if table is not None:
            return table
    return None


# A row's number alone: 1, 1.2, IV, a, b.
_ROW_NUMBER_RE = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6}|[A-Za-zĐđ])[.)]?")


def _stray_line(row: VRow, bands: Bands, metrics: Metrics, prev_y: float | None
                ) -> str | None:
    """A line of one piece at the table's left edge that no cell explains: ``end`` when it
    cannot be in the table (words where the number column holds only numbers: ``Ghi
    chú:``, ``Kinh phí thực hiện`` under the table), ``maybe`` when only rows under it
    keep it in (a number with words, a line of the first column after a gap), None for
    any other line."""
    chunks = row.chunks(metrics)
    if len(chunks) != 1 or not bands.spans:
        return None
    ch = chunks[0]
    text = ch.text
    first = text.split(" ", 1)[0]
    if ch.x0 >= bands.spans[0][1] or (
            text[:1].islower() and not (" " in text and _ROW_NUMBER_RE.fullmatch(first))):
        return None  # (a line in lower case goes on with a cell's text)
    if bands.stt == 0 and bands.task > 0:
        if _ROW_NUMBER_RE.fullmatch(text):
            return None
        if _ROW_NUMBER_RE.fullmatch(first) or row.bold or is_caps(text):
            return "maybe"
        return "end"
    if prev_y is not None and row.y - prev_y > metrics.wrap_cell * row.size:
        return "maybe"
    return None


def _read_body(rows: list[VRow], bands: Bands, begin: int, end: int, metrics: Metrics,
               anchors: set[int] | None, carried: bool = False) -> LayoutTable | None:
    taken = list(range(begin, end))
    body: list[int] = []
    groups: set[int] = set()  # titles across the columns
    titles: set[int] = set()  # titles in a column
    pending: list[tuple[int, str]] = []  # lines kept only when rows follow them

    def keep_pending() -> None:
        for k, kind in pending:
            body.append(k)
            taken.append(k)
            if kind == "group":
                groups.add(k)
            elif kind == "title":
                titles.add(k)
        pending.clear()

    prev_y = rows[end - 1].y if end > begin else None
    j = end
    while j < len(rows):
        row = rows[j]
        if prev_y is not None and not row.page_break and \
                row.y - prev_y > metrics.stop * row.size:
            break
        if _ends_table(row, metrics):
            break
        if anchors is not None and j in anchors:
            again = find_header(rows, j, metrics)
            if again is not None:
                # Another header (or this one again, on a new page): the table ends; a
                # group title at the foot of the page names the rows under the header.
                if pending and body and again[0].same_header(bands):
                    keep_pending()
                body = [k for k in body if k < again[1]]
                taken = [k for k in taken if k < again[1]]
                break
        if metrics.split_words and indented_heading(row, bands):
            break
        # (A line that starts in lower case goes on with a cell's text.)
        across = _across(row, bands, metrics) and not row.text[:1].islower()
        if across or _heading_like(row, bands, metrics):
            # A title (across the columns, or numbered like a section): a group row when
            # rows of the table follow it, else the text after the table.
            if _title_like(row.text) and len(pending) < 3:
                pending.append((j, "group" if across else "title"))
                prev_y = row.y
                j += 1
                continue
            break
        stray = _stray_line(row, bands, metrics, prev_y)
        if stray == "end":
            break
        if stray == "maybe" and len(pending) < 3:
            pending.append((j, "plain"))
            prev_y = row.y
            j += 1
            continue
        keep_pending()
        body.append(j)
        taken.append(j)
        prev_y = row.y
        j += 1
    if not body:
        return None
    if not carried:
        bands.bounds = _bounds(rows, body, groups, bands, metrics)
    table_rows = _logical_rows(rows, body, groups, titles, bands, metrics)
    if carried and not any(sum(1 for c in r.cells if c) >= 2 for r in table_rows) and not (
            bands.stt is not None and not table_rows[0].cells[bands.stt]
            and not table_rows[0].group and not table_rows[0].title):
        # Text at the top of the next page, unless it is the end of a cell cut by the
        # page break (the rest of a row, without its number).
        return None
    return LayoutTable(bands=bands, rows=table_rows, begin=begin, end=max(taken) + 1,
                       has_header=not carried, taken=sorted(taken))


def join_continued(tables: list[LayoutTable]) -> list[LayoutTable]:
    """Tables that follow each other with the same header (the header repeated on each
    page) as one, each part read with its own columns; a row cut in two by the page break
    (its number on the page before) is joined again."""
    out: list[LayoutTable] = []
    for table in tables:
        last = out[-1] if out else None
        if last is None or table.begin != last.end or not table.has_header or \
                not table.bands.same_header(last.bands) or not table.rows:
            out.append(table)
            continue
        rows = table.rows
        first, before = rows[0], last.rows[-1] if last.rows else None
        stt = table.bands.stt
        if before is not None and stt is not None and not first.group and not first.title \
                and not before.group and not first.cells[stt] and before.cells[stt]:
            for c, pieces in enumerate(first.cells):
                before.cells[c].extend(pieces)
            rows = rows[1:]
        last.rows.extend(rows)
        last.end = table.end
        last.taken.extend(table.taken)
    return out


def _leading(rows: list[VRow], body: list[int], groups: set[int], bands: Bands,
             metrics: Metrics) -> float:
    """The distance between the wrapped lines of a cell: measured down each column (the
    lines of cells centred in their row fall between those of their neighbours)."""
    last: dict[int, float] = {}
    dys: list[float] = []
    for j in body:
        row = rows[j]
        if j in groups or row.page_break:
            last.clear()
            continue
        for c in {bands.band((p.x0 + p.x1) / 2) for p in row.pieces}:
            if c in last and row.y > last[c]:
                dys.append(row.y - last[c])
            last[c] = row.y
    size = rows[body[0]].size
    if not dys:
        return size * (metrics.leading_cap or 1.0)
    dys.sort()
    leading = dys[len(dys) // 4]
    if metrics.leading_cap is not None:
        leading = min(leading, metrics.leading_cap * size)
    return leading


def _logical_rows(rows: list[VRow], body: list[int], groups: set[int], titles: set[int],
                  bands: Bands, metrics: Metrics) -> list[LRow]:
    ncols = len(bands.texts)
    row_gap = _leading(rows, body, groups, bands, metrics) * 1.2
    out: list[LRow] = []
    cur: LRow | None = None
    prev: VRow | None = None
    for j in body:
        row = rows[j]
        if j in groups:
            cur = _group_row(row, bands, metrics)
            out.append(cur)
            prev = row
            continue
        cells: list[list[Piece]] = [[] for _ in range(ncols)]
        tol = metrics.tol * row.size
        for p in row.pieces:
            if j in titles:  # a title belongs to the column it starts in
                cells[bands.band(p.x0 + tol)].append(p)
                continue
            for part in (split_at_bound(p, bands, metrics) if metrics.split_words else (p,)):
                cells[bands.band((part.x0 + part.x1) / 2)].append(part)
        stt = bands.stt is not None and bool(cells[bands.stt])
        page_break = row.page_break
        new = (cur is None or cur.group or j in titles or (stt and (cur.has_stt or cur.title))
               or (prev is not None and row.bold != prev.bold and not page_break))
        if not new and prev is not None and row.y - prev.y > row_gap:
            new = not (page_break and not stt)  # a row cut in two by a page break goes on
        if new:
            cur = LRow(cells=cells, has_stt=stt, title=j in titles)
            out.append(cur)
        else:
            for c in range(ncols):
                cur.cells[c].extend(cells[c])
            cur.has_stt = cur.has_stt or stt
        prev = row
    for r in out:
        if metrics.split_words and not r.group:
            realign_row(r.cells, Piece)
        _title_in_task_column(r, bands)
    return out


def _group_row(row: VRow, bands: Bands, metrics: Metrics) -> LRow:
    """A title across columns: its text in one cell merged over them, reaching the task
    column; a label in a column of its own stays there."""
    ncols = len(bands.texts)
    cells: list[list[Piece]] = [[] for _ in range(ncols)]
    tol = metrics.tol * row.size
    merged = None
    singles: set[int] = set()
    wide: list[tuple[_Chunk, int, int]] = []
    for ch in row.chunks(metrics):
        lo, hi = bands.band(ch.x0 + tol), bands.band(ch.x1 - tol)
        if hi > lo:
            wide.append((ch, lo, hi))
        else:
            cells[lo].extend(ch.pieces)
            singles.add(lo)
    for ch, lo, hi in wide:
        if lo > bands.task and not any(bands.task <= c < lo for c in singles):
            lo = bands.task
        cells[lo].extend(ch.pieces)
        if merged is None:
            merged = (lo, hi)
    return LRow(cells=cells, merged=merged, group=True)


def _title_in_task_column(r: LRow, bands: Bands) -> None:
    """A group title standing alone in another column (centred over the columns of a
    merged cell), bold or in capitals, goes to the task column."""
    if r.group or r.cells[bands.task]:
        return
    filled = [c for c, pieces in enumerate(r.cells) if pieces and c != bands.stt]
    if len(filled) != 1:
        return
    pieces = r.cells[filled[0]]
    text = " ".join(p.text for p in pieces)
    if bands.stt is not None and r.cells[bands.stt]:
        label = " ".join(p.text for p in r.cells[bands.stt]).strip().rstrip(".")
        if not re.fullmatch(r"[IVXL]+|[A-ZĐ]", label):
            return
    if _title_like(text) and (all(p.bold for p in pieces) or is_caps(text)):
        r.cells[bands.task] = pieces
        r.cells[filled[0]] = []


# ------------------------------------------------------------------------------- cells

def cell_paragraphs(lines: list) -> list[Line]:
    """A cell's wrapped lines (anything with ``text``, ``bold``, ``italic``) as
    paragraphs: a line starting with a list marker or a label starts a new one; a word
    cut at its hyphen (``Wi-`` | ``Fi``) is joined as body lines are."""
    out: list[Line] = []
    for ln in lines:
        label = match_label(ln.text)
        if out and label is None:
            before = out[-1].text
            last_token = before.rsplit(" ", 1)[-1]
            # A date or number broken by a narrow column: 10/10/202 | 4.
            broken = "/" in last_token and last_token[-1:].isdigit() and ln.text[:1].isdigit()
            out[-1].text = f"{before}{ln.text}" if broken else join_wrapped([before, ln.text])
            out[-1].bold = out[-1].bold and ln.bold
        else:
            out.append(Line(text=ln.text, bold=ln.bold, italic=ln.italic))
    return out
