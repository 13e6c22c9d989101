"""Cell editors of the task list: unit picker, date picker, progress and status.

Each editor writes back with one ``model.setData`` call, which the task model turns into
one ``task_edits`` call (one transaction, undoable in the task list).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QSpinBox, QStyledItemDelegate,
                               QStyleOptionViewItem, QWidget)

from dxdesk.domain.status import TaskStatus
from dxdesk.gui.status_colours import status_text
from dxdesk.services.task_edits import deadline_range
from dxdesk.services.task_queries import UnitChoice

__all__ = ["DATE_FORMAT", "NO_UNIT", "DateDelegate", "ProgressDelegate", "StatusDelegate",
           "UnitDelegate", "fill_status_combo", "fill_unit_combo", "make_date_edit", "qdate"]

DATE_FORMAT = "dd/MM/yyyy"
NO_UNIT = 0  # combo data of "no unit" (unit ids start at 1)
_EDIT = Qt.ItemDataRole.EditRole


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def fill_unit_combo(combo: QComboBox, units: Sequence[UnitChoice], none_text: str) -> None:
    """Units in the order given (load_units gives Vietnamese order); the full name shows,
    the short name is the tooltip."""
    combo.clear()
    combo.addItem(none_text, NO_UNIT)
    for unit in units:
        combo.addItem(unit.name, unit.id)
        if unit.short_name:
            combo.setItemData(combo.count() - 1, unit.short_name, Qt.ItemDataRole.ToolTipRole)


def fill_status_combo(combo: QComboBox) -> None:
    combo.clear()
    for status in TaskStatus:
        combo.addItem(status_text(status), status.value)


def make_date_edit(parent: QWidget | None = None, *, plan_year: int | None = None) -> QDateEdit:
    """A QDateEdit as the officer expects one: dd/mm/yyyy, calendar popup, the range of
    deadlines accepted for the plan's year."""
    editor = QDateEdit(parent)
    editor.setCalendarPopup(True)
    editor.setDisplayFormat(DATE_FORMAT)
    if plan_year is not None:
        first, last = deadline_range(plan_year)
        editor.setDateRange(qdate(first), qdate(last))
    return editor


class UnitDelegate(QStyledItemDelegate):
    """Lead unit: a combo box of the units in Vietnamese alphabetical order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._units: list[UnitChoice] = []

    def set_units(self, units: Sequence[UnitChoice]) -> None:
        self._units = list(units)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        fill_unit_combo(combo, self._units, "(chưa giao đơn vị)")
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        unit_id = index.data(_EDIT)
        position = editor.findData(unit_id if unit_id else NO_UNIT)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        unit_id = editor.currentData()
        model.setData(index, unit_id if unit_id else None, _EDIT)


class DateDelegate(QStyledItemDelegate):
    """Deadline: a date edit with a calendar, dd/mm/yyyy."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.plan_year: int | None = None
        self.today = dt.date.today()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        return make_date_edit(parent, plan_year=self.plan_year)

    def setEditorData(self, editor: QDateEdit, index: QModelIndex) -> None:
        value = index.data(_EDIT)
        if isinstance(value, QDate) and value.isValid():
            editor.setDate(value)
        else:  # no date yet: start from today, within the plan's range
            editor.setDate(qdate(self.today))

    def setModelData(self, editor: QDateEdit, model, index: QModelIndex) -> None:
        model.setData(index, editor.date(), _EDIT)


class ProgressDelegate(QStyledItemDelegate):
    """Progress: a spin box 0–100 %."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 100)
        spin.setSingleStep(5)
        spin.setSuffix(" %")
        return spin

    def setEditorData(self, editor: QSpinBox, index: QModelIndex) -> None:
        editor.setValue(int(index.data(_EDIT) or 0))

    def setModelData(self, editor: QSpinBox, model, index: QModelIndex) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), _EDIT)


class StatusDelegate(QStyledItemDelegate):
    """Status: a combo box of the Vietnamese labels."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        fill_status_combo(combo)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(editor.findData(index.data(_EDIT)), 0))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), _EDIT)
