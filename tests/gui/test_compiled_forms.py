"""The compiled forms are the .ui files of ui/, compiled as they are now."""

from __future__ import annotations

import pytest

from dxdesk.gui import compile_forms
from dxdesk.paths import forms_dir

FORMS = sorted(forms_dir().glob("*.ui"))


def test_every_form_is_compiled():
    compiled = {p.stem for p in compile_forms.OUTPUT.glob("*.py")} - {"__init__"}
    assert compiled == {ui.stem for ui in FORMS}


@pytest.mark.parametrize("ui", FORMS, ids=lambda p: p.stem)
def test_compiled_form_matches_its_ui_file(ui):
    expected = compile_forms.compile_form(ui)
    actual = (compile_forms.OUTPUT / f"{ui.stem}.py").read_text(encoding="utf-8")
    assert actual == expected, (f"ui/{ui.name} changed: run "
                                "python3 -m dxdesk.gui.compile_forms")


@pytest.mark.gui
def test_a_loaded_form_has_its_named_children(qtbot):
    from PySide6.QtWidgets import QListWidget, QTabWidget

    from dxdesk.gui.forms import load_form

    panel = load_form("main_window")
    qtbot.addWidget(panel)
    assert panel.findChild(QListWidget, "planList") is not None
    assert panel.findChild(QTabWidget, "tabs").count() == 4
