"""The detail of one task under the task list: its facts, the periods already reported,
a form to record this period's progress, and the history of changes (audit log).

Recording progress is one ``progress.record_progress`` call put on the undo stack; its
undo is one ``progress.delete_progress`` call (see ``dxdesk.gui.undo``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from dxdesk.domain.holidays import format_date
from dxdesk.domain.period import Period
from dxdesk.domain.status import TaskStatus, is_late
from dxdesk.errors import UserFacingError
from dxdesk.gui.forms import load_form
from dxdesk.gui.status_colours import colours_for, status_text
from dxdesk.gui.task_delegates import fill_status_combo
from dxdesk.gui.undo import run_command
from dxdesk.services.progress import (TaskHistory, delete_progress, local_time,
                                      period_choices, record_progress, task_history)
from dxdesk.store import Database

__all__ = ["ENTRY_COLUMNS", "TaskDetailPanel", "period_text"]

ENTRY_COLUMNS = ("Kỳ", "Trạng thái", "Tiến độ %", "Đã làm được", "Minh chứng", "Người ghi",
                 "Ngày ghi")
_ENTRY_WIDTHS = (150, 130, 70, 260, 170, 90, 84)
_ERROR, _INFO = "#b71c1c", "#1b5e20"


def period_text(period: Period) -> str:
    """ "Quý III năm 2026", "6 tháng đầu năm 2026", "Năm 2026"."""
    label = period.label
    return label[:1].upper() + label[1:]


class TaskDetailPanel(QWidget):
    task_changed = Signal(int)  # a task id, after its progress was recorded, undone or redone

    def __init__(self, undo_stack: QUndoStack | Callable[[], QUndoStack],
                 parent: QWidget | None = None, *, today: dt.date | None = None):
        super().__init__(parent)
        self._stack = undo_stack
        self.today = today or dt.date.today()
        self.db: Database | None = None
        self.task_id: int | None = None
        self.history: TaskHistory | None = None
        self.form = load_form("task_detail", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.placeholder_label: QLabel = find(QLabel, "placeholderLabel")
        self.content: QWidget = find(QWidget, "content")
        self.title_label: QLabel = find(QLabel, "titleLabel")
        self.group_label: QLabel = find(QLabel, "groupLabel")
        self.lead_label: QLabel = find(QLabel, "leadLabel")
        self.co_label: QLabel = find(QLabel, "coLabel")
        self.deadline_label: QLabel = find(QLabel, "deadlineLabel")
        self.status_label: QLabel = find(QLabel, "statusLabel")
        self.progress_label: QLabel = find(QLabel, "progressLabel")
        self.period_combo: QComboBox = find(QComboBox, "periodCombo")
        self.status_combo: QComboBox = find(QComboBox, "statusCombo")
        self.progress_spin: QSpinBox = find(QSpinBox, "progressSpin")
        self.note_edit: QPlainTextEdit = find(QPlainTextEdit, "noteEdit")
        self.evidence_edit: QLineEdit = find(QLineEdit, "evidenceEdit")
        self.record_button: QPushButton = find(QPushButton, "recordButton")
        self.record_message: QLabel = find(QLabel, "recordMessage")
        self.tabs: QTabWidget = find(QTabWidget, "tabs")
        self.entries_table: QTableWidget = find(QTableWidget, "entriesTable")
        self.history_list: QListWidget = find(QListWidget, "historyList")
        fill_status_combo(self.status_combo)
        self._set_up_entries_table()
        self.content.layout().setStretch(0, 2)
        self.content.layout().setStretch(1, 3)
        self.status_combo.currentIndexChanged.connect(self._status_picked)
        self.record_button.clicked.connect(self.record)
        self.clear()

    @property
    def undo_stack(self) -> QUndoStack:
        return self._stack() if callable(self._stack) else self._stack

    def _set_up_entries_table(self) -> None:
        table = self.entries_table
        table.setColumnCount(len(ENTRY_COLUMNS))
        table.setHorizontalHeaderLabels(list(ENTRY_COLUMNS))
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in enumerate(_ENTRY_WIDTHS):
            table.setColumnWidth(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------------- showing

    def clear(self) -> None:
        """No task chosen."""
        self.task_id = None
        self.history = None
        self.placeholder_label.show()
        self.content.hide()

    def set_task(self, db: Database, task_id: int | None) -> None:
        """Show a task (None: none). The form is reset when the task is another one."""
        if task_id is None:
            self.db = db
            self.clear()
            return
        other = task_id != self.task_id or db is not self.db
        self.db, self.task_id = db, task_id
        try:
            self.history = task_history(db, task_id)
        except UserFacingError as exc:  # e.g. deleted elsewhere meanwhile
            self.clear()
            self.placeholder_label.setText(str(exc))
            return
        self.placeholder_label.hide()
        self.content.show()
        self._show_facts()
        self._show_entries()
        self._show_changes()
        if other:
            self._reset_form()

    def refresh(self) -> None:
        if self.db is not None and self.task_id is not None:
            self.set_task(self.db, self.task_id)

    def _show_facts(self) -> None:
        task = self.history.task
        self.title_label.setText(f"Nhiệm vụ số {task.stt}: {task.text}")
        self.group_label.setText(task.group or "(chưa xếp trụ cột)")
        self.lead_label.setText(task.lead_unit_name or "(chưa giao)")
        self.co_label.setText(", ".join(task.co_unit_names) or "(không có)")
        if task.deadline is not None:
            deadline = format_date(task.deadline)
        else:
            deadline = task.deadline_text or "(không có)"
        self.deadline_label.setText(deadline)
        late = is_late(task.status, task.deadline, self.today)
        colours = colours_for(task.status, late)
        text = status_text(task.status)
        if late and task.status is not TaskStatus.OVERDUE:
            text += " — quá hạn"
        self.status_label.setText(text)
        self.status_label.setStyleSheet(
            f"background:{colours.background.name()};color:{colours.foreground.name()};"
            f"font-weight:{'bold' if colours.bold else 'normal'};"
            "border-radius:3px;padding:2px 8px;")
        self.progress_label.setText(f"tiến độ {task.progress} %")

    def _show_entries(self) -> None:
        entries = self.history.entries
        table = self.entries_table
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            colours = colours_for(entry.status)
            cells = (period_text(entry.period), status_text(entry.status),
                     f"{entry.progress}", entry.note, entry.evidence, entry.recorded_by,
                     format_date(local_time(entry.recorded_at).date()))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text if column in (3, 4) and text else "")
                if column == 1:
                    item.setBackground(colours.background)
                    item.setForeground(colours.foreground)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        count = len(entries)
        self.tabs.setTabText(0, f"Các kỳ đã báo cáo ({count})" if count
                             else "Các kỳ đã báo cáo (chưa có)")

    def _show_changes(self) -> None:
        self.history_list.clear()
        for change in self.history.changes:
            at = local_time(change.at)
            QListWidgetItem(f"{format_date(at.date())} {at:%H:%M} — {change.user}: "
                            f"{change.text}", self.history_list)
        count = len(self.history.changes)
        self.tabs.setTabText(1, f"Lịch sử thay đổi ({count})" if count
                             else "Lịch sử thay đổi (chưa có)")

    def _reset_form(self) -> None:
        task = self.history.task
        year = task.plan_year
        self.period_combo.clear()
        current = Period.quarter_of(self.today)
        if current.year != year:
            current = Period(year, "Q4" if self.today.year > year else "Q1")
        model = self.period_combo.model()
        for i, period in enumerate(period_choices(year)):
            self.period_combo.addItem(period_text(period), period.code)
            if period.first_day > self.today:
                model.item(i).setEnabled(False)
                model.item(i).setToolTip("Kỳ này chưa bắt đầu")
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(current.code)))
        self.status_combo.setCurrentIndex(self.status_combo.findData(task.status.value))
        self.progress_spin.setValue(task.progress)
        self.note_edit.clear()
        self.evidence_edit.clear()
        self.show_message("")

    def _status_picked(self, _index: int) -> None:
        if self.status_combo.currentData() in (TaskStatus.DONE.value,
                                               TaskStatus.DONE_LATE.value):
            self.progress_spin.setValue(100)

    def show_message(self, text: str, colour: str = _INFO) -> None:
        self.record_message.setStyleSheet(f"color:{colour};")
        self.record_message.setText(text)

    # ------------------------------------------------------------------- recording

    def record(self) -> int | None:
        """Record the form's progress entry (undoable); returns its id, None if refused."""
        if self.db is None or self.task_id is None:
            return None
        db, task_id = self.db, self.task_id
        code = self.period_combo.currentData() or ""
        status = self.status_combo.currentData()
        progress = self.progress_spin.value()
        note, evidence = self.note_edit.toPlainText(), self.evidence_edit.text()
        today = self.today
        label = period_text(Period.parse(code)) if code else ""

        def refresh() -> None:
            self.refresh()
            self.task_changed.emit(task_id)

        try:
            entry_id = run_command(
                self.undo_stack, f"Ghi nhận tiến độ {label.lower()}",
                lambda: record_progress(db, task_id, code, status, progress, note, evidence,
                                        today=today),
                lambda entry: delete_progress(db, entry), refresh,
                on_error=lambda text: self.show_message(text, _ERROR))
        except UserFacingError as exc:
            self.show_message(str(exc), _ERROR)
            return None
        self.note_edit.clear()
        self.evidence_edit.clear()
        self.show_message(f"Đã ghi nhận tiến độ {label.lower()} (Ctrl+Z để hoàn tác).")
        return entry_id
