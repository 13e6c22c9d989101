"""The main window (a first version: the district's plans by year)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
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
        self.setAcceptDrops(True)
        self._build_menus()
        self._painted = False
        self.installEventFilter(self)
        self.reload()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&Tệp")
        self.import_action = QAction("&Nhập kế hoạch của tỉnh…", self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_import())
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        quit_action = QAction("&Thoát", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("Trợ &giúp")
        about_action = QAction("&Giới thiệu dxdesk", self)
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def show_about(self):
        from dxdesk.gui.about import AboutDialog

        dialog = AboutDialog(self.db.path, self)
        dialog.show()
        return dialog

    def open_import(self, path: Path | None = None):
        """The import dialog, reading ``path`` at once when given (a dropped file)."""
        from dxdesk.gui.import_dialog import ImportDialog

        dialog = ImportDialog(self.db, self)
        dialog.imported.connect(self._template_imported)
        dialog.show()
        if path is not None:
            dialog.open_file(path)
        return dialog

    def _template_imported(self, summary) -> None:
        self.statusBar().showMessage(summary.line(), 15000)
        self.reload()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_import(Path(urls[0].toLocalFile()))

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
