"""Task tables (phụ lục, Excel lists) and target tables, whatever their column order.

A table is a task table when one of its first rows is a header naming a task column
(``Nhiệm vụ``, ``Nội dung``, ``Tên nhiệm vụ``...) and at least one more known column
(``STT``, ``Đơn vị chủ trì``, ``Đơn vị phối hợp``, ``Thời gian hoàn thành``, ``Sản phẩm``).
Names are compared without diacritics or case; a two-row header (``Đơn vị thực hiện``
over ``Chủ trì | Phối hợp``) is read as one. Rows that only name a group (``I. Nhận thức
số``, a roman or letter STT, a bold row without units) are groups of the tasks below.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from dxdesk.importing.labels import match_label
from dxdesk.importing.model import Target, Task
from dxdesk.importing.unit_cells import row_units
from dxdesk.importing.numbers import first_quantity, horizon_year, parse_deadline
from dxdesk.text import clean, fold

__all__ = ["TCell", "TaskColumns", "find_task_header", "table_tasks", "find_target_header",
           "table_targets", "is_layout_text", "header_role", "columns_from_header"]

MAX_HEADER_SCAN = 15


@dataclass(slots=True)
class TCell:
    text: str = ""
    value: object = None
    bold: bool = False
    spanned: str = ""  # in a cell merged across from the left: the merged cell's text


@dataclass
class TaskColumns:
    task: int
    stt: int | None = None
    lead: int | None = None
    co: int | None = None
    deadline: int | None = None
    output: int | None = None
    group: int | None = None  # a column naming each task's field (``Lĩnh vực``)
    others: list[int] = field(default_factory=list)
    header_row: int = 0  # the header's first row
    first_row: int = 0  # the first row after the header

    def role_columns(self) -> list[int]:
        return [c for c in (self.lead, self.co, self.deadline, self.output) if c is not None]


_ROLE_RULES = (
    ("co", re.compile(r"\bphoi hop\b")),
    ("other", re.compile(r"\bdvt\b|\bdon vi tinh\b|\bkinh phi\b|\bnguon von\b|\bdu toan\b")),
    ("lead", re.compile(r"\bchu tri\b|\bdon vi thuc hien\b|\bco quan thuc hien\b|"
                        r"\bdon vi thuc hien chinh\b|\bdon vi trien khai\b|\bdon vi\b|"
                        r"\bco quan\b|\btrach nhiem\b|\bnguoi thuc hien\b")),
    ("output", re.compile(r"\bsan pham\b|\bket qua\b")),
    ("start", re.compile(r"\bbat dau\b|\bkhoi cong\b|\btu ngay\b|\bkhoi dong\b")),
    ("deadline", re.compile(r"\bthoi gian\b|\bthoi han\b|\btien do\b|\bhoan thanh\b|"
                            r"\bmoc\b|\bthoi diem\b|\bhan\b|\bket thuc\b|\blo trinh\b|"
                            r"\bnam thuc hien\b|\bden ngay\b")),
    ("other", re.compile(r"\bkinh phi\b|\bnguon von\b|\bdu toan\b|\bghi chu\b|\bnguon\b|"
                         r"\bdvt\b|\bdon vi tinh\b")),
    ("stt", re.compile(r"^(?:stt|tt|so tt|so thu tu|thu tu)\.?$")),
    # A column naming each task's field (pillar), in lists made to be filtered.
    ("group", re.compile(r"^(?!.*\b(?:nhiem vu|cong viec|noi dung)\b.*\b(?:cu the|chi tiet)\b)"
                         r"(?:linh vuc|tru cot|nhom nhiem vu|nhom|nhom linh vuc|noi dung lon|"
                         r"tru cot chuyen doi so|linh vuc chuyen doi so)$")),
    # A table of targets, not of tasks ("Nhiệm vụ/chỉ tiêu" names tasks all the same).
    ("target", re.compile(r"^(?!.*\b(?:nhiem vu|cong viec|hoat dong|du an)\b).*\bchi tieu\b")),
    ("task", re.compile(r"\bnhiem vu\b|\bnoi dung\b|\bcong viec\b|\bhoat dong\b|\bten du an\b|"
                        r"\bdu an\b|\bgiai phap\b|\bten\b|\bde an\b|\bchuong trinh\b")),
)


def _role(header: str) -> str | None:
    key = fold(header)
    if not key:
        return None
    if key.replace(" ", "").rstrip(".") in ("stt", "tt", "sott", "sothutu", "thutu"):
        return "stt"  # also "ST T": a narrow column broke the word
    # "Đơn vị thực hiện - Chủ trì": the more specific word decides.
    for role, regex in _ROLE_RULES:
        if regex.search(key):
            if role == "lead" and re.search(r"\bnhiem vu\b|\bnoi dung\b", key) and \
                    not re.search(r"\bchu tri\b|\bthuc hien\b", key):
                return "task"
            return role
    return None


def header_role(text: str) -> str | None:
    """What a column named ``text`` holds: ``task``, ``stt``, ``lead``, ``co``,
    ``deadline``, ``output``, ``group``, ``start``, ``target``, ``other``, or None."""
    return _role(text)


def columns_from_header(texts: list[str]) -> TaskColumns | None:
    """The task columns a header naming its columns ``texts`` gives, or None."""
    return _columns_from(texts)


def _header_texts(rows: list[list[TCell]], index: int, depth: int) -> list[str]:
    """Each column's header: the texts of the header rows joined; a row above the last
    lends a cell merged across several columns to each of them (``Thời gian`` over
    ``Bắt đầu | Hoàn thành``)."""
    width = max(len(r) for r in rows[index:index + depth])
    texts = []
    for col in range(width):
        parts = []
        for k, r in enumerate(rows[index:index + depth]):
            if col >= len(r):
                continue
            t = r[col].text.strip()
            if not t and k < depth - 1:
                t = r[col].spanned.strip()
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        texts.append(" ".join(parts))
    return texts


_BOTH_ROLES_RE = re.compile(r"\bchu tri\b.*\bphoi hop\b")
_FINAL_DEADLINE_RE = re.compile(r"\bhoan thanh\b|\bket thuc\b|\bthoi han\b|\bhan\b")


def _columns_from(texts: list[str]) -> TaskColumns | None:
    roles: dict[str, int] = {}
    others: list[int] = []
    for col, text in enumerate(texts):
        role = _role(text)
        if role is None:
            continue
        if role == "co" and _BOTH_ROLES_RE.search(fold(text)) and "lead" not in roles:
            roles["lead"] = roles["co"] = col  # "Cơ quan chủ trì/phối hợp": one column for both
            continue
        if role in ("other", "start", "target"):
            others.append(col)
            continue
        if role not in roles:
            roles[role] = col
        elif role == "lead" and "co" not in roles:
            roles["co"] = col
        elif role == "deadline" and _FINAL_DEADLINE_RE.search(fold(text)) and \
                not _FINAL_DEADLINE_RE.search(fold(texts[roles["deadline"]])):
            # "Thời gian thực hiện" then "Thời hạn hoàn thành": the end is the deadline.
            others.append(roles["deadline"])
            roles["deadline"] = col
    if "task" not in roles:
        return None
    if not any(r in roles for r in ("stt", "lead", "co", "deadline", "output")):
        return None
    return TaskColumns(task=roles["task"], stt=roles.get("stt"), lead=roles.get("lead"),
                       co=roles.get("co"), deadline=roles.get("deadline"),
                       output=roles.get("output"), group=roles.get("group"), others=others)


_SUB_HEADER_RE = re.compile(
    r"^(?:chu tri|phoi hop|bat dau|ket thuc|hoan thanh|tu|den|tu ngay|den ngay|nam|quy|"
    r"thang|tong|tong so|tong cong|trong do|ngan sach|nstw|nsdp|ns tinh|ns huyen|"
    r"trung uong|dia phuong|tinh|huyen|xa|khac|von khac|nguon khac|so luong|don vi|"
    r"ke hoach|thuc hien|ty le|ghi chu|noi dung)\b")


def _sub_header_row(header: list[TCell], row: list[TCell]) -> bool:
    """Whether ``row`` is the second row of a two-row header: every cell of it is a
    column name (``Chủ trì | Phối hợp``, ``Bắt đầu | Hoàn thành``, ``Năm 2024``), one of
    them at least under a name of the row above that it divides."""
    divides = False
    filled = 0
    for col, cell in enumerate(row):
        text = cell.text.strip()
        if not text:
            continue
        filled += 1
        above = header[col].text.strip() if col < len(header) else ""
        if text == above:
            continue  # a header cell merged down over both rows
        key = fold(text)
        if cell.value is not None and not isinstance(cell.value, str):
            return False  # a number or a date: data
        if _INDEX_CELL_RE.match(key) or len(key) > 40:
            return False
        if not (_SUB_HEADER_RE.match(key) or _role(text) not in (None, "task", "stt")):
            return False
        divides = True
    return divides and filled >= 1


def find_task_header(rows: list[list[TCell]]) -> TaskColumns | None:
    """The columns of a task table, or None when ``rows`` is not one."""
    for index in range(min(len(rows), MAX_HEADER_SCAN)):
        if not any(c.text.strip() for c in rows[index]):
            continue
        one = _columns_from(_header_texts(rows, index, 1))
        if one is None:
            continue
        cols = one
        depth = 1
        if index + 1 < len(rows) and _sub_header_row(rows[index], rows[index + 1]):
            two = _columns_from(_header_texts(rows, index, 2))
            if two is not None:
                cols, depth = two, 2
        cols.header_row = index
        cols.first_row = index + depth
        return cols
    return None


_INDEX_CELL_RE = re.compile(r"^\(?\d{1,2}\)?$|^\(?[a-z]\)?$|^\(\d+\)\s*=.*$")
_ROMAN_RE = re.compile(r"^[IVXL]+\.?$")
_LETTER_RE = re.compile(r"^[A-ZĐ]\.?$")
_TOTAL_RE = re.compile(r"^(?:tong cong|tong so|cong|tong)\s*:?\s*$|^tong cong\b")
_LEADING_MARK_RE = re.compile(r"^\s*[-–—+•*]\s*")


def _cell(row: list[TCell], col: int | None) -> TCell:
    if col is None or col >= len(row):
        return TCell()
    return row[col]


def _one_line(text: str) -> str:
    return clean(" ".join(_LEADING_MARK_RE.sub("", ln) if i else ln
                          for i, ln in enumerate(text.split("\n"))))


def _is_index_row(row: list[TCell]) -> bool:
    texts = [fold(c.text) for c in row if c.text.strip()]
    return len(texts) >= 2 and all(_INDEX_CELL_RE.match(t) for t in texts)


def _distinct_texts(row: list[TCell]) -> list[str]:
    out: list[str] = []
    for c in row:
        t = c.text.strip()
        if t and (not out or out[-1] != t):
            out.append(t)
    return out


def _group_title(text: str) -> str:
    text = clean(text)
    label = match_label(text)
    if label is not None and not label.is_bullet and label.rest:
        text = label.rest
    return text.rstrip(" :")


def _title_like(text: str) -> bool:
    """A group name: short, without the full stop of a sentence."""
    return len(text) <= 100 and not text.rstrip().endswith((".", ";")) and \
        len(text.split()) <= 14


def _stt_depth(stt: str) -> int | None:
    """The depth of a row's number: ``A`` -1, ``I`` 0, ``1`` 1, ``1.1`` 2; None for none."""
    if not stt:
        return None
    if _ROMAN_RE.match(stt):
        return 0
    if _LETTER_RE.match(stt):
        return -1
    if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){0,3}", stt):
        return stt.count(".") + 1
    return None


def _next_is_task(body: list[list[TCell]], i: int, cols: TaskColumns) -> bool:
    """Whether the next filled row of ``body`` after row ``i`` is a task with its lead."""
    for row in body[i + 1:]:
        if any(c.text.strip() for c in row):
            return bool(_cell(row, cols.task).text.strip() and _cell(row, cols.lead).text.strip())
    return False


def table_tasks(rows: list[list[TCell]], cols: TaskColumns, *, group: str | None,
                path: list[str], limit: int = 20_000) -> tuple[list[Task], list[str]]:
    """The tasks of a task table and the names of its group rows."""
    tasks: list[Task] = []
    groups: list[str] = []
    current_group = group
    # The group rows above the current row with their depth in the numbering ("I" 0,
    # "1" 1, "1.1" 2; None unnumbered): a row numbered "2" after "1 | Nhóm" over
    # "1.1", "1.2" is not in the group "1" but in the one above it.
    open_groups: list[tuple[int | None, str]] = []
    body = rows[cols.first_row:]
    filled = [r for r in body if _cell(r, cols.task).text.strip()]
    numbered_share = (sum(1 for r in filled if _cell(r, cols.stt).text.strip()) / len(filled)
                      if filled and cols.stt is not None else 0.0)
    lead_share = (sum(1 for r in filled if _cell(r, cols.lead).text.strip()) / len(filled)
                  if filled and cols.lead is not None else 0.0)
    header_keys = {fold(c.text) for r in rows[cols.header_row:cols.first_row] for c in r
                   if c.text.strip()}
    for i, row in enumerate(body):
        if len(tasks) >= limit:
            break
        if not any(c.text.strip() for c in row):
            continue
        if _is_index_row(row):
            continue  # "(1) (2) (3)" under the header, on every page
        if fold(_cell(row, cols.task).text) in header_keys and all(
                fold(c.text) in header_keys for c in row if c.text.strip()):
            continue  # the header again: repeated at the top of a page, or its second row
        task_cell = _cell(row, cols.task)
        stt = clean(_cell(row, cols.stt).text).rstrip(".)")  # "1.", "2)": numbering
        texts = _distinct_texts(row)
        role_empty = all(not _cell(row, c).text.strip() for c in cols.role_columns())
        task_text = _one_line(task_cell.text)
        if texts and _TOTAL_RE.match(fold(texts[0])):
            continue
        first = clean(texts[0]) if texts else ""
        first_label = match_label(first)
        bold_row = task_cell.bold or (cols.stt is not None and _cell(row, cols.stt).bold
                                      and not task_text)
        is_group = False
        if not role_empty:
            is_group = False
        elif stt and (_ROMAN_RE.match(stt) or _LETTER_RE.match(stt)):
            is_group = True
        elif stt and not task_text and len(texts) == 1 and len(stt.split()) >= 2 and \
                match_label(stt) is None and _title_like(stt):
            # A title in a cell merged over the number and task columns: a group's name.
            is_group = True
        elif first_label is not None and first_label.style in ("roman", "ALPHA", "phan",
                                                               "chuong", "muc"):
            is_group = len(texts) <= 2
        elif len(texts) == 1 and (bold_row or (numbered_share >= 0.6 and not stt)):
            is_group = len(first) <= 150
        elif len(texts) == 1 and not stt and lead_share >= 0.6 and task_text:
            # A row naming only a field in a list whose tasks all have their lead unit:
            # a group row typed without bold or number (``Chính quyền số``).
            is_group = _title_like(task_text) and _next_is_task(body, i, cols)
        elif stt and re.fullmatch(r"\d{1,2}", stt) and i + 1 < len(body):
            nxt = clean(_cell(body[i + 1], cols.stt).text).rstrip(".)")
            # "1 | Nhận thức số" over "1.1 | …", or over unnumbered tasks with their lead.
            is_group = nxt.startswith(stt + ".") or (
                not nxt and len(texts) <= 2 and lead_share >= 0.6 and _title_like(task_text)
                and _next_is_task(body, i, cols))
        depth = _stt_depth(stt)
        if depth is not None:
            while open_groups and open_groups[-1][0] is not None and \
                    open_groups[-1][0] >= depth:
                open_groups.pop()
            current_group = open_groups[-1][1] if open_groups else group
        if is_group:
            title = _group_title(task_text or first)
            if title:
                current_group = title
                groups.append(title)
                open_groups.append((depth, title))
            continue
        if not task_text:
            continue
        label = match_label(task_text)
        if label is not None and label.is_bullet and label.rest:
            task_text = label.rest
        deadline_cell = _cell(row, cols.deadline)
        deadline_value = deadline_cell.value if isinstance(deadline_cell.value, (dt.date,)) \
            else deadline_cell.text
        field_name = _group_title(_cell(row, cols.group).text) if cols.group is not None \
            else ""
        lead, co = row_units(_cell(row, cols.lead).text if cols.lead is not None else None,
                             _cell(row, cols.co).text if cols.co is not None else None,
                             combined=cols.lead is not None and cols.lead == cols.co)
        tasks.append(Task(
            text=task_text,
            group=field_name or current_group,
            path=list(path),
            lead=lead,
            co=co,
            deadline=parse_deadline(deadline_value) if cols.deadline is not None else None,
            output=_one_line(_cell(row, cols.output).text) or None
            if cols.output is not None else None,
        ))
    return tasks, groups


# ------------------------------------------------------------------------ target tables

@dataclass
class TargetColumns:
    text: int
    values: list[tuple[int, int | None]]  # (column, year of the column)
    unit: int | None = None
    first_row: int = 0


def find_target_header(rows: list[list[TCell]]) -> TargetColumns | None:
    """A table of targets: a ``Chỉ tiêu`` column and value columns (``Năm 2025``,
    ``Mục tiêu``, ``Giá trị``, ``Kế hoạch``)."""
    for index in range(min(len(rows), MAX_HEADER_SCAN)):
        texts = [fold(c.text) for c in rows[index]]
        text_col = None
        unit_col = None
        values: list[tuple[int, int | None]] = []
        for col, key in enumerate(texts):
            if not key:
                continue
            if text_col is None and re.search(r"\bchi tieu\b|\bnoi dung\b|\bten chi tieu\b", key) \
                    and not re.search(r"\b(?:19|20)\d\d\b", key):
                text_col = col
            elif re.search(r"\bdon vi tinh\b|\bdvt\b|^don vi$", key):
                if unit_col is None:
                    unit_col = col
            elif re.search(r"\b(?:19|20)\d\d\b|\bmuc tieu\b|\bgia tri\b|\bke hoach\b|"
                           r"\bchi tieu\b|\bphan dau\b", key):
                values.append((col, horizon_year(rows[index][col].text) or
                               _year_in(rows[index][col].text)))
        if text_col is not None and values:
            return TargetColumns(text=text_col, values=values, unit=unit_col,
                                 first_row=index + 1)
    return None


def _year_in(text: str) -> int | None:
    m = re.search(r"\b((?:19|20)\d\d)\b", text)
    return int(m.group(1)) if m else None


def table_targets(rows: list[list[TCell]], cols: TargetColumns, *, path: list[str],
                  horizon: int | None) -> list[Target]:
    targets: list[Target] = []
    for row in rows[cols.first_row:]:
        text = _one_line(_cell(row, cols.text).text)
        if not text or _is_index_row(row):
            continue
        label = match_label(text)
        if label is not None and label.rest:
            text = label.rest
        for col, year in cols.values:
            cell = _cell(row, col)
            raw = cell.value if isinstance(cell.value, (int, float)) else cell.text
            if isinstance(raw, (int, float)) and not isinstance(raw, bool):
                quantity = (int(raw) if float(raw).is_integer() else raw, None)
                if 0 < raw <= 1 and "%" in cell.text:
                    quantity = (round(raw * 100, 6), "%")
            else:
                quantity = first_quantity(str(raw or ""))
            if quantity is None:
                continue
            value, unit = quantity
            unit_text = clean(_cell(row, cols.unit).text) if cols.unit is not None else ""
            targets.append(Target(text=text, value=value, unit=unit or unit_text or None,
                                  horizon=year or horizon, path=list(path)))
            break
    return targets


_LAYOUT_RE = re.compile(r"^(?:noi nhan|so\s*:|cong hoa|doc lap|dang cong san|tm\.|kt\.|t/m|q\.|"
                        r"tl\.|tuq\.|chu tich|pho chu tich|giam doc|uy ban|hoi dong|"
                        r"ubnd|kinh gui)")


def is_layout_text(text: str) -> bool:
    """Text of the header or closing block of a document (a layout table)."""
    return bool(_LAYOUT_RE.match(fold(text)))
