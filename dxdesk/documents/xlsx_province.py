"""The workbook sent to the province: tasks, targets and a summary, one sheet each.

``write_province_workbook(data, path)`` writes it from plain data (no SQLAlchemy, no Qt);
``dxdesk.services.workbooks.export_province_xlsx`` loads that data in one transaction.

Sheets: "Nhiệm vụ" (every task field), "Chỉ tiêu" (targets with one column of actuals per
period present), "Tổng hợp" (counts by status, pillar and lead unit). Each has a bold header
row that stays in view (frozen) and repeats on every printed page, an autofilter, wrapped
text, row heights fitted to the wrapped text, and prints on A4 landscape one page wide.
Written in openpyxl's write-only mode, the rows as XML text
(:class:`~dxdesk.documents.xlsx_safety.SheetRows`): a 20,000-task plan takes about 1.5 s. Every text cell goes through
:mod:`dxdesk.documents.xlsx_safety` (no formulas, no control characters, no silent cuts).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from dxdesk.documents.xlsx_safety import (CellStyle, SheetRows, discard_write_only,
                                         row_height, wrapped_lines)
from dxdesk.domain.period import Period
from dxdesk.domain.status import TaskStatus
from dxdesk.errors import UserFacingError, describe_os_error
from dxdesk.text import strip_control

__all__ = [
    "SHEET_SUMMARY", "SHEET_TARGETS", "SHEET_TASKS", "TASK_HEADERS", "CountLine",
    "ProvinceWorkbookData", "TargetLine", "TaskLike", "WorkbookWriteFailed",
    "period_heading", "write_province_workbook",
]

SHEET_TASKS, SHEET_TARGETS, SHEET_SUMMARY = "Nhiệm vụ", "Chỉ tiêu", "Tổng hợp"
DATE_FORMAT = "dd/mm/yyyy"
PERCENT_FORMAT = "0.0"

# (header, width in characters)
TASK_COLUMNS = (
    ("STT", 6), ("Nhiệm vụ", 52), ("Trụ cột/nhóm", 20), ("Đơn vị chủ trì", 22),
    ("Đơn vị phối hợp", 24), ("Thời hạn", 12), ("Trạng thái", 14), ("Tiến độ (%)", 9),
    ("Sản phẩm", 26), ("Chuyển tiếp", 10),
)
TASK_HEADERS = tuple(h for h, _ in TASK_COLUMNS)
TARGET_LEAD = (("STT", 6), ("Chỉ tiêu", 50), ("Giá trị kế hoạch", 11), ("Đơn vị tính", 11),
               ("Chỉ tiêu của tỉnh", 11), ("Giá trị cơ sở", 11))
TARGET_PERIOD_WIDTH = 12
TARGET_TAIL = (("Tỷ lệ đạt (%)", 10),)
SUMMARY_COLUMNS = (("Thống kê theo", 16), ("Nội dung", 44), ("Số nhiệm vụ", 11),
                   ("Hoàn thành", 11), ("Quá hạn", 10), ("Tiến độ bình quân (%)", 12))


class WorkbookWriteFailed(UserFacingError):
    pass


class TaskLike(Protocol):
    """What the "Nhiệm vụ" sheet reads of a task (``services.task_queries.TaskRow`` fits)."""

    stt: int
    text: str
    group: str
    lead_unit_name: str
    co_unit_names: tuple[str, ...]
    deadline: dt.date | None
    deadline_text: str
    status: TaskStatus
    progress: int
    output: str
    is_carried_over: bool


@dataclass(frozen=True)
class TargetLine:
    stt: int
    text: str
    value: float | None
    unit: str | None
    province_value: float | None
    baseline: float | None
    actuals: dict[str, float | None] = field(default_factory=dict)  # period code → value

    @property
    def latest(self) -> tuple[str, float] | None:
        known = [(Period.parse(p), v) for p, v in self.actuals.items() if v is not None]
        if not known:
            return None
        period, value = max(known, key=lambda pv: pv[0])
        return period.code, value

    @property
    def reached_percent(self) -> float | None:
        """The latest actual as a share of the plan value, in % (one decimal)."""
        latest = self.latest
        if latest is None or not self.value:
            return None
        return round(100 * latest[1] / self.value, 1)


@dataclass(frozen=True)
class CountLine:
    """One row of "Tổng hợp": ``kind`` is the grouping ("Trạng thái", ...)."""

    kind: str
    name: str
    tasks: int
    done: int
    late: int
    progress: float  # average %, 0–100


@dataclass(frozen=True)
class ProvinceWorkbookData:
    year: int
    title: str  # the plan's summary line
    district: str  # "huyện Sơn Hà Mẫu"
    tasks: Sequence[TaskLike]
    targets: Sequence[TargetLine]
    summary: Sequence[CountLine]
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def periods(self) -> list[str]:
        """Every period with an actual, in time order."""
        codes = {p for t in self.targets for p in t.actuals}
        return [p.code for p in sorted(Period.parse(c) for c in codes)]


def period_heading(code: str) -> str:
    label = Period.parse(code).label  # "quý I năm 2026"
    return "Thực hiện " + label


def write_province_workbook(data: ProvinceWorkbookData, path: str | os.PathLike) -> Path:
    """Write the workbook to a temporary file beside ``path``, then rename it into place:
    on any refusal or error no file (and no half file) is left behind."""
    target = Path(path).expanduser().absolute()
    if not target.parent.is_dir():
        raise WorkbookWriteFailed(f"Thư mục “{target.parent}” không tồn tại.")
    wb = Workbook(write_only=True)
    fd, temp = tempfile.mkstemp(prefix=".dxdesk-", suffix=".xlsx", dir=target.parent)
    os.close(fd)
    try:
        _tasks_sheet(wb, data)
        _targets_sheet(wb, data)
        _summary_sheet(wb, data)
        wb.properties.title = strip_control(data.title)[:250]
        wb.properties.creator = "dxdesk"
        wb.save(temp)
        os.replace(temp, target)
    except PermissionError as exc:
        raise WorkbookWriteFailed(
            f"Không ghi được tệp “{target}”: tệp đang mở trong chương trình khác hoặc không "
            f"có quyền ghi. Hãy đóng tệp rồi thử lại.") from exc
    except OSError as exc:
        raise WorkbookWriteFailed(f"Không ghi được tệp “{target}”: {describe_os_error(exc)}.") from exc
    finally:
        discard_write_only(wb)
        if os.path.exists(temp):
            os.remove(temp)
    return target


# ----------------------------------------------------------------------------- sheets


class _Styles:
    def __init__(self, ws):
        grey = "D9D9D9"
        self.header = CellStyle(ws, bold=True, horizontal="center", fill=grey)
        self.text = CellStyle(ws)
        self.center = CellStyle(ws, horizontal="center")
        self.date = CellStyle(ws, horizontal="center", number_format=DATE_FORMAT)
        self.integer = CellStyle(ws, horizontal="center", number_format="0")
        self.number = CellStyle(ws, horizontal="right")
        self.percent = CellStyle(ws, horizontal="right", number_format=PERCENT_FORMAT)


def _start_sheet(wb: Workbook, title: str, columns: Sequence[tuple[str, float]], rows: int,
                 print_title: str, data: ProvinceWorkbookData):
    """A write-only sheet with everything that precedes its rows set (view, columns)."""
    ws = wb.create_sheet(title)
    for index, (_, width) in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{max(rows, 0) + 1}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    heading = _header_text(f"{print_title} — {data.district} — năm {data.year}")
    ws.oddHeader.center.text = heading
    ws.oddHeader.center.size = 11
    ws.oddHeader.center.font = "Times New Roman,Bold"
    ws.oddFooter.center.text = "Trang &[Page]/&[Pages]"
    ws.oddFooter.center.size = 10
    ws.oddFooter.center.font = "Times New Roman,Regular"
    styles = _Styles(ws)
    rows = SheetRows(ws)
    rows.row(row_height(wrapped_lines(columns, (name for name, _ in columns))))
    for column, (name, _) in enumerate(columns, 1):
        rows.text(column, name, styles.header, "Tiêu đề cột")
    return rows, styles


def _header_text(text: str) -> str:
    """Page-header text: "&" is a code there (written "&&"); at most 255 characters."""
    text = " ".join(strip_control(text).split())
    return text[:200].replace("&", "&&")


def _tasks_sheet(wb: Workbook, data: ProvinceWorkbookData) -> None:
    rows, st = _start_sheet(wb, SHEET_TASKS, TASK_COLUMNS, len(data.tasks),
                            "Danh mục nhiệm vụ", data)
    text, number, date, row = rows.text, rows.number, rows.date, rows.row
    s_text, s_center, s_int, s_date = st.text, st.center, st.integer, st.date
    wrapped = tuple(TASK_COLUMNS[i] for i in (1, 2, 3, 4, 8))
    labels = {status: _capital(status.label) for status in TaskStatus}
    for task in data.tasks:
        stt = task.stt

        def where(stt=stt, task=task) -> str:
            return f"Nhiệm vụ số {stt} (“{_excerpt(task.text)}”)"

        co_units = "; ".join(n for n in task.co_unit_names if n)
        row(row_height(wrapped_lines(wrapped, (task.text, task.group, task.lead_unit_name, co_units,
                                     task.output))))
        number(1, stt, s_int)
        text(2, task.text, s_text, where)
        text(3, task.group, s_text, where)
        text(4, task.lead_unit_name, s_text, where)
        text(5, co_units, s_text, where)
        if task.deadline is not None:
            date(6, task.deadline, s_date)
        else:
            text(6, task.deadline_text, s_center, where)
        text(7, labels[task.status], s_center, where)
        number(8, task.progress, s_int)
        text(9, task.output, s_text, where)
        text(10, "Có" if task.is_carried_over else "Không", s_center, where)
    rows.close()


def _targets_sheet(wb: Workbook, data: ProvinceWorkbookData) -> None:
    periods = data.periods
    columns = (*TARGET_LEAD, *((period_heading(p), TARGET_PERIOD_WIDTH) for p in periods),
               *TARGET_TAIL)
    rows, st = _start_sheet(wb, SHEET_TARGETS, columns, len(data.targets), "Chỉ tiêu", data)
    for t in data.targets:
        def where(t=t) -> str:
            return f"Chỉ tiêu số {t.stt} (“{_excerpt(t.text)}”)"

        rows.row(row_height(wrapped_lines(columns[1:4], (t.text, None, t.unit))))
        rows.number(1, t.stt, st.integer)
        rows.text(2, t.text, st.text, where)
        rows.number(3, t.value, st.number)
        rows.text(4, t.unit, st.center, where)
        rows.number(5, t.province_value, st.number)
        rows.number(6, t.baseline, st.number)
        for column, period in enumerate(periods, 7):
            rows.number(column, t.actuals.get(period), st.number)
        rows.number(7 + len(periods), t.reached_percent, st.percent)
    rows.close()


def _summary_sheet(wb: Workbook, data: ProvinceWorkbookData) -> None:
    rows, st = _start_sheet(wb, SHEET_SUMMARY, SUMMARY_COLUMNS, len(data.summary),
                            "Tổng hợp tình hình thực hiện", data)
    for line in data.summary:
        where = f"Dòng tổng hợp “{_excerpt(line.name)}”"
        rows.row(row_height(wrapped_lines(SUMMARY_COLUMNS[:2], (line.kind, line.name))))
        rows.text(1, line.kind, st.text, where)
        rows.text(2, line.name, st.text, where)
        rows.number(3, line.tasks, st.integer)
        rows.number(4, line.done, st.integer)
        rows.number(5, line.late, st.integer)
        rows.number(6, round(line.progress, 1), st.percent)
    rows.close()


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(strip_control(text or "")[:limit + 40].split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
