"""The table models of the new-plan wizard: the chosen targets (step 3) and the chosen
tasks (step 4), each row a template item beside the district's choice for it. Edits go
into the draft's choices (:class:`dxdesk.services.plans.TargetChoice`, ``TaskChoice``).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dxdesk.domain.holidays import deadline_warning
from dxdesk.gui.wizard_page import (EDITED_TEXT, MUTED_TEXT, PROVINCE_BACKGROUND,
                                    WARNING_BACKGROUND, WARNING_TEXT, format_day)
from dxdesk.services.plan_draft import parse_number, replace_number, short_warning
from dxdesk.services.plan_sources import TargetInfo, TaskInfo, UnitInfo, plain_number
from dxdesk.services.plans import TargetChoice, TaskChoice
from dxdesk.text import clean

__all__ = ["TargetsModel", "TasksModel", "to_date"]


class _ChoicesModel(QAbstractTableModel):
    """Template items (``rows``) beside the district's choices (``choices``, by item id);
    the ``EDITABLE`` columns are edited through ``setData``."""

    HEADERS: list[str] = []
    EDITABLE: tuple[int, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self.choices: dict = {}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


class TargetsModel(_ChoicesModel):
    """The chosen targets: province value (read-only) beside the district's value and
    wording (editable). Changing the value changes the number in the wording too."""

    GROUP, PROVINCE, DISTRICT, UNIT, TEXT = range(5)
    HEADERS = ["Nhóm", "Tỉnh giao", "Huyện đăng ký", "Đơn vị tính",
               "Nội dung chỉ tiêu của huyện (sửa được)"]
    EDITABLE = (DISTRICT, TEXT)
    rows: list[TargetInfo]
    choices: dict[int, TargetChoice]

    def reset(self, rows: list[TargetInfo], choices: dict[int, TargetChoice]) -> None:
        self.beginResetModel()
        self.rows, self.choices = rows, choices
        self.endResetModel()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.HEADERS[section]
            return str(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return {self.PROVINCE: "Giá trị trong kế hoạch của tỉnh (chỉ để đối chiếu)",
                    self.DISTRICT: "Giá trị huyện phấn đấu đạt — bấm đúp để sửa",
                    self.TEXT: "Câu chữ của chỉ tiêu trong kế hoạch huyện — bấm đúp để sửa"
                    }.get(section)
        return None

    def value(self, row: int) -> float | None:
        choice = self.choices[self.rows[row].id]
        return choice.value if choice.value is not None else self.rows[row].value

    def text(self, row: int) -> str:
        return self.choices[self.rows[row].id].text or self.rows[row].text

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info, column = self.rows[index.row()], index.column()
        choice = self.choices[info.id]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.GROUP:
                return info.group
            if column == self.PROVINCE:
                return plain_number(info.value) or "—"
            if column == self.DISTRICT:
                value = plain_number(self.value(index.row()))
                return value if role == Qt.ItemDataRole.EditRole else value or "—"
            if column == self.UNIT:
                return info.unit
            return self.text(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and column == self.PROVINCE:
            return QBrush(QColor(PROVINCE_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.PROVINCE:
                return QBrush(QColor(MUTED_TEXT))
            if (column == self.DISTRICT and choice.value is not None) or \
                    (column == self.TEXT and choice.text):
                return QBrush(QColor(EDITED_TEXT))
        if role == Qt.ItemDataRole.FontRole and column == self.DISTRICT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PROVINCE,
                                                                    self.DISTRICT):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TEXT and choice.text:
                return (f"<p><b>Nguyên văn của tỉnh:</b><br>{html.escape(info.text)}</p>")
            if column in (self.TEXT, self.GROUP):
                return f"<p>{html.escape(self.text(index.row()))}</p>"
            if column == self.DISTRICT and choice.value is not None:
                return f"Đã sửa (tỉnh giao {plain_number(info.value) or '—'}{info.unit})"
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        if column == self.DISTRICT:
            return self.set_value(row, value)
        if column == self.TEXT:
            return self.set_text(row, value)
        return False

    def set_value(self, row: int, value) -> bool:
        """The district's value: a number (``12,5`` or ``12.5``; a ``%`` is ignored);
        empty: the province's."""
        info = self.rows[row]
        choice = self.choices[info.id]
        number = parse_number(value)
        if number is False:
            return False
        new = info.value if number is None else number
        old = self.value(row)
        if new != old and old is not None and new is not None:
            replaced = replace_number(self.text(row), old, new)
            if replaced is not None:
                choice.text = None if replaced == info.text else replaced
        choice.value = None if new == info.value else new
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.TEXT))
        return True

    def set_text(self, row: int, value) -> bool:
        info = self.rows[row]
        text = clean(str(value or ""))
        self.choices[info.id].text = None if not text or text == info.text else text
        self.dataChanged.emit(self.index(row, self.TEXT), self.index(row, self.TEXT))
        return True

    def reset_rows(self, rows: Iterable[int]) -> None:
        for row in rows:
            choice = self.choices[self.rows[row].id]
            choice.value = choice.text = None
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.TEXT))


class TasksModel(_ChoicesModel):
    """The chosen tasks with their lead unit, co-units and deadline (editable)."""

    NUMBER, GROUP, TEXT, LEAD, CO, DEADLINE, NOTE = range(7)
    HEADERS = ["STT", "Nhóm", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
               "Lưu ý"]
    EDITABLE = (LEAD, CO, DEADLINE)
    rows: list[TaskInfo]
    choices: dict[int, TaskChoice]

    def __init__(self, units: dict[int, UnitInfo], parent=None):
        super().__init__(parent)
        self.units = units
        self.prefilled: set[int] = set()

    def reset(self, rows: list[TaskInfo], choices: dict[int, TaskChoice],
              prefilled: set[int]) -> None:
        self.beginResetModel()
        self.rows, self.choices, self.prefilled = rows, choices, prefilled
        self.endResetModel()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def choice(self, row: int) -> TaskChoice:
        return self.choices[self.rows[row].id]

    def _unit_name(self, unit_id: int | None) -> str:
        unit = self.units.get(unit_id) if unit_id else None
        return unit.name if unit else ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        info, choice = self.rows[row], self.choice(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(row + 1)
            if column == self.GROUP:
                return info.group
            if column == self.TEXT:
                return choice.text or info.text.rstrip(";. ")
            if column == self.LEAD:
                return self._unit_name(choice.lead_unit_id) or "(chưa giao)"
            if column == self.CO:
                return "; ".join(filter(None, map(self._unit_name, choice.co_unit_ids)))
            if column == self.DEADLINE:
                return format_day(choice.deadline) or choice.deadline_text
            if column == self.NOTE:
                warning = short_warning(choice.deadline)
                return f"⚠ {warning}" if warning else ""
        if role == Qt.ItemDataRole.EditRole:
            if column == self.LEAD:
                return choice.lead_unit_id
            if column == self.CO:
                return list(choice.co_unit_ids)
            if column == self.DEADLINE:
                return choice.deadline
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.TEXT, self.GROUP, self.NUMBER):
                tip = f"<p>{html.escape(info.text)}<br>Nhóm: {html.escape(info.group)}"
                if info.lead:
                    tip += f"<br>Đơn vị chủ trì theo tỉnh: {html.escape(info.lead)}"
                return tip + "</p>"
            if column == self.LEAD and info.id in self.prefilled:
                return "Theo kế hoạch năm trước"
            if column == self.CO and choice.co_unit_ids:
                return "<br>".join(html.escape(self._unit_name(u))
                                   for u in choice.co_unit_ids)
            if column in (self.DEADLINE, self.NOTE) and choice.deadline:
                return deadline_warning(choice.deadline) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.LEAD and not choice.lead_unit_id:
                return QBrush(QColor(MUTED_TEXT))
            if column == self.DEADLINE and not choice.deadline:
                return QBrush(QColor(MUTED_TEXT))
            if column in (self.DEADLINE, self.NOTE) and short_warning(choice.deadline):
                return QBrush(QColor(WARNING_TEXT))
        if role == Qt.ItemDataRole.BackgroundRole and column in (self.DEADLINE, self.NOTE) \
                and short_warning(choice.deadline):
            return QBrush(QColor(WARNING_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole:
            if (column == self.LEAD and not choice.lead_unit_id) or \
                    (column == self.DEADLINE and not choice.deadline and choice.deadline_text):
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER,
                                                                    self.DEADLINE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        if column == self.LEAD:
            self.assign([row], value)
        elif column == self.CO:
            self.assign([row], self.choice(row).lead_unit_id, list(value or []))
        elif column == self.DEADLINE:
            self.set_deadline([row], to_date(value))
        else:
            return False
        return True

    def assign(self, rows: Iterable[int], lead_unit_id: int | None,
               co_unit_ids: Sequence[int] | None = None) -> None:
        """Give the rows' tasks a lead unit and (unless None) co-units."""
        rows = list(rows)
        for row in rows:
            choice = self.choice(row)
            choice.lead_unit_id = lead_unit_id or None
            co = choice.co_unit_ids if co_unit_ids is None else co_unit_ids
            choice.co_unit_ids = [u for u in dict.fromkeys(co) if u != choice.lead_unit_id]
            self.prefilled.discard(self.rows[row].id)
        self._changed(rows, self.LEAD, self.CO)

    def set_deadline(self, rows: Iterable[int], day: dt.date | None) -> None:
        rows = list(rows)
        for row in rows:
            choice = self.choice(row)
            choice.deadline = day
            if day is not None:
                choice.deadline_text = ""
        self._changed(rows, self.DEADLINE, self.NOTE)

    def _changed(self, rows: list[int], first: int, last: int) -> None:
        if rows:
            self.dataChanged.emit(self.index(min(rows), first), self.index(max(rows), last))


def to_date(value) -> dt.date | None:
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None
