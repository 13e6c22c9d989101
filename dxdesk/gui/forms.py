"""The Qt Designer forms of ``ui/``, compiled to Python (``compiled_forms``, made by
``python3 -m dxdesk.gui.compile_forms``)."""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget described by ``ui/<name>.ui``; find its children by object name."""
    module = importlib.import_module(f"dxdesk.gui.compiled_forms.{name}")
    [ui_class] = [value for key, value in vars(module).items()
                  if key.startswith("Ui_") and isinstance(value, type)]
    widget = QWidget(parent)
    ui_class().setupUi(widget)
    return widget
