"""Borderless tables of a PDF page (an appendix table without ruling lines): the page's
runs of text, placed by their position, read by :mod:`dxdesk.importing.layout_tables`
into a :class:`PdfTable` like a ruled one; a table that goes on over the next page without
its header there is read with the columns of the page before."""

from __future__ import annotations

from dxdesk.importing.layout_tables import (PDF_METRICS, Bands, LayoutTable, Piece, VRow,
                                            anchor_rows, join_continued, read_layout_table,
                                            visual_rows)
from dxdesk.importing.paragraphs import is_page_number
from dxdesk.importing.pdf_content import Run
from dxdesk.importing.pdf_lines import PdfLine, group_lines
from dxdesk.importing.pdf_tables import PdfCell, PdfTable

__all__ = ["find_borderless"]


def _pieces(runs: list[Run]) -> list[Piece]:
    out = []
    for r in runs:
        text = r.text
        stripped = text.strip()
        if not stripped:
            continue
        x0, x1 = r.x0, r.x1
        if stripped != text:
            # Spaces drawn at either end are not text.
            cw = (x1 - x0) / len(text)
            x0 += (len(text) - len(text.lstrip())) * cw
            x1 -= (len(text) - len(text.rstrip())) * cw
        out.append(Piece(x0, max(x1, x0), -r.y, r.size, stripped, r.bold, r))
    return out


def _table(found: LayoutTable, rows: list[VRow]) -> PdfTable:
    bands = found.bands
    grid: list[list[PdfCell]] = []
    first = rows[found.begin]
    if found.has_header:
        grid.append([PdfCell([PdfLine(text=text, x0=a, x1=b, y=-first.y, size=first.size,
                                      bold=True, italic=False, char_w=first.size * 0.5)])
                     for text, (a, b) in zip(bands.texts, bands.spans)])
    for row in found.rows:
        cells: list[PdfCell] = []
        for c, pieces in enumerate(row.cells):
            if row.merged is not None and row.merged[0] < c <= row.merged[1]:
                cells.append(cells[row.merged[0]])
                continue
            ordered = sorted(pieces, key=lambda p: (p.y, p.x0))
            cells.append(PdfCell(group_lines([p.ref for p in ordered])))
        grid.append(cells)
    seq = min((p.ref.seq for k in found.taken for p in rows[k].pieces), default=0)
    return PdfTable(rows=grid, columns=[round((a + b) / 2, 1) for a, b in bands.spans],
                    seq=seq, bands=bands)


def find_borderless(runs: list[Run], carried: Bands | None = None
                    ) -> tuple[list[PdfTable], set[int]]:
    """Borderless task tables among a page's runs, and the ids of the runs they took.
    ``carried``: the columns of a borderless table that ended the page before."""
    rows = visual_rows(_pieces(runs), PDF_METRICS)
    # Page numbers at the top or the bottom of the page are not part of a table.
    while rows and is_page_number(rows[0].text):
        rows.pop(0)
    while rows and is_page_number(rows[-1].text):
        rows.pop()
    anchors = anchor_rows(rows, PDF_METRICS)
    if not rows or (not anchors and carried is None):
        return [], set()
    anchor_set = set(anchors)
    found: list[LayoutTable] = []
    done = 0
    if carried is not None:
        rows[0].page_break = True
        going_on = read_layout_table(rows, 0, PDF_METRICS, anchor_set, carried)
        if going_on is not None:
            found.append(going_on)
            done = going_on.end
    for a in anchors:
        if a < done:
            continue
        table = read_layout_table(rows, a, PDF_METRICS, anchor_set)
        if table is not None and table.begin >= done:
            found.append(table)
            done = table.end
    taken: set[int] = set()
    tables = []
    for table in join_continued(found):
        tables.append(_table(table, rows))
        taken.update(id(p.ref) for k in table.taken for p in rows[k].pieces)
    return tables, taken
