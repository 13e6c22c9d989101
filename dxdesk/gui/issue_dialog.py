"""“Ghi nhận ban hành”: the plan's number and date once signed — a draft becomes issued."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QLabel, QLineEdit,
                               QVBoxLayout, QWidget)

from dxdesk.errors import UserFacingError
from dxdesk.gui.forms import load_form
from dxdesk.services.documents import record_issue
from dxdesk.store import Database


class IssueDialog(QDialog):
    issued = Signal(str)  # the number as stored, e.g. "05/KH-UBND"

    def __init__(self, db: Database, plan_id: int, parent: QWidget | None = None,
                 today: dt.date | None = None):
        super().__init__(parent)
        self.db, self.plan_id = db, plan_id
        self.setWindowTitle("Ghi nhận số và ngày ban hành kế hoạch")
        panel = load_form("issue_dialog", self)
        QVBoxLayout(self).addWidget(panel)
        self.number_edit: QLineEdit = panel.findChild(QLineEdit, "numberEdit")
        self.date_edit: QDateEdit = panel.findChild(QDateEdit, "dateEdit")
        self.problem_label: QLabel = panel.findChild(QLabel, "problemLabel")
        today = today or dt.date.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        buttons: QDialogButtonBox = panel.findChild(QDialogButtonBox, "buttons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Ghi nhận ban hành")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)

    def record(self) -> None:
        day = self.date_edit.date()
        try:
            stored = record_issue(self.db, self.plan_id, self.number_edit.text().strip(),
                                  dt.date(day.year(), day.month(), day.day()))
        except UserFacingError as exc:
            self.problem_label.setText(str(exc))
            return
        self.issued.emit(stored)
        self.accept()
