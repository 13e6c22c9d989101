"""The new-plan wizard's table pages: the chosen targets adapted to the district
(step 3) and the chosen tasks given to units with deadlines, one by one or in bulk
(step 4).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QPushButton, QTableView

from dxdesk.domain.holidays import is_day_off
from dxdesk.gui.wizard_delegates import CoUnitsDelegate, DeadlineDelegate, LeadUnitDelegate
from dxdesk.gui.wizard_dialogs import BulkDeadlineDialog, BulkUnitDialog
from dxdesk.gui.wizard_models import TargetsModel, TasksModel
from dxdesk.gui.wizard_page import WARNING_TEXT, PlanWizardPage
from dxdesk.services.plan_draft import previous_working_day, short_warning

if TYPE_CHECKING:
    from dxdesk.gui.new_plan_wizard import NewPlanWizard

__all__ = ["TargetsPage", "TasksPage"]


class _TablePage(PlanWizardPage):
    """A page around one table (``self.table``) whose rows can be selected."""

    table: QTableView

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})


class TargetsPage(_TablePage):
    heading = "Điều chỉnh chỉ tiêu cho cấp huyện"
    form = "wizard_targets"

    def __init__(self, wizard: NewPlanWizard):
        super().__init__(wizard)
        self.setSubTitle("Cột “Tỉnh giao” là giá trị trong kế hoạch của tỉnh, để đối chiếu. "
                         "Bấm đúp vào ô “Huyện đăng ký” để nhập giá trị của huyện (con số "
                         "trong nội dung đổi theo), hoặc vào nội dung để sửa câu chữ.")
        self.table: QTableView = self.child(QTableView, "targetTable")
        self.count_label: QLabel = self.child(QLabel, "countLabel")
        self.model = TargetsModel(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TargetsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TargetsModel.GROUP, 150), (TargetsModel.PROVINCE, 80),
                              (TargetsModel.DISTRICT, 110), (TargetsModel.UNIT, 80)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model.dataChanged.connect(self._count)
        self.model.modelReset.connect(self._count)
        self.child(QPushButton, "resetButton").clicked.connect(
            lambda: self.model.reset_rows(self.selected_rows()))

    def initializePage(self) -> None:
        self.model.reset(self.draft.chosen_target_infos(), self.draft.targets)
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, TargetsModel.DISTRICT))

    def _count(self) -> None:
        rows = self.model.rows
        changed = sum(1 for r in rows if self.model.choices[r.id].value is not None
                      or self.model.choices[r.id].text)
        self.count_label.setText(f"{len(rows)} chỉ tiêu, {changed} đã điều chỉnh cho huyện."
                                 if rows else "Không có chỉ tiêu nào được chọn ở bước trước.")


class TasksPage(_TablePage):
    heading = "Giao nhiệm vụ: đơn vị chủ trì, phối hợp, thời hạn"
    form = "wizard_tasks"

    def __init__(self, wizard: NewPlanWizard):
        super().__init__(wizard)
        self.setSubTitle("Bấm đúp vào ô để chọn đơn vị chủ trì, đơn vị phối hợp hoặc thời "
                         "hạn. Muốn giao nhiều nhiệm vụ cùng lúc: chọn các dòng rồi bấm "
                         "“Giao cho đơn vị…” hoặc “Đặt thời hạn…”.")
        self.table: QTableView = self.child(QTableView, "taskTable")
        self.assign_button: QPushButton = self.child(QPushButton, "assignButton")
        self.deadline_button: QPushButton = self.child(QPushButton, "deadlineButton")
        self.selection_label: QLabel = self.child(QLabel, "selectionLabel")
        self.status_label: QLabel = self.child(QLabel, "statusLabel")
        self.model = TasksModel(wizard.units_by_id, self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(TasksModel.LEAD,
                                            LeadUnitDelegate(wizard.units, self.table))
        self.table.setItemDelegateForColumn(TasksModel.CO,
                                            CoUnitsDelegate(wizard.units, self.table))
        self.table.setItemDelegateForColumn(TasksModel.DEADLINE, DeadlineDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TasksModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TasksModel.NUMBER, 40), (TasksModel.GROUP, 120),
                              (TasksModel.LEAD, 210), (TasksModel.CO, 190),
                              (TasksModel.DEADLINE, 95), (TasksModel.NOTE, 110)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.dataChanged.connect(self._status)
        self.model.modelReset.connect(self._status)
        self.assign_button.clicked.connect(self.open_assign_dialog)
        self.deadline_button.clicked.connect(self.open_deadline_dialog)
        self.workday_button: QPushButton = self.child(QPushButton, "workdayButton")
        self.workday_button.clicked.connect(self.move_to_working_days)
        self.active_dialog: QDialog | None = None
        self._selection_changed()

    def initializePage(self) -> None:
        draft = self.draft
        self.model.reset(draft.chosen_task_infos(), draft.tasks, draft.prefilled)
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, TasksModel.LEAD))

    def select_rows(self, rows: Iterable[int]) -> None:
        """Select these rows (as Ctrl+click would)."""
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0),
                             self.model.index(row, self.model.columnCount() - 1))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _selection_changed(self) -> None:
        count = len(self.selected_rows())
        self.assign_button.setEnabled(count > 0)
        self.deadline_button.setEnabled(count > 0)
        self.selection_label.setText(f"Đang chọn {count} nhiệm vụ." if count else
                                     "Chọn một hoặc nhiều dòng để giao cùng lúc.")

    def open_assign_dialog(self) -> BulkUnitDialog | None:
        rows = self.selected_rows()
        if not rows:
            return None
        dialog = BulkUnitDialog(self.wiz.units, len(rows), self)
        first = self.model.choice(rows[0])
        dialog.choose(first.lead_unit_id)
        dialog.accepted.connect(lambda: self.model.assign(rows, dialog.lead_unit_id(),
                                                          dialog.co_unit_ids()))
        return self._show(dialog)

    def open_deadline_dialog(self) -> BulkDeadlineDialog | None:
        rows = self.selected_rows()
        if not rows:
            return None
        first = self.model.choice(rows[0]).deadline
        dialog = BulkDeadlineDialog(len(rows), first or dt.date(self.draft.year, 12, 15), self)
        dialog.accepted.connect(lambda: self.model.set_deadline(rows, dialog.day()))
        return self._show(dialog)

    def move_to_working_days(self) -> int:
        """Move every deadline on a weekend or holiday to the working day before it."""
        moved = 0
        for row in range(self.model.rowCount()):
            day = self.model.choice(row).deadline
            if day is not None and is_day_off(day):
                self.model.set_deadline([row], previous_working_day(day))
                moved += 1
        return moved

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _status(self) -> None:
        rows = range(self.model.rowCount())
        unassigned = sum(1 for r in rows if not self.model.choice(r).lead_unit_id)
        no_deadline = sum(1 for r in rows if not self.model.choice(r).deadline
                          and not self.model.choice(r).deadline_text)
        days_off = sum(1 for r in rows if short_warning(self.model.choice(r).deadline))
        parts = [f"{self.model.rowCount()} nhiệm vụ"]
        parts.append(f"{unassigned} chưa có đơn vị chủ trì" if unassigned
                     else "tất cả đã có đơn vị chủ trì")
        if no_deadline:
            parts.append(f"{no_deadline} chưa có thời hạn")
        text = ", ".join(parts) + "."
        if days_off:
            text += (f' <span style="color:{WARNING_TEXT}"><b>⚠ {days_off} thời hạn rơi vào '
                     "thứ Bảy, Chủ nhật hoặc ngày lễ</b> (xem cột “Lưu ý”).</span>")
        self.status_label.setText(text)
        self.workday_button.setEnabled(days_off > 0)
