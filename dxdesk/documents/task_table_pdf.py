"""The task list as shown (its current filter) printed as a table: A4 landscape, PDF.

``task_table_pdf(title, rows, printed_on) -> bytes``: ``rows`` are the cells of each task
in the order of ``COLUMNS`` (STT, Nhiệm vụ, Trụ cột/nhóm, Đơn vị chủ trì, Đơn vị phối hợp,
Thời hạn, Trạng thái, Tiến độ %), as the task list displays them. The title sits on the
first page; the header row is repeated on every page; every page has a footer with the
print date (dd/mm/yyyy) on the left and “Trang n/N” on the right. The columns fill the
width between the margins. Same serif family as the documents (``serif_family()``), text
in Unicode NFC. No Qt here.

The cells are the documents' fast table cells (``pdf_cells.CellText``: one line breaking
per cell, however often the table is measured and split), so a plan of thousands of tasks
prints in seconds.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle
from xml.sax.saxutils import escape

from .model import Align
from .pdf_cells import CellText, clean_text
from .pdf_fonts import serif_family

__all__ = ["COLUMNS", "task_table_pdf"]

#: (header, relative width, alignment) of each column.
COLUMNS: tuple[tuple[str, float, Align], ...] = (
    ("STT", 11, Align.CENTER),
    ("Nhiệm vụ", 86, Align.LEFT),
    ("Trụ cột/nhóm", 34, Align.LEFT),
    ("Đơn vị chủ trì", 34, Align.LEFT),
    ("Đơn vị phối hợp", 36, Align.LEFT),
    ("Thời hạn", 21, Align.CENTER),
    ("Trạng thái", 29, Align.LEFT),
    ("Tiến độ %", 17, Align.RIGHT),
)

PAGE = landscape(A4)
MARGIN_SIDE = 12 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 14 * mm  # room for the footer
TITLE_PT = 14
CELL_PT = 10
FOOTER_PT = 9
_PAD = 1.5 * mm


def _footer_canvas(printed: str):
    """A canvas class that holds its pages until the end to write “Trang n/N”."""

    class FooterCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            font = serif_family()
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(font.italic, FOOTER_PT)
                y = MARGIN_BOTTOM / 2
                self.drawString(MARGIN_SIDE, y, f"In ngày {printed}")
                self.drawRightString(PAGE[0] - MARGIN_SIDE, y, f"Trang {number}/{total}")
                super().showPage()
            super().save()

    return FooterCanvas


def task_table_pdf(title: str, rows: Sequence[Sequence[str]], printed_on: dt.date) -> bytes:
    """The PDF of ``rows`` (cells in ``COLUMNS`` order) under ``title``."""
    fam = serif_family()
    width = PAGE[0] - 2 * MARGIN_SIDE
    total = sum(c[1] for c in COLUMNS)
    widths = [width * c[1] / total for c in COLUMNS]

    def cell(text, col: int, *, bold: bool = False) -> CellText:
        align = Align.CENTER if bold else COLUMNS[col][2]
        font = fam.bold if bold else fam.regular
        return CellText(clean_text("" if text is None else str(text)).strip(), font, CELL_PT, align)

    data = [[cell(name, k, bold=True) for k, (name, _w, _a) in enumerate(COLUMNS)]]
    for row in rows:
        cells = list(row)[:len(COLUMNS)]
        cells += [""] * (len(COLUMNS) - len(cells))
        data.append([cell(text, k) for k, text in enumerate(cells)])

    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), "#e8e8e8"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    heading = ParagraphStyle("title", fontName=fam.bold, fontSize=TITLE_PT,
                             leading=TITLE_PT * 1.25, alignment=TA_CENTER)
    title_text = escape(clean_text(title)).replace("\n", "<br/>")
    story = [Paragraph(title_text, heading), Spacer(0, 4 * mm), table]

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=PAGE, leftMargin=MARGIN_SIDE,
                            rightMargin=MARGIN_SIDE, topMargin=MARGIN_TOP,
                            bottomMargin=MARGIN_BOTTOM, title=clean_text(title),
                            author="dxdesk", creator="dxdesk")
    doc.build(story, canvasmaker=_footer_canvas(f"{printed_on:%d/%m/%Y}"))
    return out.getvalue()
