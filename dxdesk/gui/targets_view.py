"""“Chỉ tiêu”: the plan's targets — the district's value beside the province's, the
baseline, the latest actual and how far it has come. Text, value, unit and baseline are
edited in place; each edit is one undoable service call."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from dxdesk.domain.period import Period
from dxdesk.errors import UserFacingError
from dxdesk.gui.undo import run_command
from dxdesk.services import overview, targets
from dxdesk.store import Database
from dxdesk.text.numbers import format_number, parse_number

COLUMNS = ["STT", "Chỉ tiêu", "Giá trị huyện", "ĐVT", "Giá trị tỉnh", "Ban đầu",
           "Kết quả mới nhất", "Tỷ lệ đạt %", "Kết quả của kỳ"]
FIELDS = {1: "text", 2: "value", 3: "unit", 5: "baseline"}
ACTUAL_COLUMN = 8  # the value reached in the period chosen above the table
AT_RISK = QColor("#ffcdd2")


def _short(period: str) -> str:
    """"2026-Q3" → "quý III" (the year is the plan's)."""
    parsed = Period.parse(period)
    return parsed.label.removesuffix(f" năm {parsed.year}")


class TargetsView(QWidget):
    changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.db: Database | None = None
        self.plan_id: int | None = None
        self.rows: list[targets.TargetRow] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Nhấp đúp để sửa nội dung, giá trị của huyện, đơn vị tính, giá "
                                "trị ban đầu, hoặc ghi kết quả của kỳ báo cáo. Chỉ tiêu tô đỏ "
                                "đang chậm so với thời gian đã qua trong năm."))
        period_row = QHBoxLayout()
        caption = QLabel("&Kỳ báo cáo để ghi kết quả:")
        self.period_combo = QComboBox(self)
        caption.setBuddy(self.period_combo)
        period_row.addWidget(caption)
        period_row.addWidget(self.period_combo)
        period_row.addStretch(1)
        layout.addLayout(period_row)
        self.period_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((2, 95), (3, 50), (4, 90), (5, 75), (6, 140), (7, 90), (8, 150)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        # Wrapped text: row heights follow the text column's width.
        header.sectionResized.connect(lambda column, _old, _new: column == 1 and
                                      self.table.resizeRowsToContents())
        layout.addWidget(self.table)
        self.problem_label = QLabel(self)
        self.problem_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        layout.addWidget(self.problem_label)
        self.table.itemChanged.connect(self._item_changed)

    def set_plan(self, db: Database, plan_id: int, today: dt.date | None = None) -> None:
        self.db, self.plan_id = db, plan_id
        year = overview.plan_summaries(db, plan_id=plan_id)[0].year
        today = today or dt.date.today()
        current = Period.quarter_of(min(max(today, dt.date(year, 1, 1)), dt.date(year, 12, 31)))
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for part in ("Q1", "Q2", "H1", "Q3", "Q4", ""):
            period = Period(year, part)
            self.period_combo.addItem(period.label[:1].upper() + period.label[1:], period.code)
        self.period_combo.setCurrentIndex(self.period_combo.findData(current.code))
        self.period_combo.blockSignals(False)
        self.reload()

    @property
    def period(self) -> str:
        return self.period_combo.currentData()

    def reload(self) -> None:
        self.rows = targets.list_targets(self.db, self.plan_id)
        actuals = targets.actuals_for(self.db, self.plan_id, self.period) if self.period else {}
        self.table.setHorizontalHeaderItem(ACTUAL_COLUMN, QTableWidgetItem(
            f"Kết quả {_short(self.period)}" if self.period else COLUMNS[ACTUAL_COLUMN]))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            reached = row.reached_percent
            cells = [str(r + 1), row.text, format_number(row.value), row.unit or "",
                     format_number(row.province_value), format_number(row.baseline),
                     f"{format_number(row.latest_actual)} ({_short(row.latest_period)})"
                     if row.latest_actual is not None else "", format_number(reached),
                     format_number(actuals.get(row.id))]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c not in FIELDS and c != ACTUAL_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if c != 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if row.at_risk:
                    item.setBackground(QBrush(AT_RISK))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == ACTUAL_COLUMN:
            text = item.text().strip()
            try:
                value = parse_number(text)
            except ValueError:
                self.problem_label.setText(f"“{text}” không phải là một số.")
                self.reload()
                return
            self.record_actual(self.rows[item.row()].id, value)
            return
        field = FIELDS.get(item.column())
        row = self.rows[item.row()]
        text = item.text().strip()
        try:
            value = text if field in ("text", "unit") else parse_number(text)
        except ValueError:
            self.problem_label.setText(f"“{text}” không phải là một số.")
            self.reload()
            return
        self.edit(row.id, field, value)

    def record_actual(self, target_id: int, value: float | None) -> None:
        """The value reached in the chosen period (empty clears it); undoable."""
        period = self.period
        self._run("Ghi kết quả chỉ tiêu",
                  lambda: targets.set_actual(self.db, target_id, period, value),
                  lambda old: targets.set_actual(self.db, target_id, period, old))

    def edit(self, target_id: int, field: str, value) -> None:
        self._run("Sửa chỉ tiêu",
                  lambda: targets.update_target(self.db, target_id, **{field: value}),
                  lambda old: targets.update_target(self.db, target_id, **old))

    def _run(self, text: str, do, undo) -> None:
        def refresh():
            self.reload()
            self.changed.emit()

        self.problem_label.clear()
        try:
            run_command(self.undo_stack, text, do, undo, refresh, self.problem_label.setText)
        except UserFacingError as exc:
            self.problem_label.setText(str(exc))
            self.reload()
