"""A document's data table as a PDF flowable: bordered, header rows bold and centred and
repeated on every page, group rows bold across the row. Every cell is measured once here
(``TableBuilder``); ``pdf_cells.LongTable`` then splits the rows across pages.
"""

from __future__ import annotations

from typing import Sequence

from reportlab.lib.units import mm

from . import layout as L
from .model import Align, Row, Table
from .pdf_cells import CELL_PAD, GRID_PT, CellText, LongTable, clean_text
from .pdf_fonts import SerifFamily

__all__ = ["TableBuilder"]


def _scale(widths: Sequence[float], total: float) -> list[float]:
    s = sum(widths)
    return [w / s * total for w in widths]


class TableBuilder:
    """A data table: bordered, header rows bold and centred and repeated on every page,
    group rows bold across the row (kept with the row after them), rows never split.

    Every cell is measured here, once; ``LongTable`` then cuts the rows into one reportlab
    ``Table`` per page with those heights, so nothing is measured again.
    """

    def __init__(self, table: Table, g: L.PageGeometry, fam: SerifFamily):
        self.table = table
        self.fam = fam
        self.frame_height = (g.height - g.top - g.bottom) * mm
        self.widths = _scale([c.width for c in table.columns], g.text_width * mm)
        self.positions = [0.0]
        for w in self.widths:
            self.positions.append(self.positions[-1] + w)

    def _inner(self, col: int, span: int = 1) -> float:
        return self.positions[col + span] - self.positions[col] - 2 * CELL_PAD

    def build(self) -> "LongTable":
        table = self.table
        fam = self.fam
        n = len(table.columns)
        size = table.font_size
        bold, plain = fam.bold, fam.regular

        # Header rows; a cell whose text is None continues the cell above (vertical merge).
        headers = table.headers
        n_head = len(headers)
        head_rows: list[list] = []
        head_heights: list[float] = []
        head_spans: list[tuple] = []
        tall: list[tuple[int, int, float]] = []  # (first row, last row, height) of merged cells
        for r, header in enumerate(headers):
            row: list = [""] * n
            h = 0.0
            pos = 0
            for cell in header:
                if cell.text is not None:
                    flow = CellText(clean_text(cell.text), bold, size, Align.CENTER)
                    row[pos] = flow
                    end_r = r
                    while end_r + 1 < n_head:
                        below = _cell_at(headers[end_r + 1], pos)
                        if below is None or below.text is not None:
                            break
                        end_r += 1
                    if cell.span > 1 or end_r > r:
                        head_spans.append(("SPAN", (pos, r), (pos + cell.span - 1, end_r)))
                    cell_h = flow.wrap(self._inner(pos, cell.span), 0)[1]
                    if end_r > r:
                        tall.append((r, end_r, cell_h))
                    else:
                        h = max(h, cell_h)
                pos += cell.span
            head_rows.append(row)
            head_heights.append(h)
        for first, last, cell_h in tall:  # give a merged cell's rows the room it needs
            missing = cell_h - sum(head_heights[first:last + 1])
            if missing > 0:
                head_heights[last] += missing

        # Data rows: cells, height, and for a group row the column its text starts in.
        rows: list[list] = []
        heights: list[float] = []
        groups: list[int | None] = []
        cols = table.columns
        inner = [self._inner(k) for k in range(n)]
        for row in table.rows:
            if isinstance(row, Row):
                font = bold if row.bold else plain
                cells = [CellText(clean_text(text), font, size, col.align) for text, col in zip(row.cells, cols)]
                h = max(c.wrap(w, 0)[1] for c, w in zip(cells, inner))
                rows.append(cells)
                groups.append(None)
            else:  # GroupRow: label in the first column and text across the others, or text across all
                text = CellText(clean_text(row.text), bold, size, Align.LEFT)
                if row.label is not None and n > 1:
                    label = CellText(clean_text(row.label), bold, size, Align.CENTER)
                    h = max(label.wrap(inner[0], 0)[1], text.wrap(self._inner(1, n - 1), 0)[1])
                    rows.append([label, text] + [""] * (n - 2))
                    groups.append(1)
                else:
                    h = text.wrap(self._inner(0, n), 0)[1]
                    rows.append([text] + [""] * (n - 1))
                    groups.append(0)
            heights.append(h)

        style = [
            ("FONT", (0, 0), (-1, -1), plain, size),
            ("GRID", (0, 0), (-1, -1), GRID_PT, (0, 0, 0)),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, n_head - 1), "MIDDLE"),
            *head_spans,
        ]
        return LongTable(self.widths, style, head_rows, head_heights, rows, heights, groups,
                          frame_height=self.frame_height)


def _cell_at(header, pos: int):
    p = 0
    for cell in header:
        if p == pos:
            return cell
        p += cell.span
        if p > pos:
            return None
    return None
