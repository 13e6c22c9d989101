"""The task list of a plan: filter bar, the table (sortable, editable in place), a colour
legend, the count of what is shown, and actions on the selected tasks.

Every change goes through ``TaskListWidget.apply_edit`` — in-place edits (the model's
``setData``) and the actions on several selected tasks alike — which makes it one
``task_edits`` call (one transaction) wrapped in an ``EditTasksCommand`` on the undo stack.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QSizePolicy, QSpinBox, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from dxdesk.domain.holidays import format_date
from dxdesk.domain.status import TaskStatus
from dxdesk.errors import UserFacingError
from dxdesk.gui.forms import load_form
from dxdesk.gui.status_colours import legend_items, status_text
from dxdesk.gui.task_commands import EditTasksCommand
from dxdesk.gui.task_detail import TaskDetailPanel
from dxdesk.gui.task_delegates import (DateDelegate, ProgressDelegate, StatusDelegate,
                                       UnitDelegate, fill_status_combo, fill_unit_combo, qdate)
from dxdesk.gui.task_model import TASK_ID_ROLE, Column, TaskFilterProxy, TaskTableModel
from dxdesk.services.task_edits import Field, FieldChange, deadline_range
from dxdesk.services.task_queries import TaskFilter, load_units
from dxdesk.store import Database

__all__ = ["TaskListWidget", "format_count"]

_ALL = -1  # combo data of "every unit / group / status"
_UNFINISHED = -2  # status combo: every status that is not finished
_STATUSES = list(TaskStatus)
_COLUMN_WIDTHS = {
    Column.STT: 48, Column.GROUP: 120, Column.LEAD: 190, Column.CO_UNITS: 170,
    Column.DEADLINE: 92, Column.STATUS: 170, Column.PROGRESS: 72, Column.OUTPUT: 150,
}
_NARROWEST = {Column.GROUP: 90, Column.LEAD: 130, Column.CO_UNITS: 110, Column.OUTPUT: 80}
_MIN_TEXT_WIDTH = 280
_MESSAGE_COLOURS = {"error": "#b71c1c", "warning": "#8a4b00", "info": "#1b5e20",
                    "hint": "#555555"}
_EDIT_HINT = ("Nhấp đúp (hoặc F2) vào một ô để sửa. Giữ Ctrl hoặc Shift khi nhấp để chọn "
              "nhiều nhiệm vụ, rồi sửa hàng loạt bằng các nút ở trên.")


def format_count(n: int) -> str:
    """20000 → "20.000" (Vietnamese thousands separator)."""
    return f"{n:,}".replace(",", ".")


class TaskListWidget(QWidget):
    task_activated = Signal(int)  # a task id: Enter, or double-click on a read-only cell

    def __init__(self, parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self.db: Database | None = None
        self.undo_stack = QUndoStack(self)  # the main window puts its own in its place
        self.form = load_form("task_list", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.search_edit: QLineEdit = find(QLineEdit, "searchEdit")
        self.unit_combo: QComboBox = find(QComboBox, "unitCombo")
        self.group_combo: QComboBox = find(QComboBox, "groupCombo")
        self.status_combo: QComboBox = find(QComboBox, "statusCombo")
        self.late_check: QCheckBox = find(QCheckBox, "lateCheck")
        self.due_check: QCheckBox = find(QCheckBox, "dueCheck")
        self.due_spin: QSpinBox = find(QSpinBox, "dueSpin")
        self.range_check: QCheckBox = find(QCheckBox, "rangeCheck")
        self.from_date: QDateEdit = find(QDateEdit, "fromDate")
        self.to_date: QDateEdit = find(QDateEdit, "toDate")
        self.carried_check: QCheckBox = find(QCheckBox, "carriedCheck")
        self.clear_button: QPushButton = find(QPushButton, "clearButton")
        self.table: QTableView = find(QTableView, "taskTable")
        self.selection_label: QLabel = find(QLabel, "selectionLabel")
        self.bulk_status_combo: QComboBox = find(QComboBox, "bulkStatusCombo")
        self.bulk_status_button: QPushButton = find(QPushButton, "bulkStatusButton")
        self.bulk_unit_combo: QComboBox = find(QComboBox, "bulkUnitCombo")
        self.bulk_unit_button: QPushButton = find(QPushButton, "bulkUnitButton")
        self.bulk_deadline_edit: QDateEdit = find(QDateEdit, "bulkDeadlineEdit")
        self.bulk_deadline_button: QPushButton = find(QPushButton, "bulkDeadlineButton")
        self.count_label: QLabel = find(QLabel, "countLabel")
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.print_button: QPushButton = find(QPushButton, "printButton")
        self.print_button.clicked.connect(self.print_preview)
        self.print_dialog = None  # the open print preview, if any

        self.model = TaskTableModel(self, today=today)
        self.model.edit_handler = self.apply_edit
        self.proxy = TaskFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._loading = False
        self._groups: list[str] = []
        self._set_up_table()
        self._set_up_detail(self.model.today)
        self._set_up_filters()
        self._set_up_legend(find(QHBoxLayout, "legendRow"))
        self._set_up_bulk_bar()
        self.model.edit_failed.connect(lambda text: self.show_message(text, "error"))
        self.model.dataChanged.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        self.proxy.filter_changed.connect(self._update_count)
        self._update_count()
        self._selection_changed()

    # ------------------------------------------------------------------- set-up

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setSortIndicator(Column.STT, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        for column, width in _COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)  # the task text takes the room left
        rows = table.verticalHeader()
        rows.hide()  # the STT column numbers the tasks
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * table.fontMetrics().lineSpacing() + 10)  # two lines
        self.unit_delegate = UnitDelegate(table)
        self.date_delegate = DateDelegate(table)
        self.progress_delegate = ProgressDelegate(table)
        self.status_delegate = StatusDelegate(table)
        table.setItemDelegateForColumn(Column.LEAD, self.unit_delegate)
        table.setItemDelegateForColumn(Column.DEADLINE, self.date_delegate)
        table.setItemDelegateForColumn(Column.PROGRESS, self.progress_delegate)
        table.setItemDelegateForColumn(Column.STATUS, self.status_delegate)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed)
        table.activated.connect(self._activated)
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())

    def _set_up_detail(self, today: dt.date | None) -> None:
        """The table on top, the current task's detail (TaskDetailPanel) below it."""
        self.detail = TaskDetailPanel(lambda: self.undo_stack, self, today=today)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self.form)
        self.splitter.setChildrenCollapsible(False)
        self.form.layout().replaceWidget(self.table, self.splitter)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.detail.task_changed.connect(lambda task_id: self.model.refresh_tasks([task_id]))
        self.model.dataChanged.connect(self._task_data_changed)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_current_task())

    def _show_current_task(self) -> None:
        index = self.table.selectionModel().currentIndex()
        task_id = index.data(TASK_ID_ROLE) if index.isValid() else None
        if self.db is None:
            return
        if task_id != self.detail.task_id or task_id is None:
            self.detail.set_task(self.db, task_id)

    def _task_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                           *_args) -> None:
        """An edit in the table (or its undo) to the task shown below: show it again."""
        if self.detail.task_id is None:
            return
        row = self.model.row_of_task(self.detail.task_id)
        if row is not None and top_left.row() <= row <= bottom_right.row():
            self.detail.refresh()

    def _set_up_filters(self) -> None:
        self.status_combo.addItem("Tất cả trạng thái", _ALL)
        self.status_combo.addItem("Chưa hoàn thành", _UNFINISHED)
        for i, status in enumerate(_STATUSES):
            self.status_combo.addItem(status_text(status), i)
        self.unit_combo.addItem("Tất cả đơn vị", _ALL)
        self.group_combo.addItem("Tất cả trụ cột", _ALL)
        self.search_edit.textChanged.connect(self._filter_changed)
        for combo in (self.unit_combo, self.group_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._filter_changed)
        for check in (self.late_check, self.due_check, self.range_check, self.carried_check):
            check.toggled.connect(self._filter_changed)
        self.due_spin.valueChanged.connect(self._filter_changed)
        self.from_date.dateChanged.connect(self._filter_changed)
        self.to_date.dateChanged.connect(self._filter_changed)
        self.due_check.toggled.connect(self.due_spin.setEnabled)
        self.range_check.toggled.connect(self.from_date.setEnabled)
        self.range_check.toggled.connect(self.to_date.setEnabled)
        self.due_spin.setEnabled(False)
        self.from_date.setEnabled(False)
        self.to_date.setEnabled(False)
        self.clear_button.clicked.connect(self.clear_filters)

    def _set_up_legend(self, row: QHBoxLayout) -> None:
        for item in legend_items():
            chip = QLabel(item.text, self.form)
            weight = "bold" if item.colours.bold else "normal"
            chip.setStyleSheet(
                f"background:{item.colours.background.name()};"
                f"color:{item.colours.foreground.name()};font-weight:{weight};"
                "border-radius:3px;padding:2px 8px;")
            if item.tooltip:
                chip.setToolTip(item.tooltip)
            chip.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            row.addWidget(chip)
        row.addStretch(1)

    def _set_up_bulk_bar(self) -> None:
        fill_status_combo(self.bulk_status_combo)
        self.bulk_status_combo.setCurrentIndex(_STATUSES.index(TaskStatus.DONE))
        self.bulk_status_button.clicked.connect(
            lambda: self._bulk(Field.STATUS, self.bulk_status_combo.currentData()))
        self.bulk_unit_button.clicked.connect(
            lambda: self._bulk(Field.LEAD_UNIT, self.bulk_unit_combo.currentData() or None))
        self.bulk_deadline_button.clicked.connect(
            lambda: self._bulk(Field.DEADLINE, self.bulk_deadline_edit.date().toPython()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_text_column()
        return super().eventFilter(watched, event)

    def _fit_text_column(self) -> None:
        """The task's wording gets the width the other columns leave. In a narrow window
        the unit, group and output columns give up width first (down to a minimum); the
        wording keeps at least _MIN_TEXT_WIDTH, and beyond that the table scrolls."""
        header = self.table.horizontalHeader()
        visible = [c for c in Column if c != Column.TEXT and not header.isSectionHidden(c)]
        widths = {c: _COLUMN_WIDTHS[c] for c in visible}
        deficit = sum(widths.values()) + _MIN_TEXT_WIDTH - self.table.viewport().width()
        flexible = [c for c in visible if c in _NARROWEST]
        room = sum(widths[c] - _NARROWEST[c] for c in flexible)
        if deficit > 0 and room > 0:
            share = min(1.0, deficit / room)
            for c in flexible:
                widths[c] -= int((widths[c] - _NARROWEST[c]) * share)
        for c, width in widths.items():
            if header.sectionSize(c) != width:
                self.table.setColumnWidth(c, width)
        available = self.table.viewport().width() - sum(widths.values())
        self.table.setColumnWidth(Column.TEXT, max(_MIN_TEXT_WIDTH, available))

    # ------------------------------------------------------------------- the plan

    def set_plan(self, db: Database, plan_id: int) -> None:
        """Show the tasks of a plan, with every filter cleared."""
        self.db = db
        self.model.set_plan(db, plan_id)
        rows = self.model.rows()
        year = self.model.plan.year if self.model.plan else self.model.today.year
        used = {r.lead_unit_id for r in rows if r.lead_unit_id} | {
            u for r in rows for u in r.co_unit_ids}
        units = load_units(db, include_ids=used)  # for the filter: also units merged away
        assignable = load_units(db)
        self.unit_delegate.set_units(assignable)
        self.date_delegate.plan_year = year
        self.date_delegate.today = self.model.today
        self._loading = True
        try:
            self.unit_combo.clear()
            self.unit_combo.addItem("Tất cả đơn vị", _ALL)
            for unit in units:
                self.unit_combo.addItem(unit.name, unit.id)
            self.group_combo.clear()
            self.group_combo.addItem("Tất cả trụ cột", _ALL)
            self._groups = list(dict.fromkeys(r.group for r in rows))  # plan order
            for i, group in enumerate(self._groups):
                self.group_combo.addItem(group or "(chưa xếp trụ cột)", i)
            fill_unit_combo(self.bulk_unit_combo, assignable, "(bỏ đơn vị chủ trì)")
            first, last = deadline_range(year)
            for edit in (self.from_date, self.to_date, self.bulk_deadline_edit):
                edit.setDateRange(qdate(first), qdate(last))
            self.from_date.setDate(qdate(dt.date(year, 1, 1)))
            self.to_date.setDate(qdate(dt.date(year, 12, 31)))
            today = self.model.today
            self.bulk_deadline_edit.setDate(qdate(today if first <= today <= last
                                                  else dt.date(year, 12, 31)))
            self._reset_filter_controls()
        finally:
            self._loading = False
        if self.undo_stack.parent() is self:  # a shared stack is the main window's to clear
            self.undo_stack.clear()
        self.proxy.set_filter(TaskFilter())
        self.show_message(_EDIT_HINT, "hint")
        self._selection_changed()
        self.detail.set_task(db, None)
        self._show_current_task()

    def reload(self) -> None:
        """Read the plan's tasks again, keeping the filter."""
        if self.db is None or self.model.plan is None:
            return
        self.model.reload()
        self.proxy.set_filter(self.current_filter())

    # ------------------------------------------------------------------- filters

    def current_filter(self) -> TaskFilter:
        unit = self.unit_combo.currentData()
        group = self.group_combo.currentData()
        status = self.status_combo.currentData()
        if status == _UNFINISHED:
            statuses = frozenset(s for s in TaskStatus if not s.is_finished)
        elif status is not None and status >= 0:
            statuses = frozenset({_STATUSES[status]})
        else:
            statuses = frozenset()
        ranged = self.range_check.isChecked()
        return TaskFilter(
            unit_id=unit if unit is not None and unit != _ALL else None,
            group=self._groups[group] if group is not None and group >= 0 else None,
            statuses=statuses,
            late_only=self.late_check.isChecked(),
            due_within_days=self.due_spin.value() if self.due_check.isChecked() else None,
            deadline_from=self.from_date.date().toPython() if ranged else None,
            deadline_to=self.to_date.date().toPython() if ranged else None,
            carried_over=True if self.carried_check.isChecked() else None,
            search=self.search_edit.text(),
        )

    def _filter_changed(self, *_args) -> None:
        if self._loading:
            return
        task_filter = self.current_filter()
        if task_filter != self.proxy.task_filter():
            self.proxy.set_filter(task_filter)

    def clear_filters(self) -> None:
        self._loading = True
        try:
            self._reset_filter_controls()
        finally:
            self._loading = False
        self.proxy.set_filter(TaskFilter())

    def _reset_filter_controls(self) -> None:
        self.search_edit.clear()
        for combo in (self.unit_combo, self.group_combo, self.status_combo):
            combo.setCurrentIndex(0)
        for check in (self.late_check, self.due_check, self.range_check, self.carried_check):
            check.setChecked(False)

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _update_count(self, *_args) -> None:
        total = self.model.task_count()
        shown = self.proxy.match_count()
        text = f"Hiển thị {format_count(shown)} / {format_count(total)} nhiệm vụ"
        self.count_label.setText(f"<b>{text}</b>" if shown != total else text)

    # ------------------------------------------------------------------- printing

    def shown_rows(self) -> list[list[str]]:
        """The cells (STT … Tiến độ %, as displayed) of every task the filter lets through,
        in the table's order — also those the view has not fetched yet."""
        model, proxy = self.model, self.proxy
        task_filter, today = proxy.task_filter(), model.today
        active = task_filter.is_active
        columns = (Column.STT, Column.TEXT, Column.GROUP, Column.LEAD, Column.CO_UNITS,
                   Column.DEADLINE, Column.STATUS, Column.PROGRESS)
        return [[model._display(row, c) for c in columns]
                for row, key in zip(model.rows(), model.search_keys())
                if not active or task_filter.accepts(row, today, key)]

    def print_title(self) -> str:
        plan = self.model.plan
        title = f"DANH SÁCH NHIỆM VỤ — {plan.title}" if plan else "DANH SÁCH NHIỆM VỤ"
        if self.proxy.task_filter().is_active:
            title += f"\n(đang lọc: {format_count(self.proxy.match_count())} / " \
                     f"{format_count(self.model.task_count())} nhiệm vụ)"
        return title

    def print_preview(self, *, show: bool = True):
        """Open the print preview of the tasks shown (the current filter), A4 landscape;
        returns the PrintPreviewDialog (None when there is nothing to print)."""
        from dxdesk.documents.task_table_pdf import task_table_pdf
        from dxdesk.gui.print_preview import PrintPreviewDialog

        if self.model.plan is None:
            self.show_message("Chưa mở kế hoạch nào.", "error")
            return None
        rows = self.shown_rows()
        if not rows:
            self.show_message("Không có nhiệm vụ nào đang hiển thị để in.", "warning")
            return None
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = task_table_pdf(self.print_title(), rows, dt.date.today())
        finally:
            self.unsetCursor()
        dialog = PrintPreviewDialog(pdf, f"Danh sách nhiệm vụ {self.model.plan.year}", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.print_dialog = dialog
        dialog.destroyed.connect(lambda *_: setattr(self, "print_dialog", None))
        if show:
            dialog.open()
        return dialog

    # ------------------------------------------------------------------- selection

    def selected_task_ids(self) -> list[int]:
        selection = self.table.selectionModel()
        return [i.data(TASK_ID_ROLE) for i in selection.selectedRows(Column.STT)]

    def select_task(self, task_id: int) -> bool:
        """Select and show a task (clearing the filter if it hides the task)."""
        row = self.model.row_of_task(task_id)
        if row is None:
            return False
        task_filter = self.proxy.task_filter()
        if not task_filter.accepts(self.model.rows()[row], self.model.today,
                                   self.model.search_keys()[row]):
            self.clear_filters()
        index = self.proxy.mapFromSource(self.model.index_of_task(task_id, Column.TEXT))
        if not index.isValid():
            return False
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _selection_changed(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.selection_label.setText(
            f"Đã chọn {format_count(count)} nhiệm vụ:" if count else "Chưa chọn nhiệm vụ nào")
        for widget in (self.bulk_status_combo, self.bulk_status_button, self.bulk_unit_combo,
                       self.bulk_unit_button, self.bulk_deadline_edit,
                       self.bulk_deadline_button):
            widget.setEnabled(count > 0)

    def _activated(self, index: QModelIndex) -> None:
        task_id = index.data(TASK_ID_ROLE)
        if task_id is not None:
            self.task_activated.emit(task_id)

    # ------------------------------------------------------------------- editing

    def apply_edit(self, task_ids: Sequence[int], field: Field | str,
                   value: Any) -> FieldChange:
        """The one way tasks are changed here: one task_edits call (one transaction), put
        on the undo stack. Returns the change, whose ``old`` holds the previous values.
        Raises UserFacingError (nothing changed) when the value is refused."""
        if self.db is None:
            raise UserFacingError("Chưa mở kế hoạch nào.")
        command = EditTasksCommand(self.db, self.model, task_ids, field, value,
                                   on_error=lambda text: self.show_message(text, "error"))
        change = command.execute()
        if change.changed:
            self.undo_stack.push(command)
        self._report(change)
        return change

    def _bulk(self, field: Field, value: Any) -> None:
        ids = self.selected_task_ids()
        if not ids:
            return
        try:
            self.apply_edit(ids, field, value)
        except UserFacingError as exc:
            self.show_message(str(exc), "error")

    def _report(self, change: FieldChange) -> None:
        count = len(change.task_ids)
        if not change.changed:
            self.show_message(f"Không có gì thay đổi: {count} nhiệm vụ đã có "
                              f"{change.field.label} này.", "info")
            return
        what = {
            Field.STATUS: lambda v: f"trạng thái “{status_text(TaskStatus(v))}”",
            Field.DEADLINE: lambda v: (f"thời hạn {format_date(v)}" if isinstance(v, dt.date)
                                       else f"thời hạn “{v or 'không có'}”"),
            Field.PROGRESS: lambda v: f"tiến độ {v} %",
        }.get(change.field, lambda _v: change.field.label)(change.new)
        text = f"Đã đặt {what} cho {format_count(count)} nhiệm vụ (Ctrl+Z để hoàn tác)."
        if change.field is Field.LEAD_UNIT:
            text = (f"Đã giao đơn vị chủ trì cho {format_count(count)} nhiệm vụ "
                    "(Ctrl+Z để hoàn tác).")
        if change.warning:
            self.show_message(f"{text} Lưu ý: {change.warning}.", "warning")
        else:
            self.show_message(text, "info")

    def show_message(self, text: str, level: str = "info") -> None:
        colour = _MESSAGE_COLOURS.get(level, "#000")
        self.message_label.setStyleSheet(f"color:{colour};")
        self.message_label.setText(text)

