"""The progress form (biểu mẫu tiến độ) sent to a lead unit and read back (Qt-free, no
database): :func:`write_unit_form` writes one .xlsx, :func:`read_returned_form` reads one.

The sheet ``Tiến độ`` lists the unit's tasks. Columns A–E (mã nhiệm vụ, nhiệm vụ, thời hạn,
trạng thái và tiến độ hiện tại) are locked; F–I (trạng thái, tiến độ %, đã thực hiện được,
minh chứng) are for the unit to fill, with a drop-down of the status labels and a 0–100
whole-number check. The sheet is protected; only the fill cells are unlocked.

The very hidden sheet ``dxdesk`` holds what the import needs to trust the file: the plan,
period and unit, the export time, and per task the values shown in the locked columns and a
fingerprint of the task as exported (see :func:`task_fingerprint`).

No text is ever written as a formula: every string cell is a string (never ``t="f"``),
control characters are removed, and text beginning with ``= + - @`` carries the quote
prefix so that Excel keeps it as text when the unit edits the cell.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dxdesk.documents.xlsx_safety import row_height, set_text, wrapped_lines
from dxdesk.domain.status import TaskStatus
from dxdesk.errors import UserFacingError, describe_os_error
from dxdesk.text import clean

__all__ = ["FORM_KIND", "FORM_VERSION", "SHEET", "META_SHEET", "FILL_COLUMNS",
           "STATUS_LABELS", "FormRefused", "FormHeader", "ExportedTask", "FormRow",
           "ReturnedForm", "task_fingerprint", "write_unit_form", "read_returned_form"]

FORM_KIND = "dxdesk-unit-progress-form"
FORM_VERSION = 1
SHEET = "Tiến độ"
META_SHEET = "dxdesk"
FIRST_ROW = 6  # header on row 5
HEADERS = ("Mã nhiệm vụ", "Nhiệm vụ", "Thời hạn", "Trạng thái hiện tại", "Tiến độ hiện tại (%)",
           "Trạng thái", "Tiến độ (%)", "Đã thực hiện được", "Minh chứng")
LOCKED_COLUMNS = ("A", "B", "C", "D", "E")
FILL_COLUMNS = ("F", "G", "H", "I")
WIDTHS = (11, 60, 14, 18, 11, 20, 11, 45, 35)
STATUS_LABELS = tuple(status.label for status in TaskStatus)  # the officers' words
_MAX_ROWS = 20000


class FormRefused(UserFacingError):
    """The file cannot be read as a returned progress form; nothing was changed."""


@dataclass(frozen=True)
class ExportedTask:
    """A task as it was written into the form (its locked cells) and its fingerprint."""

    task_id: int
    text: str
    deadline: str  # as shown: "31/12/2026", "Thường xuyên" or ""
    status_label: str
    progress: int
    fingerprint: str


@dataclass(frozen=True)
class FormHeader:
    plan_id: int
    plan_year: int
    plan_title: str
    period: str  # Period code: 2026-Q4
    period_label: str  # quý IV năm 2026
    unit_id: int
    unit_name: str
    unit_short_name: str
    district_line: str  # "UBND huyện Sơn Hà Mẫu" (may be "")
    exported_at: str  # ISO, UTC


@dataclass(frozen=True)
class FormRow:
    """One row of the returned sheet, raw: cell values as openpyxl read them."""

    row: int  # Excel row number (for messages)
    task_id: Any
    text: Any
    deadline: Any
    status_now: Any
    progress_now: Any
    status: Any
    progress: Any
    note: Any
    evidence: Any
    formula_cells: tuple[str, ...] = ()  # cell refs holding a formula

    @property
    def filled(self) -> bool:
        return any(_blank(v) is False for v in (self.status, self.progress, self.note,
                                                self.evidence))

    @property
    def empty(self) -> bool:
        return all(_blank(v) for v in (self.task_id, self.text, self.deadline, self.status_now,
                                       self.progress_now, self.status, self.progress,
                                       self.note, self.evidence))


@dataclass(frozen=True)
class ReturnedForm:
    path: Path
    header: FormHeader
    tasks: dict[int, ExportedTask]  # as exported
    rows: tuple[FormRow, ...]


# --------------------------------------------------------------------------- helpers


def task_fingerprint(text: str, deadline: dt.date | None, deadline_text: str, status: str,
                     progress: int, lead_unit_id: int | None) -> str:
    """A short hash of what the unit sees and what an import would overwrite: when it
    differs at import time, the task was changed in dxdesk after the form was sent."""
    data = json.dumps([text or "", deadline.isoformat() if deadline else "", deadline_text or "",
                       status or "", int(progress or 0), lead_unit_id], ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:20]


def _put(ws, ref: str, value: Any, *, style=None):
    """Write a value: numbers as numbers, everything else as a string (never a formula)."""
    cell = ws[ref]
    if isinstance(value, bool) or value is None:
        value = "" if value is None else str(value)
    if isinstance(value, (int, float)):
        cell.value = value
    else:  # the shared rules: never a formula, no control characters, no silent cut
        set_text(cell, str(value), lambda: f"Ô {ref} của trang “{ws.title}”")
    if style is not None:
        style(cell)
    return cell


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# --------------------------------------------------------------------------- writing


def write_unit_form(path: str | Path, header: FormHeader, tasks: Sequence[ExportedTask]) -> Path:
    """Write the form for one unit to ``path`` (through a temporary file, then renamed)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    fill_colour = PatternFill("solid", fgColor="FFF8DC")
    header_colour = PatternFill("solid", fgColor="DDE7F0")

    body_font = Font(name="Times New Roman", size=11)  # the row-height estimate's font

    def locked(cell):
        cell.alignment, cell.border, cell.font = wrap, border, body_font
        cell.protection = Protection(locked=True)

    def editable(cell):
        cell.alignment, cell.border, cell.fill, cell.font = wrap, border, fill_colour, body_font
        cell.protection = Protection(locked=False)

    def heading(cell):
        cell.font = Font(name="Times New Roman", size=11, bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border, cell.fill = border, header_colour
        cell.protection = Protection(locked=True)

    title = f"BIỂU MẪU BÁO CÁO TIẾN ĐỘ {header.period_label.upper()}"
    _put(ws, "A1", title).font = Font(name="Times New Roman", bold=True, size=13)
    _put(ws, "A2", f"Đơn vị chủ trì: {header.unit_name}").font = Font(
        name="Times New Roman", bold=True, size=11)
    _put(ws, "A3", f"Kế hoạch: {header.plan_title}" if header.plan_title
         else f"Kế hoạch chuyển đổi số năm {header.plan_year}")
    _put(ws, "A4", "Hướng dẫn: chỉ điền các cột tô màu (Trạng thái, Tiến độ, Đã thực hiện "
                   "được, Minh chứng); không sửa các cột khác, không thêm hay xóa dòng, "
                   "không đổi tên tệp thành .xls. Để trống các cột tô màu của nhiệm vụ "
                   "không có gì mới.")
    ws["A4"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells("A4:I4")
    ws.row_dimensions[4].height = 45
    for index, text in enumerate(HEADERS):
        _put(ws, f"{'ABCDEFGHI'[index]}5", text, style=heading)
        ws.column_dimensions["ABCDEFGHI"[index]].width = WIDTHS[index]
    row = FIRST_ROW - 1
    for row, task in enumerate(tasks, start=FIRST_ROW):
        _put(ws, f"A{row}", task.task_id, style=locked)
        _put(ws, f"B{row}", task.text, style=locked)
        _put(ws, f"C{row}", task.deadline, style=locked)
        _put(ws, f"D{row}", task.status_label, style=locked)
        _put(ws, f"E{row}", task.progress, style=locked)
        ws.row_dimensions[row].height = row_height(wrapped_lines(
            [("Nhiệm vụ", WIDTHS[1])], [task.text]))
        for column in FILL_COLUMNS:
            editable(ws[f"{column}{row}"])
    last = max(row, FIRST_ROW)
    status_list = DataValidation(type="list", formula1='"' + ",".join(STATUS_LABELS) + '"',
                                 allow_blank=True, showErrorMessage=True,
                                 errorTitle="Trạng thái", error="Hãy chọn trạng thái trong danh "
                                 "sách.", promptTitle="Trạng thái",
                                 prompt="Chọn trạng thái của nhiệm vụ.", showInputMessage=True)
    percent = DataValidation(type="whole", operator="between", formula1="0", formula2="100",
                             allow_blank=True, showErrorMessage=True, errorTitle="Tiến độ",
                             error="Tiến độ là số nguyên từ 0 đến 100.")
    status_list.add(f"F{FIRST_ROW}:F{last}")
    percent.add(f"G{FIRST_ROW}:G{last}")
    ws.add_data_validation(status_list)
    ws.add_data_validation(percent)
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # the unit may widen columns
    ws.protection.formatRows = False
    ws.protection.insertRows = True  # (True = forbidden in openpyxl's protection model)
    ws.protection.deleteRows = True
    ws.protection.sort = True
    ws.protection.autoFilter = True
    ws.print_title_rows = "5:5"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "veryHidden"
    pairs = (("kind", FORM_KIND), ("version", FORM_VERSION), ("plan_id", header.plan_id),
             ("plan_year", header.plan_year), ("plan_title", header.plan_title),
             ("period", header.period), ("period_label", header.period_label),
             ("unit_id", header.unit_id), ("unit_name", header.unit_name),
             ("unit_short_name", header.unit_short_name),
             ("district", header.district_line), ("exported_at", header.exported_at),
             ("task_count", len(tasks)))
    for index, (key, value) in enumerate(pairs, start=1):
        _put(meta, f"A{index}", key)
        _put(meta, f"B{index}", value)
    start = len(pairs) + 2
    for index, name in enumerate(("task_id", "fingerprint", "text", "deadline", "status",
                                  "progress")):
        _put(meta, f"{'ABCDEF'[index]}{start}", name)
    for offset, task in enumerate(tasks, start=1):
        r = start + offset
        _put(meta, f"A{r}", task.task_id)
        _put(meta, f"B{r}", task.fingerprint)
        _put(meta, f"C{r}", task.text)
        _put(meta, f"D{r}", task.deadline)
        _put(meta, f"E{r}", task.status_label)
        _put(meta, f"F{r}", task.progress)
    meta.protection.sheet = True
    wb.properties.creator = "dxdesk"
    wb.properties.title = title
    wb.properties.subject = FORM_KIND

    temp = path.with_name(path.name + ".tmp")
    try:
        wb.save(temp)
        temp.replace(path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserFacingError(f"Không ghi được tệp “{path}”: {describe_os_error(exc)}. Hãy kiểm "
                              f"tra thư mục và chắc chắn tệp không đang mở trong Excel.") from exc
    return path


# --------------------------------------------------------------------------- reading


def read_returned_form(path: str | Path) -> ReturnedForm:
    """Read a form a unit sent back. Raises :class:`FormRefused` (Vietnamese message) for
    a legacy .xls, a damaged file, or a workbook that is not a dxdesk progress form."""
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as exc:
        raise FormRefused(f"Không đọc được tệp “{name}”: {describe_os_error(exc)}.") from exc
    if magic.startswith(b"\xd0\xcf\x11\xe0") or path.suffix.lower() == ".xls":
        raise FormRefused(f"Tệp “{name}” là tệp Excel 97–2003 (.xls). Hãy gửi lại đúng tệp "
                          f".xlsx mà dxdesk đã xuất (nếu đơn vị đã lưu thành .xls, mở bằng "
                          f"Excel và lưu lại dạng .xlsx).")
    if not magic.startswith(b"PK"):
        raise FormRefused(f"Tệp “{name}” không phải tệp Excel .xlsx (hoặc đã bị hỏng).")
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, OSError,
            EOFError) as exc:
        raise FormRefused(f"Tệp “{name}” bị hỏng, Excel không mở được: hãy đề nghị đơn vị "
                          f"gửi lại.") from exc
    except Exception as exc:  # openpyxl raises many kinds on damaged XML
        raise FormRefused(f"Tệp “{name}” bị hỏng, không đọc được ({type(exc).__name__}): "
                          f"hãy đề nghị đơn vị gửi lại.") from exc
    try:
        if META_SHEET not in wb.sheetnames or SHEET not in wb.sheetnames:
            raise FormRefused(f"Tệp “{name}” không phải biểu mẫu tiến độ do dxdesk xuất (không "
                              f"có phần thông tin ẩn của dxdesk). Hãy dùng đúng tệp đã gửi "
                              f"cho đơn vị.")
        header, tasks = _read_meta(wb[META_SHEET], name)
        rows = _read_rows(wb[SHEET])
    finally:
        wb.close()
    return ReturnedForm(path=path, header=header, tasks=tasks, rows=rows)


def _read_meta(meta, name: str) -> tuple[FormHeader, dict[int, ExportedTask]]:
    broken = FormRefused(f"Phần thông tin ẩn của biểu mẫu “{name}” đã bị sửa hoặc hỏng: "
                         f"dxdesk không tin được tệp này. Hãy xuất lại biểu mẫu cho đơn vị.")
    values: dict[str, Any] = {}
    row = 1
    while row < 100:
        key = meta.cell(row, 1).value
        if key is None:
            break
        values[str(key)] = meta.cell(row, 2).value
        row += 1
    if values.get("kind") != FORM_KIND:
        raise FormRefused(f"Tệp “{name}” không phải biểu mẫu tiến độ do dxdesk xuất.")
    try:
        if int(values["version"]) > FORM_VERSION:
            raise FormRefused(f"Biểu mẫu “{name}” do một phiên bản dxdesk mới hơn xuất; "
                              f"hãy cập nhật dxdesk.")
        header = FormHeader(
            plan_id=int(values["plan_id"]), plan_year=int(values["plan_year"]),
            plan_title=str(values.get("plan_title") or ""), period=str(values["period"]),
            period_label=str(values.get("period_label") or values["period"]),
            unit_id=int(values["unit_id"]), unit_name=str(values.get("unit_name") or ""),
            unit_short_name=str(values.get("unit_short_name") or ""),
            district_line=str(values.get("district") or ""),
            exported_at=str(values.get("exported_at") or ""))
        count = int(values["task_count"])
        tasks: dict[int, ExportedTask] = {}
        start = row + 1  # the column names' row
        if meta.cell(start, 1).value != "task_id":
            raise broken
        for r in range(start + 1, start + 1 + count):
            cells = [meta.cell(r, c).value for c in range(1, 7)]
            task = ExportedTask(task_id=int(cells[0]), fingerprint=str(cells[1]),
                                text=str(cells[2] or ""), deadline=str(cells[3] or ""),
                                status_label=str(cells[4] or ""), progress=int(cells[5] or 0))
            tasks[task.task_id] = task
    except FormRefused:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise broken from exc
    return header, tasks


def _read_rows(ws) -> tuple[FormRow, ...]:
    rows = []
    last = min(ws.max_row, FIRST_ROW + _MAX_ROWS)
    for r in range(FIRST_ROW, last + 1):
        cells = [ws.cell(r, c) for c in range(1, 10)]
        formulas = tuple(c.coordinate for c in cells if c.data_type == "f")
        row = FormRow(r, *(c.value for c in cells), formula_cells=formulas)
        if not row.empty:
            rows.append(row)
    return tuple(rows)


def cell_text(value: Any) -> str:
    """A cell's value as the officer would read it, cleaned (NFC, one line)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return clean(str(value))


def cell_note(value: Any) -> str:
    """A free-text cell kept with its line breaks."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value), keep_newlines=True)
