"""Reader for Excel task lists (.xlsx), read-only and row-capped.

Each visible worksheet becomes the lines above its table (title, ``Kèm theo Kế hoạch số
…``) and one table; the parser finds the header row and the columns by their Vietnamese
names. A merged range is one cell (a group row across the table, a lead unit shared by the
rows below it), as in a Word table; hidden columns are left out. Cells in a TCVN3 or VNI
font are converted to Unicode, and legacy text under another font is recognised sheet by
sheet. In a workbook with one sheet of tasks per pillar (``Chính quyền số``, ``Kinh tế
số``, ``1. Hạ tầng số``), a sheet's name is the group of its tasks above any group row.
The title rows of a sheet after one with a task table (``PHỤ LỤC II``, ``DANH MỤC NHIỆM VỤ
…``) are not headings of the plan: they name the group of its tasks when its name does not.
"""

from __future__ import annotations

import datetime as dt
import io
import re

from dxdesk.importing.blocks import Cell, Line, Progress, Table
from dxdesk.importing.errors import ImportRefused
from dxdesk.importing.encoding import repair_legacy
from dxdesk.importing.labels import match_label
from dxdesk.importing.tables import find_target_header, find_task_header
from dxdesk.importing.tagged_tables import table_grid
from dxdesk.importing.vocab import doc_type_of
from dxdesk.text import clean, fold, legacy

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


def _percent_text(value: float) -> str:
    """A number in a cell formatted as a percentage, as Excel shows it (0.8 → ``80%``,
    0.955 → ``95,5%``)."""
    shown = round(value * 100, 6)
    return (str(int(shown)) if float(shown).is_integer() else str(shown).replace(".", ",")) + "%"


_MERGE_RE = re.compile(rb'<(?:\w+:)?mergeCell\s[^>]*?ref="\$?([A-Z]{1,3})\$?(\d+)'
                       rb'(?::\$?([A-Z]{1,3})\$?(\d+))?"')
_COL_RE = re.compile(rb"<(?:\w+:)?col\s[^>]*>")
_ATTR_RE = re.compile(rb'(\w+)="([^"]*)"')


def _column_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _sheet_layout(workbook, ws) -> tuple[list[tuple[int, int, int, int]], set[int]]:
    """The merged ranges (0-based row0, col0, row1, col1) and the hidden columns of a
    sheet, read from its XML (the read-only worksheet does not give them)."""
    try:
        xml = workbook._archive.read(ws._worksheet_path)
    except Exception:
        return [], set()
    merges = []
    for m in _MERGE_RE.finditer(xml):
        c0, r0 = _column_index(m.group(1)), int(m.group(2)) - 1
        c1 = _column_index(m.group(3)) if m.group(3) else c0
        r1 = int(m.group(4)) - 1 if m.group(4) else r0
        if r0 < MAX_ROWS and c0 < MAX_COLS and (r1 > r0 or c1 > c0):
            merges.append((r0, c0, min(r1, MAX_ROWS - 1), min(c1, MAX_COLS - 1)))
    hidden: set[int] = set()
    head = xml[:xml.find(b"sheetData")] if b"sheetData" in xml else b""
    for m in _COL_RE.finditer(head):
        attrs = dict(_ATTR_RE.findall(m.group()))
        if attrs.get(b"hidden") in (b"1", b"true"):
            try:
                lo, hi = int(attrs.get(b"min", b"0")), int(attrs.get(b"max", b"0"))
            except ValueError:
                continue
            hidden.update(range(max(lo, 1) - 1, min(hi, MAX_COLS)))
    return merges, hidden


def _apply_merges(rows: list[list[Cell]], merges) -> None:
    """A merged range is one cell: the same object in every row and column it covers."""
    for r0, c0, r1, c1 in merges:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        cell = rows[r0][c0]
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c0, min(c1, len(row) - 1) + 1):
                if (r, c) != (r0, c0) and not row[c].text.strip():
                    row[c] = cell


def _convert_legacy(text: str, name: str | None) -> str:
    """A cell in a TCVN3 or VNI font (``.VnTime``, ``VNI-Times``) converted; text in a
    legacy encoding under another font is found sheet by sheet (:func:`repair_legacy`)."""
    encoding = legacy.encoding_for_font(name) if name else None
    if not encoding:
        return text
    return legacy.to_unicode(text, encoding, uppercase_font=legacy.is_uppercase_font(name))


# Names a sheet gets by default or for what it holds, not for a group of tasks (compared
# folded and without spaces: "Sheet1", "DanhMuc", "Tổng hợp", "Năm 2024").
_GENERIC_SHEET_RE = re.compile(
    r"^(?:sheet|trangtinh|bangtinh|worksheet|feuil|tabelle|hoja|phuluc|phubieu|pl|bieu|"
    r"mau|danhmuc|danhsach|ds|tonghop|th|data|nhiemvu|nv|kehoach|kh|chitieu|mucluc|"
    r"huongdan|ghichu|giaidoan|lotrinh|tiendo|theodoi|baocao|bc|dulieugoc)[ivxl]*(?:\W|\d|$)"
    r"|^(?:nam|quy|thang|ky|dot)[ivx\d]|^[\W\d_]*$")
_SHEET_PREFIX_RE = re.compile(r"^(?:phu luc|phu bieu|pl|bieu)\s*(?:so\s*)?[ivxl\d]*\s*[-.:–_]\s*")


def _sheet_group(name: str) -> str | None:
    """The group a sheet's name gives its tasks (``1. Hạ tầng số`` → ``Hạ tầng số``,
    ``PL2 - Kinh tế số`` → ``Kinh tế số``), or None for a default or generic name
    (``Sheet1``, ``Phụ lục``, ``Nhiệm vụ 2024``)."""
    text = clean(name)
    prefix = _SHEET_PREFIX_RE.match(fold(text))
    if prefix:
        # The folded prefix has as many characters as the text's (NFC letters fold to one).
        text = text[len(prefix.group()):].strip()
    label = match_label(text)
    if label is not None and label.rest and not label.is_bullet:
        text = label.rest.strip()
    text = text.strip(" .:-–_")
    key = fold(text)
    if not key or _GENERIC_SHEET_RE.match(key.replace(" ", "")) or len(key.split()) > 10:
        return None
    return text


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
    sheet_tables: list[tuple[Table, str, bool]] = []  # (table, sheet name, has a task header)
    # Per sheet: its blocks' span, whether it has a table header (tasks or targets), its table.
    sheet_spans: list[tuple[int, int, bool, Table]] = []
    try:
        sheets = [ws for ws in workbook.worksheets if hasattr(ws, "iter_rows")][:MAX_SHEETS]
        visible = [ws for ws in sheets if getattr(ws, "sheet_state", "visible") == "visible"]
        total_rows = 0
        for sheet_no, ws in enumerate(visible or sheets):
            sheet_start = len(blocks)
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
                    if isinstance(value, (int, float)) and not isinstance(value, bool) and \
                            "%" in (getattr(c, "number_format", None) or ""):
                        # 0.8 shown as "80%": the cell is read as it is shown.
                        text = value = _percent_text(value)
                    bold = False
                    if text:
                        font = getattr(c, "font", None)
                        name = getattr(font, "name", None) if font is not None else None
                        bold = bool(getattr(font, "b", False)) if font is not None else False
                        if isinstance(value, str):
                            text = _convert_legacy(text, name)
                    cells.append(Cell(lines=[Line(text=t, bold=bold) for t in text.split("\n")]
                                      if text else [], value=value))
                rows.append(cells)
            while rows and not any(c.text.strip() for c in rows[-1]):
                rows.pop()
            if not rows:
                continue
            merges, hidden = _sheet_layout(workbook, ws)
            width = max((max((i + 1 for i, c in enumerate(r) if c.text.strip()), default=0)
                         for r in rows), default=0)
            if width == 0:
                continue
            rows = [r[:width] + [Cell() for _ in range(width - len(r))] for r in rows]
            _apply_merges(rows, merges)
            if hidden and len(hidden & set(range(width))) < width:
                rows = [[c for i, c in enumerate(r) if i not in hidden] for r in rows]
            table = Table(rows=rows, page=sheet_no)
            repair_legacy([table])
            columns = find_task_header(table_grid(table))
            title = None
            if columns is not None and columns.header_row:
                lines = [ln for r in table.distinct_rows()[:columns.header_row] for c in r
                         for ln in c.lines if ln.text.strip()]
                if any(task for _, _, task, _ in sheet_tables):
                    # A later sheet's title rows ("PHỤ LỤC II", "DANH MỤC NHIỆM VỤ …") are
                    # not headings of the plan: at most the group of its tasks.
                    title = _title_group([ln.text for ln in lines])
                else:
                    blocks.extend(Line(text=ln.text.strip(), bold=ln.bold, page=sheet_no,
                                       source="sheet") for ln in lines)
                table = Table(rows=rows[columns.header_row:], page=sheet_no)
            sheet_tables.append((table, getattr(ws, "title", "") or "", columns is not None,
                                 title))
            blocks.append(table)
            sheet_spans.append((sheet_start, len(blocks), columns is not None or
                                find_target_header(table_grid(table)) is not None, table))
    finally:
        workbook.close()
    blocks = _without_cover_sheets(blocks, sheet_spans, sheet_tables)
    # One sheet of tasks per pillar: each sheet's name is the group of its tasks (a sheet
    # without a header of its own goes on with the table of the sheet before).
    groups = [_sheet_group(name) for _, name, _, _ in sheet_tables]
    if any(task for _, _, task, _ in sheet_tables) and len({fold(g) for g in groups if g}) >= 2:
        for (table, _, _, _), group in zip(sheet_tables, groups):
            table.group = group
    for table, _, _, title in sheet_tables:
        if title and not table.group:
            table.group = title
    return blocks


def _without_cover_sheets(blocks: list, spans: list, sheet_tables: list) -> list:
    """Leave out the sheets before the first one with a table header (tasks or targets)
    that have none: a cover or notes sheet (``Hướng dẫn``, ``Ghi chú: …``), not the plan's
    title, unless it names the document's type on a line of its own (``KẾ HOẠCH``)."""
    first = next((k for k, span in enumerate(spans) if span[2]), None)
    if not first:
        return blocks
    dropped: set[int] = set()
    for start, end, _, table in spans[:first]:
        texts = [clean(ln.text) for r in table.rows for c in r for ln in c.lines]
        if any(doc_type_of(t) for t in texts if t):
            continue
        dropped.update(range(start, end))
        sheet_tables[:] = [entry for entry in sheet_tables if entry[0] is not table]
    return [b for k, b in enumerate(blocks) if k not in dropped]


_NOT_TITLE_RE = re.compile(
    r"^(?:\(|kem theo|ban hanh kem|don vi tinh|dvt\b|uy ban|ubnd|cong hoa|doc lap|so\s*:)")


def _title_group(texts: list[str]) -> str | None:
    """The group a later sheet's title rows give its tasks: the first that names what the
    sheet holds, without an appendix's number (``PHỤ LỤC II``, ``Phụ lục 2:``) nor the
    lines that refer to the plan (``(Kèm theo Kế hoạch số …)``)."""
    for text in texts:
        text = clean(text)
        prefix = _SHEET_PREFIX_RE.match(fold(text))
        if prefix:
            text = text[len(prefix.group()):].strip()
        key = fold(text)
        if not key or re.fullmatch(r"(?:phu luc|phu bieu|bieu|pl)\s*(?:so\s*)?[ivxl\d]*\W*",
                                   key) or _NOT_TITLE_RE.match(key):
            continue
        return text.strip(" .:-–_") or None
    return None
