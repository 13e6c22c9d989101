"""The main window: the district's plans by year on the left; the open plan's parts —
overview, outline and text, targets, tasks — on the right. Opens on the last plan used,
remembers its layout, and every edit goes through one undo stack."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import datetime as dt

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QPushButton, QSplitter, QTabWidget, QWidget)

from dxdesk.gui.dashboard import DashboardView, NoticeBar
from dxdesk.gui.forms import load_form
from dxdesk.paths import resources_dir
from dxdesk.services import overview
from dxdesk.services.dashboard import deadline_notice
from dxdesk.services.overview import FirstScreen
from dxdesk.store import Database

PLAN_ID = Qt.ItemDataRole.UserRole

if TYPE_CHECKING:
    from dxdesk.gui.outline_editor import OutlineEditor
    from dxdesk.gui.targets_view import TargetsView


class MainWindow(QMainWindow):
    painted = Signal()  # the first paint with data: start-up is over
    # After the first paint: the editing code is loaded (_warm_up) and today's backup at
    # open is made, or has failed — the officer's first edit waits for nothing.
    ready = Signal()
    plan_opened = Signal(int)
    _backed_up = Signal()  # emitted from the backup's thread (queued to this one)

    def __init__(self, db: Database, settings: QSettings | None = None,
                 parent: QWidget | None = None, first_screen: FirstScreen | None = None):
        """``first_screen``: the district, plans and newest plan's dashboard, read ahead
        (gui.app reads them while Qt loads); None reads them here."""
        super().__init__(parent)
        self.db = db
        self.settings = settings or QSettings()
        self.plan_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "dxdesk.svg")))
        self.panel = load_form("main_window", self)
        self.setCentralWidget(self.panel)
        find = self.panel.findChild
        self.district_label: QLabel = find(QLabel, "districtLabel")
        self.plan_list: QListWidget = find(QListWidget, "planList")
        self.plan_title: QLabel = find(QLabel, "planTitle")
        self.tabs: QTabWidget = find(QTabWidget, "tabs")
        self.splitter: QSplitter = find(QSplitter, "splitter")
        self.splitter.setSizes([280, 920])

        self.dashboard = DashboardView(self)
        find(QWidget, "overviewPage").layout().addWidget(self.dashboard)
        self.notice = NoticeBar(self)
        find(QWidget, "planPanel").layout().insertWidget(1, self.notice)
        self.notice.show_requested.connect(
            lambda: self.tabs.setCurrentWidget(find(QWidget, "overviewPage")))
        # "Each morning": look at the date every few minutes; notify when it has changed.
        self.notice_day: dt.date | None = None
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(10 * 60 * 1000)
        self.day_timer.timeout.connect(self._new_day_check)
        self.day_timer.start()
        self.tasks_page: QWidget = find(QWidget, "tasksPage")
        self.outline_page: QWidget = find(QWidget, "outlinePage")
        self.targets_page: QWidget = find(QWidget, "targetsPage")
        # The tabs' widgets are made the first time their tab is shown (_load_page):
        # start-up then pays only for the overview.
        self.outline_editor: OutlineEditor | None = None
        self.targets_view: TargetsView | None = None
        self.task_list = None
        self._loaded_pages: set[QWidget] = set()
        self.tabs.currentChanged.connect(lambda i: self._load_page(self.tabs.widget(i)))

        find(QPushButton, "newPlanButton").clicked.connect(lambda: self.new_plan())
        find(QPushButton, "nextYearButton").clicked.connect(lambda: self.next_year_plan())
        find(QPushButton, "importButton").clicked.connect(lambda: self.open_import())
        self.plan_list.currentItemChanged.connect(self._plan_chosen)
        self.dashboard.task_activated.connect(self.show_task)

        self.setAcceptDrops(True)
        self._build_menus()
        self.statusBar().showMessage(f"Tệp dữ liệu: {db.path}")
        self.resize(1200, 760)
        self._restore_layout()
        self._painted = False
        self._before_ready = {"warm-up", "backup"}
        self._backed_up.connect(self._backup_settled)
        db.when_backed_up(self._backed_up.emit)
        self._summaries: dict = {}
        self._boards: dict = {}
        self.installEventFilter(self)
        self.reload(first_screen)

    def _make_page_widget(self, page: QWidget):
        if page is self.outline_page:
            from dxdesk.gui.outline_editor import OutlineEditor

            widget = self.outline_editor = OutlineEditor(self.undo_stack, page)
            widget.changed.connect(self.refresh_summary)
        elif page is self.targets_page:
            from dxdesk.gui.targets_view import TargetsView

            widget = self.targets_view = TargetsView(self.undo_stack, page)
            widget.changed.connect(self.refresh_summary)
        elif page is self.tasks_page:
            from dxdesk.gui.task_list import TaskListWidget

            widget = self.task_list = TaskListWidget(page)
            widget.undo_stack = self.undo_stack
        else:
            return None
        page.layout().addWidget(widget)
        return widget

    # -- menus -----------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&Tệp")
        self.new_action = self._action(file_menu, "Kế hoạch &mới từ mẫu của tỉnh…",
                                       self.new_plan, QKeySequence.StandardKey.New)
        self._action(file_menu, "&Mở kế hoạch khác", self.focus_plan_list,
                     QKeySequence.StandardKey.Open)
        self._action(file_menu, "&Lưu", self.confirm_saved, QKeySequence.StandardKey.Save)
        file_menu.addSeparator()
        self.import_action = self._action(file_menu, "&Nhập kế hoạch của tỉnh…",
                                          self.open_import, "Ctrl+I")
        self._action(file_menu, "&In / xuất văn bản…", self.open_documents,
                     QKeySequence.StandardKey.Print)
        self._action(file_menu, "In danh sách &nhiệm vụ (theo bộ lọc)…", self.print_task_list,
                     "Ctrl+Shift+P")
        file_menu.addSeparator()
        self._action(file_menu, "&Thoát", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = bar.addMenu("&Sửa")
        undo = self.undo_stack.createUndoAction(self, "&Hoàn tác")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Làm lại")
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(edit_menu, "&Tìm nhiệm vụ…", self.find_task, QKeySequence.StandardKey.Find)

        plan_menu = bar.addMenu("&Kế hoạch")
        self._action(plan_menu, "Lập kế hoạch &năm sau…", self.next_year_plan)
        self._action(plan_menu, "&Văn bản: kế hoạch, báo cáo, công văn…", self.open_documents)
        self._action(plan_menu, "&Ghi nhận số và ngày ban hành…", self.record_issue)
        plan_menu.addSeparator()
        self._action(plan_menu, "&Xuất Excel gửi tỉnh…", self.export_province_workbook)
        self._action(plan_menu, "&Biểu mẫu tiến độ gửi/nhận các đơn vị (Excel)…",
                     self.open_unit_forms)

        settings_menu = bar.addMenu("T&hiết lập")
        self._action(settings_menu, "&Thông tin huyện, đơn vị, người ký…", self.open_settings)

        help_menu = bar.addMenu("Trợ &giúp")
        self._action(help_menu, "&Giới thiệu dxdesk", self.show_about)

    # -- plans -----------------------------------------------------------------------------
    def reload(self, ahead: FirstScreen | None = None) -> None:
        """Refill the plan list and reopen the current (or last used) plan (``ahead``:
        what was read ahead for this, see __init__)."""
        district = ahead.district if ahead else overview.district_name(self.db)
        self.setWindowTitle(f"dxdesk — {district}" if district else "dxdesk")
        self.district_label.setText(
            f"Ủy ban nhân dân {district}" if district else "Chưa nhập thông tin huyện")
        wanted = self.plan_id or self.settings.value("last_plan_id", type=int)
        self.plan_list.blockSignals(True)
        self.plan_list.clear()
        chosen = None
        summaries = ahead.summaries if ahead else overview.plan_summaries(self.db)
        self._summaries = {plan.plan_id: plan for plan in summaries}  # for open_plan
        self._boards = {ahead.plan_id: ahead.board} if ahead and ahead.board else {}
        for plan in summaries:
            item = QListWidgetItem(f"Năm {plan.year}: {plan.title}\n{plan.tasks} nhiệm vụ · "
                                   f"{plan.done} hoàn thành · {plan.late} quá hạn")
            item.setData(PLAN_ID, plan.plan_id)
            self.plan_list.addItem(item)
            if chosen is None or plan.plan_id == wanted:  # newest, unless one was open
                chosen = item
        if chosen is not None:
            self.plan_list.setCurrentItem(chosen)
        self.plan_list.blockSignals(False)
        if chosen is not None:
            self.open_plan(chosen.data(PLAN_ID))
        self._summaries, self._boards = {}, {}  # only good for this moment
        if chosen is None:
            self.plan_title.setText("Chưa có kế hoạch nào: hãy nhập kế hoạch của tỉnh, rồi "
                                    "lập kế hoạch mới từ mẫu đó.")
            self.tabs.setEnabled(False)

    def _plan_chosen(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self.open_plan(current.data(PLAN_ID))

    def open_plan(self, plan_id: int) -> None:
        if plan_id == self.plan_id:
            self.refresh_summary()
            return
        self.save_edits()
        self.plan_id = plan_id
        self.undo_stack.clear()  # undo history belongs to one plan
        self.settings.setValue("last_plan_id", plan_id)
        self.tabs.setEnabled(True)
        self._loaded_pages.clear()
        self._load_page(self.tabs.currentWidget())
        self.refresh_summary()
        self.notice_day = None
        self.check_deadlines()
        self.plan_opened.emit(plan_id)

    def _new_day_check(self) -> None:
        if self.plan_id is not None and dt.date.today() != self.notice_day:
            self.refresh_summary()  # what is late changes with the date
            self.check_deadlines()

    def check_deadlines(self, today: dt.date | None = None) -> None:
        """A non-blocking notice of what became late and what falls due this week: when a
        plan opens and on the first check of each new day."""
        today = today or dt.date.today()
        if self.plan_id is None or self.notice_day == today:
            return
        key = f"notice/last_day/{self.plan_id}"
        last = self.settings.value(key, "", type=str)
        since = dt.date.fromisoformat(last) if last else None
        notice = deadline_notice(self.db, self.plan_id, today, since)
        self.notice_day = today
        self.settings.setValue(key, today.isoformat())
        self.notice.show_notice(notice, today)

    def _load_page(self, page: QWidget | None) -> None:
        """Fill a tab the first time it is shown for the open plan: start-up pays only for
        the overview, not for 20,000 rows of a task list nobody has looked at yet."""
        if self.plan_id is None or page is None or page in self._loaded_pages:
            return
        widget = {self.outline_page: self.outline_editor, self.targets_page: self.targets_view,
                  self.tasks_page: self.task_list}.get(page, False)
        if widget is None:
            widget = self._make_page_widget(page)
        if widget:
            widget.set_plan(self.db, self.plan_id)
        self._loaded_pages.add(page)

    def _data_changed(self) -> None:
        """Something outside the tabs changed the plan (an import): refill what is shown,
        and the other tabs when next shown."""
        self._loaded_pages.clear()
        self._load_page(self.tabs.currentWidget())
        self.refresh_summary()

    def save_edits(self) -> None:
        """Save the outline text being typed (the other tabs save on every edit)."""
        if self.outline_editor is not None:
            self.outline_editor.save_current()

    def refresh_summary(self) -> None:
        summary = self._summaries.pop(self.plan_id, None)  # just read by reload()
        if summary is None:
            found = overview.plan_summaries(self.db, plan_id=self.plan_id)
            if not found:
                return
            summary = found[0]
        status = "đã ban hành" if summary.status == "issued" else "dự thảo"
        self.plan_title.setText(f"Kế hoạch {summary.title} ({status})")
        self.dashboard.set_plan(self.db, self.plan_id, board=self._boards.pop(self.plan_id, None))

    def show_task(self, task_id: int) -> None:
        self.tabs.setCurrentWidget(self.tasks_page)
        if self.task_list is not None:
            self.task_list.select_task(task_id)

    def focus_plan_list(self) -> None:
        self.plan_list.setFocus()

    def confirm_saved(self) -> None:
        self.save_edits()
        self.statusBar().showMessage("Đã lưu. dxdesk lưu mọi thay đổi ngay khi bạn sửa.", 5000)

    def find_task(self) -> None:
        self.tabs.setCurrentWidget(self.tasks_page)
        if self.task_list is not None:
            self.task_list.focus_search()

    # -- dialogs -----------------------------------------------------------------------------
    def new_plan(self, previous_plan_id: int | None = None):
        from dxdesk.gui.new_plan_wizard import NewPlanWizard

        wizard = NewPlanWizard(self.db, self, previous_plan_id=previous_plan_id)
        wizard.plan_created.connect(self._plan_created)
        wizard.show()
        return wizard

    def next_year_plan(self):
        if self.plan_id is None:
            return self.new_plan()
        return self.new_plan(previous_plan_id=self.plan_id)

    def _plan_created(self, plan_id: int) -> None:
        self.plan_id = None
        self.settings.setValue("last_plan_id", plan_id)
        self.reload()

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
        self.statusBar().showMessage(summary.line() + " Bấm “Kế hoạch mới” để lập kế hoạch "
                                     "từ mẫu này.", 20000)
        self.reload()

    def open_documents(self):
        if self.plan_id is None:
            return None
        from dxdesk.gui.documents_dialog import DocumentsDialog

        dialog = DocumentsDialog(self.db, self.plan_id, self)
        dialog.show()
        return dialog

    def print_task_list(self):
        """The task list as filtered now, in a print preview."""
        if self.plan_id is None:
            return None
        self.tabs.setCurrentWidget(self.tasks_page)
        return self.task_list.print_preview()

    def export_province_workbook(self, path: str | None = None) -> Path | None:
        """The plan's tasks, targets and summary as an Excel workbook for the province."""
        if self.plan_id is None:
            return None
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(
                self, "Xuất Excel gửi tỉnh", str(Path.home() / "ke-hoach-cds.xlsx"),
                "Sổ tính Excel (*.xlsx)")
            if not path:
                return None
        from dxdesk.errors import UserFacingError
        from dxdesk.services.workbooks import export_province_xlsx

        try:
            written = export_province_xlsx(self.db, path, plan_id=self.plan_id)
        except UserFacingError as exc:
            self.statusBar().showMessage(str(exc), 20000)
            return None
        self.statusBar().showMessage(f"Đã xuất “{written}”.", 15000)
        return written

    def open_unit_forms(self):
        if self.plan_id is None:
            return None
        from dxdesk.gui.unit_forms_dialog import UnitFormsDialog

        dialog = UnitFormsDialog(self.db, self.plan_id, self)
        dialog.finished.connect(lambda _result: self._data_changed())
        dialog.show()
        return dialog

    def record_issue(self):
        if self.plan_id is None:
            return None
        from dxdesk.gui.issue_dialog import IssueDialog

        dialog = IssueDialog(self.db, self.plan_id, self)
        dialog.issued.connect(self._plan_issued)
        dialog.show()
        return dialog

    def _plan_issued(self, number: str) -> None:
        self.statusBar().showMessage(f"Đã ghi nhận kế hoạch số {number}: kế hoạch đã ban hành.",
                                     15000)
        self.refresh_summary()

    def open_settings(self):
        from dxdesk.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.db, self)
        dialog.changed.connect(self._settings_changed)
        dialog.show()
        return dialog

    def _settings_changed(self) -> None:
        plan_id, self.plan_id = self.plan_id, None
        self.settings.setValue("last_plan_id", plan_id)
        self.reload()

    def show_about(self):
        from dxdesk.gui.about import AboutDialog

        dialog = AboutDialog(self.db.path, self)
        dialog.show()
        return dialog

    # -- window state ------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event) -> None:
        self.save_edits()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_import(Path(urls[0].toLocalFile()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.painted.emit()
            QTimer.singleShot(50, self, self._warm_up)  # (after this paint is on screen)
        return super().eventFilter(watched, event)

    def _warm_up(self) -> None:
        """Once the window shows its data, load what the first edit needs — SQLAlchemy, its
        ORM and the model, which start-up does without (~0.4 s) — so the officer's first
        click does not wait for them."""
        from sqlalchemy.orm import configure_mappers

        import dxdesk.model  # noqa: F401

        configure_mappers()
        self._settled("warm-up")

    def _backup_settled(self) -> None:
        self._settled("backup")

    def _settled(self, step: str) -> None:
        if step in self._before_ready:
            self._before_ready.discard(step)
            if not self._before_ready:
                self.ready.emit()
