"""What every page of the new-plan wizard shares: the base page (its Qt Designer form,
its draft), the colours of the comparison and of warnings, and how units and days are
written.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from dxdesk.domain.holidays import format_date
from dxdesk.gui.forms import load_form
from dxdesk.services.plan_draft import Draft
from dxdesk.services.plan_sources import UnitInfo
from dxdesk.services.rollover import Change

if TYPE_CHECKING:
    from dxdesk.gui.new_plan_wizard import NewPlanWizard

ROLE = Qt.ItemDataRole.UserRole

# Colours of the comparison (background, text) and their legend.
CHANGE_COLOURS = {
    Change.ADDED: ("#e3f4e4", "#1b5e20"),
    Change.CHANGED: ("#fff3cd", "#7a5200"),
    Change.DROPPED: ("#fde4e4", "#b71c1c"),
    Change.UNCHANGED: ("#ffffff", "#424242"),
}
CHANGE_LEGEND = {
    Change.ADDED: "tỉnh thêm năm nay",
    Change.CHANGED: "tỉnh sửa nội dung hoặc giá trị",
    Change.DROPPED: "tỉnh không giao nữa",
}
WARNING_BACKGROUND = "#fff0d9"
WARNING_TEXT = "#8d4e00"
MUTED_TEXT = "#757575"
PROVINCE_BACKGROUND = "#eeeeee"
EDITED_TEXT = "#0d47a1"


def unit_label(unit: UnitInfo) -> str:
    return f"{unit.name} ({unit.short_name})" if unit.short_name else unit.name


def format_day(day: dt.date | None) -> str:
    return format_date(day) if day else ""


class PlanWizardPage(QWizardPage):
    """A page of the wizard: ``form`` (ui/<form>.ui) fills it; ``heading`` is its title
    after “Bước n/N:”."""

    heading = ""
    form = ""

    def __init__(self, wizard: NewPlanWizard):
        super().__init__(wizard)
        self.wiz = wizard
        self.panel = load_form(self.form, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)

    def child(self, kind, name: str):
        widget = self.panel.findChild(kind, name)
        assert widget is not None, name
        return widget

    @property
    def draft(self) -> Draft:
        assert self.wiz.draft is not None
        return self.wiz.draft

