"""“Chỉ tiêu”: the plan's targets — the district's value beside the province's, the
baseline, the latest actual and how far it has come. Text, value, unit and baseline are
edited in place; each edit is one undoable service call."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from dxdesk.errors import UserFacingError
from dxdesk.gui.undo import run_command
from dxdesk.services import targets
from dxdesk.store import Database
from dxdesk.text.numbers import format_number

COLUMNS = ["STT", "Chỉ tiêu", "Giá trị của huyện", "Đơn vị tính", "Giá trị của tỉnh",
           "Giá trị ban đầu", "Kết quả mới nhất", "Tỷ lệ đạt %"]
FIELDS = {1: "text", 2: "value", 3: "unit", 5: "baseline"}
AT_RISK = QColor("#ffcdd2")


class TargetsView(QWidget):
    changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.db: Database | None = None
        self.plan_id: int | None = None
        self.rows: list[targets.TargetRow] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Nhấp đúp để sửa nội dung, giá trị của huyện, đơn vị tính hoặc "
                                "giá trị ban đầu. Chỉ tiêu tô đỏ đang chậm so với thời gian đã qua trong năm."))
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4, 5, 6, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        layout.addWidget(self.problem_label)
        self.table.itemChanged.connect(self._item_changed)

    def set_plan(self, db: Database, plan_id: int) -> None:
        self.db, self.plan_id = db, plan_id
        self.reload()

    def reload(self) -> None:
        self.rows = targets.list_targets(self.db, self.plan_id)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            reached = row.reached_percent
            cells = [str(r + 1), row.text, format_number(row.value), row.unit or "",
                     format_number(row.province_value), format_number(row.baseline),
                     f"{format_number(row.latest_actual)} ({row.latest_period})"
                     if row.latest_actual is not None else "", format_number(reached)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c not in FIELDS:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if row.at_risk:
                    item.setBackground(QBrush(AT_RISK))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        field = FIELDS.get(item.column())
        row = self.rows[item.row()]
        text = item.text().strip()
        try:
            value = text if field in ("text", "unit") else (
                float(text.replace(",", ".")) if text else None)
        except ValueError:
            self.problem_label.setText(f"“{text}” không phải là một số.")
            self.reload()
            return
        self.edit(row.id, field, value)

    def edit(self, target_id: int, field: str, value) -> None:
        def refresh():
            self.reload()
            self.changed.emit()

        self.problem_label.clear()
        try:
            run_command(self.undo_stack, "Sửa chỉ tiêu",
                        lambda: targets.update_target(self.db, target_id, **{field: value}),
                        lambda old: targets.update_target(self.db, target_id, **old),
                        refresh, self.problem_label.setText)
        except UserFacingError as exc:
            self.problem_label.setText(str(exc))
            self.reload()
