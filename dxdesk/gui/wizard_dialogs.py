"""The bulk actions of the new-plan wizard's task page: “Giao cho đơn vị…” (one lead unit,
optionally the same co-units, for many tasks) and “Đặt thời hạn…” (one deadline)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QLabel, QListWidget, QVBoxLayout)

from dxdesk.domain.holidays import deadline_warning
from dxdesk.gui.forms import load_form
from dxdesk.gui.wizard_delegates import UnitChecklist, configure_date_edit, fill_unit_combo
from dxdesk.services.plan_sources import UnitInfo

__all__ = ["BulkDeadlineDialog", "BulkUnitDialog"]


class _BulkDialog(QDialog):
    """A bulk action's dialog: its form (with a ``headline`` label and ``buttons``), OK
    named for the action, Hủy."""

    def __init__(self, title: str, form: str, headline: str, ok_text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.panel = load_form(form, self)
        QVBoxLayout(self).addWidget(self.panel)
        self.panel.findChild(QLabel, "headline").setText(headline)
        buttons: QDialogButtonBox = self.panel.findChild(QDialogButtonBox, "buttons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)


class BulkUnitDialog(_BulkDialog):
    """“Giao cho đơn vị…”: one lead unit (and optionally the same co-units) for many tasks."""

    def __init__(self, units: Sequence[UnitInfo], count: int, parent=None):
        super().__init__("Giao nhiệm vụ cho đơn vị", "wizard_bulk_unit",
                         f"Giao {count} nhiệm vụ đang chọn cho:", "&Giao", parent)
        panel = self.panel
        self.lead_combo: QComboBox = panel.findChild(QComboBox, "leadCombo")
        fill_unit_combo(self.lead_combo, units)
        self.replace_co: QCheckBox = panel.findChild(QCheckBox, "replaceCoCheck")
        self.co_list: QListWidget = panel.findChild(QListWidget, "coList")
        self.co_units = UnitChecklist(self.co_list, units)
        self.replace_co.toggled.connect(self.co_list.setEnabled)
        self.resize(520, 520)

    def choose(self, lead_unit_id: int | None, co_unit_ids: Sequence[int] | None = None):
        self.lead_combo.setCurrentIndex(max(self.lead_combo.findData(lead_unit_id), 0))
        self.replace_co.setChecked(co_unit_ids is not None)
        if co_unit_ids is not None:
            self.co_units.set_checked(co_unit_ids)

    def lead_unit_id(self) -> int | None:
        return self.lead_combo.currentData()

    def co_unit_ids(self) -> list[int] | None:
        return self.co_units.checked() if self.replace_co.isChecked() else None


class BulkDeadlineDialog(_BulkDialog):
    """“Đặt thời hạn…”: one deadline for many tasks, flagged when it falls on a day off."""

    def __init__(self, count: int, day: dt.date, parent=None):
        super().__init__("Đặt thời hạn", "wizard_bulk_deadline",
                         f"Đặt cùng một thời hạn cho {count} nhiệm vụ đang chọn.",
                         "Đặt thời &hạn", parent)
        panel = self.panel
        self.date_edit: QDateEdit = panel.findChild(QDateEdit, "dateEdit")
        configure_date_edit(self.date_edit)
        self.clear_check: QCheckBox = panel.findChild(QCheckBox, "clearCheck")
        self.warning_label: QLabel = panel.findChild(QLabel, "warningLabel")
        self.date_edit.dateChanged.connect(self._warn)
        self.clear_check.toggled.connect(lambda on: (self.date_edit.setEnabled(not on),
                                                     self._warn()))
        self.date_edit.setDate(QDate(day))
        self.warning_label.setMinimumHeight(2 * self.warning_label.fontMetrics().height() + 4)
        self.setMinimumWidth(520)
        self._warn()

    def set_day(self, day: dt.date | None) -> None:
        self.clear_check.setChecked(day is None)
        if day is not None:
            self.date_edit.setDate(QDate(day))

    def day(self) -> dt.date | None:
        return None if self.clear_check.isChecked() else self.date_edit.date().toPython()

    def _warn(self) -> None:
        day = self.day()
        warning = deadline_warning(day) if day else None
        self.warning_label.setText(f"⚠ {warning}. Nên chọn một ngày làm việc."
                                   if warning else "")
