"""“Biểu mẫu tiến độ các đơn vị”: send each lead unit an Excel form, read the returned forms,
see what would change, choose for each conflict, update.

``UnitFormsDialog(db, plan_id, parent=None)`` (``plan_id`` None: the newest plan). Tab
“Gửi biểu mẫu”: period, folder → :func:`services.unit_forms.export_unit_forms`; tab
“Nhận biểu mẫu”: returned files → :func:`preview_import` shown row by row (problems in
red, conflicts with a choice “giữ của dxdesk” / “lấy của đơn vị”) → “Cập nhật” calls
:func:`apply_import`. Refusals appear in red inside the dialog, never in a message box.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QFileDialog,
                               QHeaderView, QLabel, QLineEdit, QListWidget, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from dxdesk.errors import UserFacingError
from dxdesk.gui.forms import load_form
from dxdesk.services import unit_forms as service
from dxdesk.services.progress import period_choices
from dxdesk.store import Database

RED = QColor("#b71c1c")
AMBER = QColor("#8a5a00")
COLUMNS = ("Đơn vị", "Dòng", "Nhiệm vụ", "Thay đổi", "Vấn đề", "Chọn")
CHOICES = (("Giữ của dxdesk", service.KEEP_DXDESK), ("Lấy của đơn vị", service.TAKE_UNIT))


class UnitFormsDialog(QDialog):
    exported = Signal(list)  # list[Path]
    applied = Signal(int)  # entries written

    def __init__(self, db: Database, plan_id: int | None, parent: QWidget | None = None,
                 *, today: dt.date | None = None):
        super().__init__(parent)
        self.db, self.today = db, today or dt.date.today()
        self.setWindowTitle("Biểu mẫu tiến độ các đơn vị")
        self.resize(1100, 700)
        panel = load_form("unit_forms_dialog", self)
        QVBoxLayout(self).addWidget(panel)
        find = panel.findChild
        self.tabs: QTabWidget = find(QTabWidget, "tabs")
        self.period_combo: QComboBox = find(QComboBox, "periodCombo")
        self.folder_edit: QLineEdit = find(QLineEdit, "folderEdit")
        self.include_finished: QCheckBox = find(QCheckBox, "includeFinishedCheck")
        self.export_button: QPushButton = find(QPushButton, "exportButton")
        self.open_folder_button: QPushButton = find(QPushButton, "openFolderButton")
        self.written_list: QListWidget = find(QListWidget, "writtenList")
        self.send_message: QLabel = find(QLabel, "sendMessage")
        self.summary_label: QLabel = find(QLabel, "summaryLabel")
        self.table: QTableWidget = find(QTableWidget, "previewTable")
        self.receive_message: QLabel = find(QLabel, "receiveMessage")
        self.apply_button: QPushButton = find(QPushButton, "applyButton")
        find(QPushButton, "closeButton").clicked.connect(self.reject)
        find(QPushButton, "folderButton").clicked.connect(self._browse_folder)
        find(QPushButton, "chooseFilesButton").clicked.connect(self._browse_files)
        self.export_button.clicked.connect(self.export)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.apply_button.clicked.connect(self.apply)

        self.plan_id, self.plan_year = self._plan(plan_id)
        self.preview: service.ImportPreview | None = None
        self.choice_combos: dict[tuple[str, int], QComboBox] = {}
        self.last_folder: Path | None = None
        self._fill_periods()
        self.folder_edit.setText(str(Path.home()))
        self.table.setColumnCount(len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------------- send

    def _plan(self, plan_id: int | None) -> tuple[int | None, int]:
        from sqlalchemy import select

        from dxdesk.model import Plan

        try:
            with self.db.transaction() as session:
                plan = (session.get(Plan, plan_id) if plan_id is not None else
                        session.scalars(select(Plan).order_by(Plan.year.desc(),
                                                              Plan.id.desc())).first())
                if plan is not None:
                    return plan.id, plan.year
        except UserFacingError as exc:
            self.send_message.setText(str(exc))
        return None, self.today.year

    def _fill_periods(self) -> None:
        default = service.default_period(self.plan_year, self.today)
        for period in period_choices(self.plan_year):
            if period.first_day <= self.today:
                self.period_combo.addItem(period.label.capitalize(), period.code)
        index = self.period_combo.findData(default.code)
        if index >= 0:
            self.period_combo.setCurrentIndex(index)
        if self.period_combo.count() == 0:
            self.export_button.setEnabled(False)
            self.send_message.setText(f"Chưa đến kỳ báo cáo nào của kế hoạch năm "
                                      f"{self.plan_year}.")

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Chọn thư mục ghi biểu mẫu",
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def export(self) -> list[Path]:
        """Write the forms into the chosen folder; returns the files (empty on refusal)."""
        self.send_message.clear()
        self.written_list.clear()
        if self.plan_id is None:
            self.send_message.setText("Chưa có kế hoạch nào trong tệp dữ liệu; hãy lập kế "
                                      "hoạch trước.")
            return []
        try:
            files = service.export_unit_forms(
                self.db, self.folder_edit.text().strip(), plan_id=self.plan_id,
                period=self.period_combo.currentData(),
                include_finished=self.include_finished.isChecked(), today=self.today)
        except UserFacingError as exc:
            self.send_message.setText(str(exc))
            return []
        for path in files:
            self.written_list.addItem(path.name)
        self.last_folder = files[0].parent
        self.open_folder_button.setEnabled(True)
        self.exported.emit(files)
        return files

    def open_folder(self) -> None:
        if self.last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_folder)))

    # ------------------------------------------------------------------- receive

    def _browse_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, "Chọn biểu mẫu đơn vị gửi lại", self.folder_edit.text(),
            "Biểu mẫu Excel (*.xlsx *.xls);;Mọi tệp (*)")
        if files:
            self.load_files(files)

    def load_files(self, paths) -> service.ImportPreview | None:
        """Read the returned forms and show the preview; nothing is written."""
        self.receive_message.clear()
        try:
            self.preview = service.preview_import(self.db, [Path(p) for p in paths],
                                                  today=self.today)
        except UserFacingError as exc:
            self.preview = None
            self.receive_message.setText(str(exc))
            self._show_rows()
            return None
        self._show_rows()
        return self.preview

    def _show_rows(self) -> None:
        self.table.setRowCount(0)
        self.choice_combos.clear()
        preview = self.preview
        if preview is None:
            self.summary_label.clear()
            self.apply_button.setEnabled(False)
            return
        refusals = [f.refusal for f in preview.refused_files]
        self.receive_message.setText("\n".join(refusals))
        for f in preview.files:
            for r in f.rows:
                self._add_row(r)
        self.table.resizeRowsToContents()
        self.summary_label.setText(
            f"{len(preview.ready)} dòng sẽ cập nhật, {len(preview.conflicts)} dòng xung đột, "
            f"{len(preview.problems)} dòng lỗi, {len(refusals)} tệp bị từ chối.")
        self.apply_button.setEnabled(bool(preview.ready or preview.conflicts))

    def _add_row(self, r: service.RowPreview) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        task = f"{r.task_id}. {r.task_text}" if r.task_id else r.task_text
        values = (r.unit_name, f"{r.file.name}: {r.row}", task, r.describe(),
                  r.problem or r.conflict)
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column == 4 and r.problem:
                item.setForeground(QBrush(RED))
            elif column == 4 and r.conflict:
                item.setForeground(QBrush(AMBER))
            self.table.setItem(row, column, item)
        if r.is_conflict:
            combo = QComboBox()
            for label, value in CHOICES:
                combo.addItem(label, value)
            self.table.setCellWidget(row, 5, combo)
            self.choice_combos[r.key] = combo
        else:
            self.table.setItem(row, 5, QTableWidgetItem("—" if r.problem else "cập nhật"))

    def choices(self) -> dict[tuple[str, int], str]:
        return {key: combo.currentData() for key, combo in self.choice_combos.items()}

    def set_choice(self, key: tuple[str, int], value: str) -> None:
        combo = self.choice_combos[key]
        combo.setCurrentIndex(combo.findData(value))

    def apply(self) -> int:
        """Write the accepted rows (a backup first, one transaction); returns the count."""
        if self.preview is None:
            return 0
        try:
            count = service.apply_import(self.db, self.preview, self.choices(),
                                         today=self.today)
        except UserFacingError as exc:
            self.receive_message.setText(str(exc))
            return 0
        self.preview = None
        self._show_rows()
        self.receive_message.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.receive_message.setText(f"Đã cập nhật {count} nhiệm vụ.")
        self.applied.emit(count)
        return count
