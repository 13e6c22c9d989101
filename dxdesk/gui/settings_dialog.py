"""“Thiết lập của huyện”: the district's names, the units directory, signers and recipient
lists — the data every document is printed with.

One tab a module: :mod:`~dxdesk.gui.settings_profile_tab`,
:mod:`~dxdesk.gui.settings_units_tab` and :mod:`~dxdesk.gui.settings_presets_tab` (signers
and recipient lists). Every change goes through the services (one transaction each);
refusals are shown in red at the bottom of the dialog, never in a blocking pop-up. After each
saved change the dialog emits ``changed()`` and, where the change can simply be undone,
offers “Hoàn tác” (Ctrl+Z).
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QTabWidget, QVBoxLayout, QWidget)

from dxdesk.errors import UserFacingError
from dxdesk.gui.forms import load_form
from dxdesk.gui.settings_common import FAILED, GREEN, ID, RED
from dxdesk.gui.settings_presets_tab import RECIPIENTS, SIGNERS, PresetTab
from dxdesk.gui.settings_profile_tab import ProfileTab
from dxdesk.gui.settings_units_tab import C_KIND, C_NAME, C_SHORT, UnitsTab
from dxdesk.store import Database

__all__ = ["C_KIND", "C_NAME", "C_SHORT", "ID", "RED", "SettingsDialog"]


class SettingsDialog(QDialog):
    """Open with ``SettingsDialog(db, parent)``. ``changed()`` is emitted after each change
    that was saved (or undone), so other windows can reload units, names and presets."""

    changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.setWindowTitle("Thiết lập của huyện — tên đơn vị, người ký, nơi nhận")
        self.resize(1080, 760)
        panel = load_form("settings_dialog", self)
        QVBoxLayout(self).addWidget(panel)
        find = panel.findChild
        self.tabs: QTabWidget = find(QTabWidget, "tabs")
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.undo_button: QPushButton = find(QPushButton, "undoButton")
        self.buttons: QDialogButtonBox = find(QDialogButtonBox, "buttons")
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText("Đóng")
        self.buttons.rejected.connect(self.reject)
        for button in panel.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field must not press some button
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self._undo: tuple[str, Callable[[], object]] | None = None
        self._close_warned = False
        self._showing_problem = False
        self.tabs.currentChanged.connect(self._tab_changed)

        self.profile = ProfileTab(self, panel)
        self.units_page = UnitsTab(self, panel)
        self.signers = PresetTab(self, panel, SIGNERS)
        self.recipients = PresetTab(self, panel, RECIPIENTS)
        # The tabs with a form to save, in their order.
        self._forms = (self.profile, self.signers, self.recipients)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save_current_tab)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        QShortcut(QKeySequence.StandardKey.Find, self, self.units_page.focus_search)

        self.reload()
        self.tabs.setCurrentIndex(0)
        self.profile.name_edit.setFocus()

    # ======================================================================================
    # messages, undo, closing
    # ======================================================================================
    def show_problem(self, message: str) -> None:
        """A refusal: shown in red in the dialog, nothing was changed."""
        self._showing_problem = True
        self.message_label.setText(
            f'<span style="color:{RED}"><b>{html.escape(message)}</b></span>')
        self.message_label.setAccessibleDescription(message)

    def show_done(self, message: str, undo: Callable[[], object] | None = None) -> None:
        self._showing_problem = False
        self.message_label.setText(f'<span style="color:{GREEN}">✔ {html.escape(message)}</span>')
        self.message_label.setAccessibleDescription(message)
        self._undo = (message, undo) if undo is not None else None
        self.undo_button.setVisible(undo is not None)

    def message(self) -> str:
        """The message shown at the bottom (plain text), for tests and screen readers."""
        return self.message_label.accessibleDescription()

    def act(self, action: Callable[[], object], fields: dict[str, QWidget] | None = None):
        """Run a service call; a refusal is shown and ``FAILED`` returned. When the refusal
        names a field found in ``fields``, the cursor goes there."""
        try:
            return action()
        except UserFacingError as exc:
            self.show_problem(str(exc))
            widget = (fields or {}).get(getattr(exc, "field", ""))
            if widget is not None:
                widget.setFocus()
                if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                    widget.selectAll()
            return FAILED

    def saved(self, message: str, undo: Callable[[], object] | None = None) -> None:
        self._close_warned = False
        self.show_done(message, undo)
        self.changed.emit()

    def undo(self) -> None:
        if self._undo is None:
            return
        message, action = self._undo
        if self.act(action) is FAILED:
            return
        self._undo = None
        self.reload()
        self.saved(f"Đã hoàn tác: {message[0].lower()}{message[1:]}")

    def _tab_changed(self) -> None:
        """A refusal belongs to the tab it was made on: it goes when the officer moves on
        (the last saved change and its “Hoàn tác” stay)."""
        if self._showing_problem:
            self._showing_problem = False
            self.message_label.clear()
            self.message_label.setAccessibleDescription("")

    def reload(self) -> None:
        self.profile.load_profile()
        self.units_page.load_units()
        self.signers.load()
        self.recipients.load()

    def save_current_tab(self) -> None:
        name = self.tabs.currentWidget().objectName()
        for tab in self._forms:
            if tab.tab_name == name:
                tab.save()

    def unsaved_tabs(self) -> list[int]:
        """Indexes of the tabs with edits not yet saved."""
        return [self.tabs.indexOf(self.tabs.findChild(QWidget, tab.tab_name))
                for tab in self._forms if tab.unsaved()]

    def reject(self) -> None:
        """Closing with unsaved edits: say so once (in the dialog); closing again discards."""
        unsaved = self.unsaved_tabs()
        if unsaved and not self._close_warned:
            self._close_warned = True
            names = ", ".join(f"“{self.tabs.tabText(i).replace('&', '')}”" for i in unsaved)
            self.tabs.setCurrentIndex(unsaved[0])
            self.show_problem(f"Thẻ {names} có thay đổi chưa lưu. Bấm “Lưu” (Ctrl+S) để giữ, "
                              "hoặc bấm “Đóng” lần nữa để bỏ các thay đổi đó.")
            return
        super().reject()
