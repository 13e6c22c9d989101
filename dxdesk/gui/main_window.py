"""The main window (a first version: the district's plans by year)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QWidget

from dxdesk.gui.forms import load_form
from dxdesk.services import overview
from dxdesk.store import Database


class MainWindow(QMainWindow):
    painted = Signal()  # the first paint with data: start-up is over

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.panel = load_form("main_window", self)
        self.setCentralWidget(self.panel)
        self.district_label: QLabel = self.panel.findChild(QLabel, "districtLabel")
        self.plan_list: QListWidget = self.panel.findChild(QListWidget, "planList")
        self.database_label: QLabel = self.panel.findChild(QLabel, "databaseLabel")
        self.resize(900, 600)
        self._painted = False
        self.installEventFilter(self)
        self.reload()

    def reload(self) -> None:
        district = overview.district_name(self.db)
        self.setWindowTitle(f"dxdesk — {district}" if district else "dxdesk")
        self.district_label.setText(
            f"Ủy ban nhân dân {district}" if district else "Chưa thiết lập thông tin huyện")
        self.plan_list.clear()
        for plan in overview.plan_summaries(self.db):
            self.plan_list.addItem(
                f"Năm {plan.year} — {plan.title}: {plan.tasks} nhiệm vụ, "
                f"{plan.done} hoàn thành, {plan.late} quá hạn")
        self.database_label.setText(f"Tệp dữ liệu: {self.db.path}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.painted.emit()
        return super().eventFilter(watched, event)
