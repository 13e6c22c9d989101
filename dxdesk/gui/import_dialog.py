"""“Nhập kế hoạch của tỉnh”: read a province plan, show what was understood, let the
officer correct it, then store it as a template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QInputDialog, QLabel, QLineEdit, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from dxdesk.errors import UserFacingError
from dxdesk.gui.background import BackgroundJob
from dxdesk.gui.forms import load_form
from dxdesk.services import import_review as review
from dxdesk.services.templates import ImportSummary, store_template
from dxdesk.store import Database

FILE_FILTER = "Kế hoạch của tỉnh (*.docx *.pdf *.txt *.md *.xlsx);;Tất cả các tệp (*)"
KIND_COLOURS = {"heading": "#0d47a1", "basis": "#4e342e", "target": "#1b5e20",
                "task": "#000000", "other": "#757575"}
ROW = Qt.ItemDataRole.UserRole


class ImportDialog(QDialog):
    """Open with ``ImportDialog(db, parent)``, then ``open_file(path)`` or the button."""

    parsed = Signal()  # a file has been read and is shown
    failed = Signal(str)  # the file was refused; the message is shown in the dialog
    imported = Signal(object)  # ImportSummary

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle("Nhập kế hoạch của tỉnh làm mẫu")
        self.setAcceptDrops(True)
        self.resize(1100, 720)
        panel = load_form("import_dialog", self)
        QVBoxLayout(self).addWidget(panel)
        self.file_edit: QLineEdit = panel.findChild(QLineEdit, "fileEdit")
        self.summary_label: QLabel = panel.findChild(QLabel, "summaryLabel")
        self.closing_label: QLabel = panel.findChild(QLabel, "closingLabel")
        self.tree: QTreeWidget = panel.findChild(QTreeWidget, "tree")
        self.kind_combo: QComboBox = panel.findChild(QComboBox, "kindCombo")
        self.buttons: QDialogButtonBox = panel.findChild(QDialogButtonBox, "buttons")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Nhập mẫu")
        ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Đóng")
        for kind in review.KINDS:
            self.kind_combo.addItem(review.KIND_LABELS[kind], kind)
        self.kind_combo.setEnabled(False)
        self.tree.setColumnWidth(0, 720)
        self.tree.setColumnWidth(1, 110)

        self.lines: list[review.ReviewLine] = []
        self.original: dict | None = None
        self.sha256 = ""
        self.job: BackgroundJob | None = None

        panel.findChild(QPushButton, "chooseButton").clicked.connect(self.choose_file)
        panel.findChild(QPushButton, "mergeButton").clicked.connect(self.merge_selected)
        panel.findChild(QPushButton, "splitButton").clicked.connect(self.split_selected)
        panel.findChild(QPushButton, "indentButton").clicked.connect(lambda: self.shift_level(1))
        panel.findChild(QPushButton, "outdentButton").clicked.connect(lambda: self.shift_level(-1))
        QShortcut(QKeySequence("Ctrl+]"), self, lambda: self.shift_level(1))
        QShortcut(QKeySequence("Ctrl+["), self, lambda: self.shift_level(-1))
        self.kind_combo.activated.connect(self._kind_chosen)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.buttons.accepted.connect(self.store)
        self.buttons.rejected.connect(self.reject)

    # -- reading ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Chọn kế hoạch của tỉnh", "", FILE_FILTER)
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        from dxdesk.importing import parse_file

        self.file_edit.setText(str(path))
        self.summary_label.setText("Đang đọc tệp…")

        def work(progress, should_cancel):
            return parse_file(path, progress=progress, should_cancel=should_cancel)

        self.job = BackgroundJob(self, f"Đang đọc “{path.name}”…", work)
        self.job.succeeded.connect(self._show_parse)
        self.job.failed.connect(self._parse_failed)
        self.job.cancelled.connect(lambda: self.summary_label.setText("Đã hủy việc đọc tệp."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.job.start()

    def _show_parse(self, parsed) -> None:
        self.original = parsed.to_json_dict()
        self.sha256 = parsed.source_sha256
        self.lines = review.lines_from_template(self.original)
        self._refresh()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.parsed.emit()

    def _parse_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            raise error  # a bug, not a bad file: the crash handler logs and reports it
        self.show_problem(f"Không nhập được tệp này. {error}")
        self.failed.emit(str(error))

    def show_problem(self, message: str) -> None:
        """Refusals are shown in the dialog itself, in red, without a blocking pop-up."""
        self.summary_label.setText(f'<span style="color:#b71c1c"><b>{message}</b></span>')

    # -- showing ---------------------------------------------------------------------------
    def _refresh(self, select: int | None = None) -> None:
        self.tree.clear()
        parents: list[QTreeWidgetItem] = []
        counts = dict.fromkeys(review.KINDS, 0)
        chosen = None
        for index, line in enumerate(self.lines):
            counts[line.kind] += 1
            item = QTreeWidgetItem([self._display_text(line), self._kind_text(line),
                                    self._details(line)])
            item.setData(0, ROW, index)
            item.setToolTip(0, line.text)
            colour = QBrush(QColor(KIND_COLOURS[line.kind]))
            for column in range(3):
                item.setForeground(column, colour)
            if line.kind == "heading":
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                level = max(1, min(line.level, len(parents) + 1))
                del parents[level - 1:]
                (parents[-1].addChild(item) if parents else self.tree.addTopLevelItem(item))
                parents.append(item)
            else:
                (parents[-1].addChild(item) if parents else self.tree.addTopLevelItem(item))
            if index == select:
                chosen = item
        self.tree.expandAll()
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
            self.tree.scrollToItem(chosen)
        data = self.original or {}
        head = " — ".join(filter(None, [
            data.get("doc_type"), data.get("number") and f"số {data['number']}",
            data.get("title"), data.get("issuer")]))
        self.summary_label.setText(
            f"<b>{head or 'Không rõ tên văn bản'}</b><br>Đọc được {counts['heading']} đề mục, "
            f"{counts['basis']} căn cứ, {counts['target']} chỉ tiêu, {counts['task']} nhiệm "
            "vụ. Hãy xem lại từng dòng: chọn dòng rồi đổi loại, lên/xuống cấp, gộp hoặc tách "
            "nếu chương trình đọc chưa đúng.")
        signer = data.get("signer") or {}
        self.closing_label.setText(
            f"Nơi nhận: {'; '.join(data.get('recipients') or []) or '(không thấy)'}<br>"
            f"Người ký: {' / '.join(signer.get('lines') or [])} "
            f"{signer.get('name') or '(không thấy)'}")

    @staticmethod
    def _display_text(line: review.ReviewLine) -> str:
        if line.kind == "heading" and line.label:
            return f"{line.label}. {line.text}"
        return line.text

    @staticmethod
    def _kind_text(line: review.ReviewLine) -> str:
        if line.kind == "heading":
            return f"đề mục cấp {line.level}"
        return review.KIND_LABELS[line.kind]

    @staticmethod
    def _details(line: review.ReviewLine) -> str:
        extra = line.extra
        if line.kind == "target" and extra.get("value") is not None:
            horizon = f" (năm {extra['horizon']})" if extra.get("horizon") else ""
            return f"{extra['value']:g} {extra.get('unit') or ''}{horizon}".strip()
        if line.kind == "task":
            return " · ".join(filter(None, [extra.get("lead"), extra.get("deadline")]))
        if line.kind == "heading":
            return review.SECTION_KINDS.get(line.section_kind, "")
        return ""

    # -- correcting ------------------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted(item.data(0, ROW) for item in self.tree.selectedItems())

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        self.kind_combo.setEnabled(bool(rows))
        if rows:
            self.kind_combo.setCurrentIndex(review.KINDS.index(self.lines[rows[0]].kind))

    def _kind_chosen(self) -> None:
        self.set_kind(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        rows = self.selected_rows()
        for row in rows:
            line = self.lines[row]
            if line.kind != kind and kind == "heading":
                line.level = self._level_above(row) + 1
            line.kind = kind
        self._refresh(rows[0] if rows else None)

    def _level_above(self, row: int) -> int:
        for line in reversed(self.lines[:row]):
            if line.kind == "heading":
                return line.level
        return 0

    def shift_level(self, step: int) -> None:
        rows = [r for r in self.selected_rows() if self.lines[r].kind == "heading"]
        for row in rows:
            line = self.lines[row]
            line.level = max(1, min(line.level + step, self._level_above(row) + 1))
        if rows:
            self._refresh(rows[0])

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        self._guarded(lambda: review.merge(self.lines, rows[0]))
        self._refresh(rows[0])

    def split_selected(self, at: int | None = None) -> None:
        """Split the selected line at character ``at``, or where the officer marks it."""
        rows = self.selected_rows()
        if not rows:
            return
        if at is None:
            text, ok = QInputDialog.getText(
                self, "Tách dòng", "Gõ dấu | vào chỗ cần tách, rồi bấm OK:",
                QLineEdit.EchoMode.Normal, self.lines[rows[0]].text)
            if not ok or "|" not in text:
                return
            at = text.index("|")
        self._guarded(lambda: review.split(self.lines, rows[0], at))
        self._refresh(rows[0])

    def _guarded(self, action) -> None:
        try:
            action()
        except UserFacingError as exc:
            self.show_problem(str(exc))

    # -- storing ---------------------------------------------------------------------------
    def corrected_template(self) -> dict:
        return review.template_from_lines(self.lines, self.original or {})

    def store(self) -> None:
        try:
            summary: ImportSummary = store_template(self.db, self.corrected_template(),
                                                    self.sha256)
        except UserFacingError as exc:
            self.show_problem(str(exc))
            self.failed.emit(str(exc))
            return
        self.imported.emit(summary)
        self.accept()

    # -- drag and drop ---------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.open_file(Path(urls[0].toLocalFile()))

    def closeEvent(self, event) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        super().closeEvent(event)
