"""Loading the Qt Designer forms of ``ui/`` (shipped as ``dxdesk/_forms``)."""

from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from dxdesk.paths import forms_dir


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget described by ``ui/<name>.ui``; find its children by object name."""
    path = forms_dir() / f"{name}.ui"
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {path} cannot be read: {handle.errorString()}")
    try:
        widget = QUiLoader().load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise RuntimeError(f"form {path} is not a valid Qt Designer form")
    return widget
