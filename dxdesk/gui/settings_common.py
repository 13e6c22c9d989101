"""What the settings dialog and its tabs share: item data role, message colours, the value a
refused action returns, and the tabs' base class."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from dxdesk.gui.settings_dialog import SettingsDialog

ID = Qt.ItemDataRole.UserRole
RED = "#b71c1c"
GREEN = "#1b5e20"
AMBER = "#8d5a00"

# Returned by ``SettingsDialog.act`` when the service refused the change.
FAILED = object()


class SettingsTab:
    """One tab of the settings dialog (``tab_name``: its widget's object name in the form).
    Service calls go through the dialog's ``act`` (a refusal is shown, ``FAILED`` returned)
    and saved changes are announced with its ``saved`` (message, optional undo)."""

    tab_name = ""

    def __init__(self, dialog: SettingsDialog):
        self.dialog, self.db = dialog, dialog.db
        self._act, self._saved = dialog.act, dialog.saved
