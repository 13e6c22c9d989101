"""Reader for Excel task lists (.xlsx), read-only and row-capped.

Each worksheet becomes the lines above its table (title, ``Kèm theo Kế hoạch số …``) and
one table; the parser finds the header row and the columns by their Vietnamese names.
Cells in a TCVN3 or VNI font are converted to Unicode.
"""

from __future__ import annotations

import datetime as dt
import io

from dxdesk.importing.blocks import Cell, Line, Progress, Table
from dxdesk.importing.errors import ImportRefused
from dxdesk.importing.tables import TCell, find_task_header
from dxdesk.text import legacy

__all__ = ["read_xlsx", "MAX_ROWS", "MAX_COLS"]

MAX_ROWS = 20_000
MAX_COLS = 40
MAX_SHEETS = 30


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.datetime, dt.date)):
        return f"{value.day}/{value.month}/{value.year}"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    if isinstance(value, bool):
        return "Có" if value else "Không"
    return str(value)


def read_xlsx(data: bytes, progress: Progress, warnings: list[str]) -> list[Line | Table]:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except ImportRefused:
        raise
    except Exception:
        raise ImportRefused("Tệp Excel (.xlsx) này bị hỏng, không mở được: hãy mở và lưu lại "
                            "bằng Excel, hoặc xin bản khác.") from None
    blocks: list[Line | Table] = []
    try:
        sheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")][:MAX_SHEETS]
        total_rows = 0
        for sheet_no, ws in enumerate(sheets):
            rows: list[list[Cell]] = []
            try:
                ws.reset_dimensions()  # some writers record a wrong used range ("A1")
            except AttributeError:
                pass
            for row in ws.iter_rows(max_col=MAX_COLS):
                if total_rows >= MAX_ROWS:
                    warnings.append(f"Bảng tính quá dài: chỉ đọc {MAX_ROWS} dòng đầu.")
                    break
                total_rows += 1
                if total_rows % 500 == 0:
                    progress.step(total_rows, MAX_ROWS, 5, 45)
                cells: list[Cell] = []
                for c in row:
                    value = getattr(c, "value", None)
                    text = _cell_text(value)
                    bold = False
                    if text:
                        font = getattr(c, "font", None)
                        name = getattr(font, "name", None) if font is not None else None
                        bold = bool(getattr(font, "b", False)) if font is not None else False
                        if isinstance(value, str):
                            encoding = legacy.encoding_for_font(name) if name else None
                            if encoding is None and any(0xA0 <= ord(ch) <= 0xFF for ch in text) \
                                    and not any(ord(ch) > 0x2FF for ch in text):
                                encoding = legacy.detect(text)
                            if encoding:
                                upper = getattr(legacy, "is_uppercase_font",
                                                lambda _f: False)(name)
                                text = legacy.to_unicode(text, encoding, uppercase_font=upper)
                    cells.append(Cell(lines=[Line(text=t, bold=bold) for t in text.split("\n")]
                                      if text else [], value=value))
                rows.append(cells)
            while rows and not any(c.text.strip() for c in rows[-1]):
                rows.pop()
            if not rows:
                continue
            width = max((max((i + 1 for i, c in enumerate(r) if c.text.strip()), default=0)
                         for r in rows), default=0)
            if width == 0:
                continue
            rows = [r[:width] + [Cell() for _ in range(width - len(r))] for r in rows]
            grid = [[TCell(text=c.text, value=c.value, bold=c.bold) for c in r] for r in rows]
            columns = find_task_header(grid)
            header_row = 0
            if columns is not None:
                header_row = columns.header_row
                for r in rows[:header_row]:
                    for c in r:
                        for ln in c.lines:
                            if ln.text.strip():
                                blocks.append(Line(text=ln.text.strip(), bold=ln.bold,
                                                   page=sheet_no, source="sheet"))
                rows = rows[header_row:]
            blocks.append(Table(rows=rows, page=sheet_no))
    finally:
        workbook.close()
    return blocks
