"""“Giới thiệu dxdesk”: version and where the data, backups and log are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from dxdesk import __version__
from dxdesk.logs import log_path
from dxdesk.paths import user_data_dir
from dxdesk.store.backup import backup_dir_for


class AboutDialog(QDialog):
    def __init__(self, db_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Giới thiệu dxdesk")
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>dxdesk {__version__}</h2>"
                       "<p>Lập, theo dõi và báo cáo kế hoạch chuyển đổi số cấp huyện.</p>")
        layout.addWidget(title)
        form = QFormLayout()
        layout.addLayout(form)
        self.folders: dict[str, Path] = {"Thư mục dữ liệu": user_data_dir()}
        if db_path is not None:
            form.addRow("Tệp dữ liệu:", self._path_label(db_path))
            self.folders["Thư mục sao lưu"] = backup_dir_for(db_path)
        form.addRow("Thư mục dữ liệu:", self._path_label(user_data_dir()))
        if db_path is not None:
            form.addRow("Thư mục sao lưu:", self._path_label(backup_dir_for(db_path)))
        form.addRow("Nhật ký lỗi:", self._path_label(log_path()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for caption, folder in self.folders.items():
            button = QPushButton(f"Mở {caption.lower()}")
            button.clicked.connect(lambda _=False, f=folder: self.open_folder(f))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @staticmethod
    def _path_label(path: Path) -> QLabel:
        label = QLabel(str(path))
        label.setTextInteractionFlags(label.textInteractionFlags()
                                      | label.textInteractionFlags().TextSelectableByMouse)
        return label

    @staticmethod
    def open_folder(folder: Path) -> bool:
        folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
