"""Cell editors of the new-plan wizard's task table, and the unit pickers its bulk
dialog shares: lead unit (combo box), co-units (check list), deadline (date edit whose
first date means “no deadline”).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QDate, QLocale, QRect, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QListWidget, QListWidgetItem,
                               QStyledItemDelegate)

from dxdesk.gui.task_delegates import DATE_FORMAT
from dxdesk.gui.wizard_models import TasksModel
from dxdesk.gui.wizard_page import ROLE, unit_label
from dxdesk.services.plan_sources import UnitInfo

__all__ = ["CoUnitsDelegate", "CoUnitsEditor", "DeadlineDelegate", "LeadUnitDelegate",
           "UnitChecklist", "configure_date_edit", "fill_unit_combo"]

VIETNAMESE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


class LeadUnitDelegate(QStyledItemDelegate):
    """A list of units to pick the lead unit from (first entry: not assigned yet)."""

    def __init__(self, units: Sequence[UnitInfo], parent=None):
        super().__init__(parent)
        self.units = units

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        fill_unit_combo(combo, self.units)
        combo.activated.connect(lambda: (self.commitData.emit(combo),
                                         self.closeEditor.emit(combo)))
        return combo

    def setEditorData(self, editor: QComboBox, index):
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QComboBox, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def fill_unit_combo(combo: QComboBox, units: Sequence[UnitInfo]) -> None:
    combo.addItem("(chưa giao)", None)
    for unit in units:
        combo.addItem(unit_label(unit), unit.id)
    combo.setMaxVisibleItems(20)


class UnitChecklist:
    """Units with check boxes in a QListWidget (Space ticks the current one)."""

    def __init__(self, widget: QListWidget, units: Sequence[UnitInfo]):
        self.widget = widget
        for unit in units:
            item = QListWidgetItem(unit_label(unit))
            item.setData(ROLE, unit.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)

    def _items(self) -> list[QListWidgetItem]:
        return [self.widget.item(i) for i in range(self.widget.count())]

    def set_checked(self, unit_ids: Iterable[int]) -> None:
        wanted = set(unit_ids)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(ROLE) in wanted
                               else Qt.CheckState.Unchecked)

    def checked(self) -> list[int]:
        return [item.data(ROLE) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked
                and item.flags() & Qt.ItemFlag.ItemIsEnabled]

    def disable(self, unit_id: int | None, why: str) -> None:
        """Grey out one unit (the lead unit cannot also co-operate)."""
        for item in self._items():
            if item.data(ROLE) == unit_id:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setText(f"{item.text()} — {why}")


class CoUnitsEditor(QListWidget):
    """The co-unit cell's editor: a check list over the cell."""

    def __init__(self, units: Sequence[UnitInfo], parent=None):
        super().__init__(parent)
        self.checklist = UnitChecklist(self, units)


class CoUnitsDelegate(QStyledItemDelegate):
    """A check list of units, opened over the cell (taller than the row)."""

    HEIGHT = 260

    def __init__(self, units: Sequence[UnitInfo], parent=None):
        super().__init__(parent)
        self.units = units

    def createEditor(self, parent, option, index):
        editor = CoUnitsEditor(self.units, parent)
        editor.setToolTip("Đánh dấu các đơn vị phối hợp (phím cách để chọn), Enter để xong")
        return editor

    def setEditorData(self, editor: CoUnitsEditor, index):
        editor.checklist.set_checked(index.data(Qt.ItemDataRole.EditRole) or [])
        lead = index.siblingAtColumn(TasksModel.LEAD).data(Qt.ItemDataRole.EditRole)
        editor.checklist.disable(lead, "chủ trì")

    def setModelData(self, editor: CoUnitsEditor, model, index):
        model.setData(index, editor.checklist.checked(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        area = editor.parentWidget().rect()
        rect = QRect(option.rect)
        rect.setWidth(max(rect.width(), 440))
        rect.setHeight(min(self.HEIGHT, area.height()))
        if rect.bottom() > area.bottom():
            rect.moveBottom(area.bottom())
        if rect.right() > area.right():
            rect.moveRight(area.right())
        editor.setGeometry(rect)


class DeadlineDelegate(QStyledItemDelegate):
    """A date editor, dd/MM/yyyy, with a calendar; its first date means “no deadline”."""

    NONE = QDate(2000, 1, 1)

    def createEditor(self, parent, option, index):
        editor = QDateEdit(parent)
        configure_date_edit(editor)
        editor.setMinimumDate(self.NONE)
        editor.setSpecialValueText("(không có)")
        return editor

    def setEditorData(self, editor: QDateEdit, index):
        day = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(QDate(day) if day else self.NONE)

    def setModelData(self, editor: QDateEdit, model, index):
        day = editor.date()
        model.setData(index, None if day == self.NONE else day.toPython(),
                      Qt.ItemDataRole.EditRole)


def configure_date_edit(editor: QDateEdit) -> None:
    editor.setDisplayFormat(DATE_FORMAT)
    editor.setCalendarPopup(True)
    editor.setLocale(VIETNAMESE)
    editor.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    editor.calendarWidget().setLocale(VIETNAMESE)
