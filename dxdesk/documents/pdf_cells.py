"""The fast table cells of the PDFs and the table that splits itself across pages.

Data tables are the bulk of a long document. Their cells are drawn by ``CellText``, a small
flowable that breaks its text once per column width with cached word widths and draws each
line as one string (justified through the word spacing), instead of a reportlab
``Paragraph`` per cell, which re-parses and re-wraps its markup every time the table is
measured, split across pages and drawn. Rows are measured once and the table is split
across pages by ``LongTable`` (header rows repeated on every page) without re-measuring.
Also the line metrics shared with the document layout (``SINGLE``, ``ASCENT``).
"""

from __future__ import annotations

import re
import weakref

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from .model import Align, nfc

__all__ = ["CellText", "LongTable", "clean_text", "single_line", "SINGLE", "ASCENT",
           "CELL_PAD", "CELL_SPACE", "GRID_PT"]

# --- units and metrics ---------------------------------------------------------------------

SINGLE = 1.15  # a single line of Times New Roman / Liberation Serif, in em (Word, LibreOffice)
ASCENT = 0.891  # hhea ascender, em


def single_line(size: float) -> float:
    return size * SINGLE


CELL_PAD = 1.5 * mm  # left/right padding in bordered tables (as the .docx: 85 twips)
CELL_SPACE = 1.5  # points before and after a cell paragraph (as the .docx: 30 twips)
GRID_PT = 0.5

# Characters that neither XML markup nor a PDF string should carry.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    return _CONTROL.sub("", nfc(text)).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")


# --- fast table cells ----------------------------------------------------------------------


class _Measure:
    """One face at one size: word widths (cached: tables repeat the same words a lot) and
    the reportlab font object used to emit text."""

    _cache: dict[tuple[str, float], "_Measure"] = {}

    def __init__(self, font: str, size: float):
        self.font_name = font
        self.font = pdfmetrics.getFont(font)
        self.size = size
        self.space = pdfmetrics.stringWidth(" ", font, size)
        self.widths: dict[str, float] = {}

    @classmethod
    def of(cls, font: str, size: float) -> "_Measure":
        key = (font, size)
        m = cls._cache.get(key)
        if m is None:
            m = cls._cache[key] = cls(font, size)
        return m

    def width(self, word: str) -> float:
        w = self.widths.get(word)
        if w is None:
            w = self.widths[word] = pdfmetrics.stringWidth(word, self.font_name, self.size)
        return w


def _break_lines(text: str, measure: _Measure, width: float) -> list[tuple[str, float, int, bool]]:
    """Greedy line breaking: ``(line, natural width, number of spaces, last line of its
    paragraph)`` per line. A word wider than the line is cut where the line ends (as Word
    does)."""
    out: list[tuple[str, float, int, bool]] = []
    space = measure.space
    limit = width + 1e-6
    for para in text.split("\n"):
        words = [w for w in para.split(" ") if w]
        if any(measure.width(w) > limit for w in words):
            words = [piece for w in words for piece in _cut_word(w, measure, limit)]
        line: list[str] = []
        line_w = 0.0
        for word in words:
            w = measure.width(word)
            if line and line_w + space + w > limit:
                out.append((" ".join(line), line_w, len(line) - 1, False))
                line, line_w = [word], w
            elif line:
                line_w += space + w
                line.append(word)
            else:
                line, line_w = [word], w
        out.append((" ".join(line), line_w, max(0, len(line) - 1), True))
    return out


def _cut_word(word: str, measure: _Measure, limit: float) -> list[str]:
    """``word`` in pieces no wider than ``limit`` (at least one character each)."""
    if measure.width(word) <= limit:
        return [word]
    pieces, current = [], ""
    for char in word:
        if current and measure.width(current + char) > limit:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


class CellText(Flowable):
    """The text of one table cell in one face and size: one or more paragraphs (``\\n``),
    aligned left, centre, right or justified, 1.5 pt before and after, single spacing.

    Lines are broken once per width and cached, so measuring, splitting and drawing a long
    table costs one line breaking per cell; drawing writes the text operators directly
    (one ``Tj`` per line and subset, justified with ``Tw`` — code 32 is the space in every
    reportlab TrueType subset), without the per-call overhead of a text object.
    """

    def __init__(self, text: str, font: str, size: float, align: Align):
        super().__init__()
        self.text = text
        self.measure = _Measure.of(font, size)
        self.align = align
        self.leading = single_line(size)
        self._lines: list | None = None
        self._for_width: float | None = None
        self.width = 0.0
        self.height = 0.0

    def wrap(self, availWidth, availHeight):
        if self._for_width is None or abs(self._for_width - availWidth) > 1e-6:
            self._lines = _break_lines(self.text, self.measure, availWidth)
            self._for_width = availWidth
            self.height = len(self._lines) * self.leading + 2 * CELL_SPACE
        self.width = availWidth
        return availWidth, self.height

    def wrapOn(self, canv, availWidth, availHeight):
        return self.wrap(availWidth, availHeight)

    def split(self, availWidth, availHeight):
        return []

    def splitOn(self, canv, availWidth, availHeight):
        return []

    def minWidth(self):
        return max((self.measure.width(w) for w in self.text.split()), default=0.0)

    def identity(self, maxLen=None):
        return f"<CellText {self.text[:40]!r}>"

    def part(self, lines: list) -> "CellText":
        """A cell holding ``lines`` of this one (a row taller than a page is cut in two)."""
        other = CellText.__new__(CellText)
        other.__dict__.update(self.__dict__)
        other._lines = lines
        other.height = len(lines) * self.leading + 2 * CELL_SPACE
        return other

    def drawOn(self, canvas, x, y, _sW=0):
        if self._lines is None:
            self.wrap(self.width, 0)
        m = self.measure
        font, size = m.font, m.size
        doc = canvas._doc
        runs_of = _RUNS.get(doc)
        if runs_of is None:
            runs_of = _RUNS[doc] = {}
        width = self.width
        align = self.align
        baseline = y + self.height - CELL_SPACE - size * ASCENT - (self.leading - size * SINGLE) / 2
        code = ["BT"]
        current = None
        spacing = False
        for line, line_w, gaps, last in self._lines:
            if line:
                if align is Align.CENTER:
                    x0 = x + (width - line_w) / 2
                elif align is Align.RIGHT:
                    x0 = x + width - line_w
                else:
                    x0 = x
                if align is Align.JUSTIFY and not last and gaps:
                    code.append(f"{(width - line_w) / gaps:.3f} Tw")
                    spacing = True
                elif spacing:
                    code.append("0 Tw")
                    spacing = False
                code.append(f"1 0 0 1 {x0:.2f} {baseline:.2f} Tm")
                key = (m.font_name, line)
                runs = runs_of.get(key)
                if runs is None:
                    runs = runs_of[key] = [
                        (f"{font.getSubsetInternalName(subset, doc)} {size:g} Tf", f"({canvas._escape(chunk)}) Tj")
                        for subset, chunk in font.splitString(line, doc)
                    ]
                for select, show in runs:
                    if select != current:
                        code.append(select)
                        current = select
                    code.append(show)
            baseline -= self.leading
        if spacing:
            code.append("0 Tw")
        code.append("ET")
        canvas.addLiteral("\n".join(code))


# Encoded text runs per PDF document being built: (font, line) -> [(Tf, Tj)]. The subset
# codes reportlab assigns belong to one document, hence one cache per document.
_RUNS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


# --- the long table ------------------------------------------------------------------------


class LongTable(Flowable):
    """A measured table that splits itself page by page: each page gets a reportlab
    ``Table`` of the header rows and the rows that fit, with their known heights.

    (reportlab's own splitting re-creates the table of all remaining rows at every page
    break, which is quadratic in the number of rows.) A row never splits, except one taller
    than a whole page, which is cut where the page ends (Word does the same).
    """

    def __init__(self, widths, style, head_rows, head_heights, rows, heights, groups, *,
                 frame_height: float, start: int = 0):
        super().__init__()
        self.widths = widths
        self.style = style
        self.head_rows = head_rows
        self.head_heights = head_heights
        self.rows = rows
        self.heights = heights
        self.groups = groups
        self.frame_height = frame_height
        self.start = start  # first row of this part
        self.hAlign = "CENTER"
        self.width = sum(widths)
        self.head_height = sum(head_heights)
        self._table: RLTable | None = None

    def _rest(self, start: int, rows=None, heights=None, groups=None) -> "LongTable":
        return LongTable(self.widths, self.style, self.head_rows, self.head_heights,
                          self.rows if rows is None else rows,
                          self.heights if heights is None else heights,
                          self.groups if groups is None else groups,
                          frame_height=self.frame_height, start=start)

    def wrap(self, availWidth, availHeight):
        self.height = self.head_height + sum(self.heights[self.start:])
        return self.width, self.height

    def _part(self, end: int, rows=None, heights=None, groups=None) -> RLTable:
        """The reportlab table of the header and rows ``start:end``."""
        rows = self.rows if rows is None else rows
        heights = self.heights if heights is None else heights
        groups = self.groups if groups is None else groups
        n_head = len(self.head_rows)
        n = len(self.widths)
        commands = list(self.style)
        for k in range(self.start, end):
            col = groups[k]
            if col is not None and n - col > 1:
                r = n_head + k - self.start
                commands.append(("SPAN", (col, r), (n - 1, r)))
        return RLTable(self.head_rows + rows[self.start:end], colWidths=self.widths,
                       rowHeights=self.head_heights + heights[self.start:end],
                       style=TableStyle(commands), repeatRows=n_head, hAlign="CENTER")

    def split(self, availWidth, availHeight):
        total = len(self.rows)
        used = self.head_height
        end = self.start
        limit = availHeight + 1e-6
        while end < total and used + self.heights[end] <= limit:
            used += self.heights[end]
            end += 1
        if end >= total:
            return [self]
        if self.head_height + self.heights[end] > self.frame_height:
            return self._split_tall_row(end, limit - used)
        # a group row is not left alone at the foot of a page
        while end > self.start and self.groups[end - 1] is not None:
            end -= 1
        if end == self.start:
            return []  # not even one row: the whole table goes to the next page
        return [self._part(end), self._rest(end)]

    def _split_tall_row(self, k: int, room: float) -> list[Flowable]:
        """Cut row ``k``, taller than a page, where the page ends."""
        leading = max((c.leading for c in self.rows[k] if isinstance(c, CellText)), default=0.0)
        fit = int((room - 2 * CELL_SPACE) / leading) if leading else 0
        if fit < 1:
            return [self._part(k), self._rest(k)] if k > self.start else []
        top, rest = [], []
        for cell in self.rows[k]:
            if isinstance(cell, CellText) and cell._lines is not None:
                lines = cell._lines
                top.append(cell.part(lines[:fit]))
                rest.append(cell.part(lines[fit:]) if len(lines) > fit else "")
            else:
                top.append(cell)
                rest.append("")
        top_h = max(c.height for c in top if isinstance(c, CellText))
        rest_h = max((c.height for c in rest if isinstance(c, CellText)), default=2 * CELL_SPACE)
        rows = self.rows[:k] + [top, rest] + self.rows[k + 1:]
        heights = self.heights[:k] + [top_h, rest_h] + self.heights[k + 1:]
        groups = self.groups[:k] + [self.groups[k]] * 2 + self.groups[k + 1:]
        return [self._part(k + 1, rows, heights, groups), self._rest(k + 1, rows, heights, groups)]

    def draw(self):
        if self._table is None:
            self._table = self._part(len(self.rows))
        self._table.wrapOn(self.canv, self.width, self.height)
        self._table.drawOn(self.canv, 0, 0)
