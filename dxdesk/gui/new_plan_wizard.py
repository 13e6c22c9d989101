"""“Lập kế hoạch chuyển đổi số”: the wizard that drafts the district's plan from the
province's plan (and, from last year's plan, the plan of year N+1).

Pages: 1 the province plan and the year; (rollover only) what the province changed since
last year and last year's unfinished tasks to carry over; 2 what to inherit; 3 the targets
adapted to the district; 4 who leads each task, with whom, by when; 5 a summary. Finish
calls :func:`dxdesk.services.plans.create_plan` once, in one transaction.

What the officer chose lives in a :class:`~dxdesk.services.plan_draft.Draft` (plain
Python); the pages show and edit it, so going back and forth keeps every edit. The pages
are in ``wizard_source_pages`` (1 and the rollover page), ``wizard_inherit_page`` (2),
``wizard_table_pages`` (3, 4) and ``wizard_summary_page`` (5); their models, editors and
dialogs in ``wizard_models``, ``wizard_delegates`` and ``wizard_dialogs``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from dxdesk.errors import UserFacingError
from dxdesk.gui.wizard_inherit_page import InheritPage
from dxdesk.gui.wizard_source_pages import RolloverPage, SourcePage
from dxdesk.gui.wizard_summary_page import SummaryPage
from dxdesk.gui.wizard_table_pages import TargetsPage, TasksPage
from dxdesk.services.plan_draft import Draft
from dxdesk.services.plan_sources import (UnitInfo, district_ready, list_units, plan_info,
                                          template_outline)
from dxdesk.services.plans import create_plan, inherit_everything
from dxdesk.services.rollover import compare_templates, start_next_year, unfinished_tasks
from dxdesk.store import Database

__all__ = ["NewPlanWizard"]


class NewPlanWizard(QWizard):
    """``NewPlanWizard(db, parent, previous_plan_id=None)``; ``previous_plan_id`` makes it
    the rollover “Kế hoạch năm N+1” from that plan. After Finish, ``created_plan_id`` holds
    the new plan's id and ``plan_created(int)`` has been emitted."""

    plan_created = Signal(int)

    PAGE_SOURCE, PAGE_ROLLOVER, PAGE_INHERIT, PAGE_TARGETS, PAGE_TASKS, PAGE_SUMMARY = range(6)

    def __init__(self, db: Database, parent: QWidget | None = None, *,
                 previous_plan_id: int | None = None):
        super().__init__(parent)
        self.db = db
        self.previous = plan_info(db, previous_plan_id) if previous_plan_id else None
        self.district = district_ready(db)
        self.units: list[UnitInfo] = list_units(db)
        self.units_by_id = {u.id: u for u in self.units}
        self.draft: Draft | None = None
        self._draft_key: tuple | None = None
        self.created_plan_id: int | None = None

        if self.previous:
            self.setWindowTitle(f"Lập kế hoạch năm {self.previous.year + 1} từ kế hoạch "
                                f"năm {self.previous.year}")
        else:
            self.setWindowTitle("Lập kế hoạch chuyển đổi số của huyện")
        if sys.platform != "win32":  # Windows keeps its native (Aero) look
            self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, "< &Quay lại")
        self.setButtonText(QWizard.WizardButton.NextButton, "&Tiếp theo >")
        self.setButtonText(QWizard.WizardButton.FinishButton, "Tạo &kế hoạch")
        self.setButtonText(QWizard.WizardButton.CancelButton, "Hủy")
        screen = (parent.screen() if parent is not None else QApplication.primaryScreen())
        area = screen.availableGeometry() if screen is not None else None
        self.resize(min(1200, area.width() - 40) if area else 1200,
                    min(780, area.height() - 80) if area else 720)

        self.source_page = SourcePage(self)
        self.setPage(self.PAGE_SOURCE, self.source_page)
        self.rollover_page: RolloverPage | None = None
        if self.previous:
            self.rollover_page = RolloverPage(self)
            self.setPage(self.PAGE_ROLLOVER, self.rollover_page)
        self.inherit_page = InheritPage(self)
        self.setPage(self.PAGE_INHERIT, self.inherit_page)
        self.targets_page = TargetsPage(self)
        self.setPage(self.PAGE_TARGETS, self.targets_page)
        self.tasks_page = TasksPage(self)
        self.setPage(self.PAGE_TASKS, self.tasks_page)
        self.summary_page = SummaryPage(self)
        self.setPage(self.PAGE_SUMMARY, self.summary_page)
        self._number_steps()

    def _number_steps(self) -> None:
        ids = self.pageIds()
        for step, page_id in enumerate(ids, start=1):
            page = self.page(page_id)
            page.setTitle(f"Bước {step}/{len(ids)}: {page.heading}")

    # -- the draft -------------------------------------------------------------------------
    def prepare(self, template_id: int, year: int) -> None:
        """Start a draft for the chosen template and year, unless it is the one being
        edited (going back to page 1 and on again keeps every edit)."""
        key = (template_id, year if self.previous else None)
        if self.draft is not None and key == self._draft_key:
            self.draft.year = year
            return
        outline = template_outline(self.db, template_id)
        if self.previous:
            request = start_next_year(self.db, self.previous.id, template_id, year)
        else:
            request = inherit_everything(self.db, template_id, year)
        draft = Draft(outline, request)
        if self.previous:
            if self.previous.template_id is not None:
                draft.diff = compare_templates(self.db, self.previous.template_id, template_id)
            draft.unfinished = unfinished_tasks(self.db, self.previous.id)
            draft.carried = {t.id for t in draft.unfinished}
        self.draft, self._draft_key = draft, key

    def create(self) -> bool:
        """Finish: create the plan (one transaction). A refusal is shown on the summary
        page and the wizard stays open."""
        assert self.draft is not None
        if self.created_plan_id is not None:  # validated twice (next() on the last page)
            return True
        try:
            plan_id = create_plan(self.db, self.draft.request(),
                                  carried=self.draft.carried_ids())
        except UserFacingError as exc:
            self.summary_page.show_problem(f"Chưa tạo được kế hoạch. {exc}")
            return False
        self.created_plan_id = plan_id
        self.plan_created.emit(plan_id)
        return True
