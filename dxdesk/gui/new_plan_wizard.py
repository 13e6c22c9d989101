"""“Lập kế hoạch chuyển đổi số”: the wizard that drafts the district's plan from the
province's plan (and, from last year's plan, the plan of year N+1).

Pages: 1 the province plan and the year; (rollover only) what the province changed since
last year and last year's unfinished tasks to carry over; 2 what to inherit; 3 the targets
adapted to the district; 4 who leads each task, with whom, by when; 5 a summary. Finish
calls :func:`dxdesk.services.plans.create_plan` once, in one transaction.

What the officer chose lives in a :class:`Draft` (plain Python); the pages show and edit
it, so going back and forth keeps every edit.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
from collections.abc import Iterable, Sequence

from PySide6.QtCore import (QAbstractTableModel, QDate, QItemSelection, QItemSelectionModel,
                            QLocale, QModelIndex, QRect, Qt, Signal)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit, QDialog,
                               QDialogButtonBox, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QSpinBox,
                               QSplitter, QStyledItemDelegate, QTableView, QTextBrowser,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, QWizard,
                               QWizardPage)

from dxdesk.domain.holidays import deadline_warning, holiday_name, is_day_off
from dxdesk.errors import UserFacingError
from dxdesk.gui.forms import load_form
from dxdesk.services.plans import (NewPlan, TargetChoice, TaskChoice, create_plan,
                                  inherit_everything)
from dxdesk.services.rollover import (Change, ItemChange, TargetInfo, TaskInfo,
                                      TemplateDiff, TemplateInfo, TemplateOutline,
                                      UnfinishedTask, UnitInfo, compare_templates,
                                      district_ready, format_number, list_templates,
                                      list_units, plan_info, plan_years, start_next_year,
                                      template_outline, unfinished_tasks)
from dxdesk.store import Database
from dxdesk.text import clean

ROLE = Qt.ItemDataRole.UserRole
VIETNAMESE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)

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
    return f"{day:%d/%m/%Y}" if day else ""


def short_warning(day: dt.date | None) -> str:
    """"Thứ Bảy", "Quốc khánh": why a deadline is flagged ("" when it is a working day)."""
    if day is None or not is_day_off(day):
        return ""
    return holiday_name(day) or ("Thứ Bảy" if day.weekday() == 5 else "Chủ nhật")


def previous_working_day(day: dt.date) -> dt.date:
    while is_day_off(day):
        day -= dt.timedelta(days=1)
    return day


# ------------------------------------------------------------------------------ the draft


class Draft:
    """What the officer has chosen so far: a request for ``create_plan`` being edited."""

    def __init__(self, outline: TemplateOutline, request: NewPlan):
        self.outline = outline
        self.template_id = request.template_id
        self.year = request.year
        self.targets: dict[int, TargetChoice] = {c.source_target_id: c for c in request.targets}
        self.tasks: dict[int, TaskChoice] = {c.source_task_id: c for c in request.tasks}
        # Last year's assignment, as pre-filled (to mark what came from last year).
        self.prefilled: set[int] = {c.source_task_id for c in request.tasks if c.lead_unit_id}
        self.chosen_targets: set[int] = set(self.targets)
        self.chosen_tasks: set[int] = set(self.tasks)
        self.inherit_bases = True
        self.title: str | None = None
        self.diff: TemplateDiff | None = None
        self.unfinished: list[UnfinishedTask] = []
        self.carried: set[int] = set()

    def chosen_target_infos(self) -> list[TargetInfo]:
        return [t for t in self.outline.targets if t.id in self.chosen_targets]

    def chosen_task_infos(self) -> list[TaskInfo]:
        return [t for t in self.outline.tasks if t.id in self.chosen_tasks]

    def request(self) -> NewPlan:
        return NewPlan(
            template_id=self.template_id, year=self.year,
            targets=[self.targets[t.id] for t in self.chosen_target_infos()],
            tasks=[self.tasks[t.id] for t in self.chosen_task_infos()],
            inherit_bases=self.inherit_bases, title=self.title or None)

    def carried_ids(self) -> list[int]:
        return [t.id for t in self.unfinished if t.id in self.carried]


# ----------------------------------------------------------------------------- the wizard


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


class _Page(QWizardPage):
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


# ------------------------------------------------------------------- 1. template and year


class SourcePage(_Page):
    heading = "Chọn kế hoạch của tỉnh và năm"
    form = "wizard_source"

    def __init__(self, wizard: NewPlanWizard):
        super().__init__(wizard)
        self.setSubTitle("Kế hoạch của huyện được lập dựa trên kế hoạch chuyển đổi số của "
                         "tỉnh. Chọn văn bản của tỉnh, rồi chọn năm của kế hoạch huyện.")
        self.template_list: QTreeWidget = self.child(QTreeWidget, "templateList")
        self.year_spin: QSpinBox = self.child(QSpinBox, "yearSpin")
        self.year_note: QLabel = self.child(QLabel, "yearNote")
        self.problem_label: QLabel = self.child(QLabel, "problemLabel")
        self.details: QLabel = self.child(QLabel, "templateDetails")
        self.years = plan_years(wizard.db)
        self.templates = list_templates(wizard.db)
        self.year_spin.setGroupSeparatorShown(False)
        header = self.template_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 110), (3, 280), (4, 70)):
            self.template_list.setColumnWidth(column, width)
        for template in self.templates:
            item = QTreeWidgetItem([
                template.title, template.number, format_day(template.issued_on),
                template.issuer, str(template.year or "")])
            item.setData(0, ROLE, template.id)
            item.setToolTip(0, f"{template.reference}: {template.title}\n"
                               f"Tệp đã nhập: {template.source_name}")
            self.template_list.addTopLevelItem(item)
        self.template_list.currentItemChanged.connect(self._template_changed)
        self.year_spin.valueChanged.connect(self._year_changed)
        problems = []
        if not wizard.district:
            problems.append("Chưa có thông tin của huyện (tên huyện, tỉnh, cơ quan ban hành). "
                            "Hãy nhập thông tin huyện trước khi lập kế hoạch.")
        if not self.templates:
            problems.append("Chưa có kế hoạch nào của tỉnh trong chương trình. Hãy nhập kế "
                            "hoạch của tỉnh trước (Tệp › Nhập kế hoạch của tỉnh…).")
        self.problem_label.setText(" ".join(problems))
        self.problem_label.setVisible(bool(problems))
        chosen = self._default_template()
        if chosen is not None:
            self.template_list.setCurrentItem(self.template_list.topLevelItem(chosen))

    def _default_template(self) -> int | None:
        if not self.templates:
            return None
        previous = self.wiz.previous
        if previous:
            for i, t in enumerate(self.templates):
                if t.year == previous.year + 1:
                    return i
            for i, t in enumerate(self.templates):
                if t.id != previous.template_id:
                    return i
        return 0

    def initializePage(self) -> None:
        self.template_list.setFocus()

    def template(self) -> TemplateInfo | None:
        item = self.template_list.currentItem()
        if item is None:
            return None
        template_id = item.data(0, ROLE)
        return next(t for t in self.templates if t.id == template_id)

    def choose(self, template_id: int, year: int | None = None) -> None:
        """Select a template (and a year), as the officer would."""
        for i in range(self.template_list.topLevelItemCount()):
            item = self.template_list.topLevelItem(i)
            if item.data(0, ROLE) == template_id:
                self.template_list.setCurrentItem(item)
        if year is not None:
            self.year_spin.setValue(year)

    def _template_changed(self) -> None:
        template = self.template()
        self.details.setText("" if template is None else (
            f"<b>{html.escape(template.reference)}</b>: {html.escape(template.title)} — gồm "
            f"{template.targets} chỉ tiêu, {template.tasks} nhiệm vụ, {template.bases} căn "
            f"cứ. Nhập từ tệp “{html.escape(template.source_name)}”"
            + (f" ngày {template.imported_at:%d/%m/%Y}." if template.imported_at else ".")))
        if template is not None:
            if self.wiz.previous:
                year = self.wiz.previous.year + 1
            else:
                year = template.year or dt.date.today().year + 1
            self.year_spin.setValue(year)
        self._year_changed()
        self.completeChanged.emit()

    def _year_changed(self) -> None:
        year = self.year_spin.value()
        template = self.template()
        notes = []
        if template is not None and template.year and template.year != year:
            notes.append(f"Lưu ý: kế hoạch của tỉnh đã chọn dành cho năm {template.year}, "
                         f"không phải năm {year}.")
        if self.years.get(year):
            notes.append(f"Đã có {self.years[year]} kế hoạch năm {year} trong chương trình; "
                         "lập tiếp sẽ tạo thêm một bản dự thảo nữa.")
        if self.wiz.previous and year != self.wiz.previous.year + 1:
            notes.append(f"Kế hoạch năm trước là năm {self.wiz.previous.year}.")
        self.year_note.setText(" ".join(notes))

    def isComplete(self) -> bool:
        return bool(self.wiz.district) and self.template() is not None

    def validatePage(self) -> bool:
        template = self.template()
        if template is None:
            return False
        self.wiz.prepare(template.id, self.year_spin.value())
        return True


# ----------------------------------------------------------- (rollover) changes, carry-over


class RolloverPage(_Page):
    heading = "So với năm trước"
    form = "wizard_rollover"

    def __init__(self, wizard: NewPlanWizard):
        super().__init__(wizard)
        self.diff_tree: QTreeWidget = self.child(QTreeWidget, "diffTree")
        self.carry_tree: QTreeWidget = self.child(QTreeWidget, "carryTree")
        self.show_unchanged: QCheckBox = self.child(QCheckBox, "showUnchangedCheck")
        self.carry_count: QLabel = self.child(QLabel, "carryCount")
        for change, name in ((Change.ADDED, "legendAdded"), (Change.CHANGED, "legendChanged"),
                             (Change.DROPPED, "legendDropped")):
            background, text = CHANGE_COLOURS[change]
            self.child(QLabel, name).setText(
                f'<span style="background-color:{background}; color:{text}; '
                f'font-weight:bold">&nbsp;{change.label}&nbsp;</span> {CHANGE_LEGEND[change]}'
                "&nbsp;&nbsp;&nbsp;")
        self.diff_tree.setColumnWidth(0, 640)
        self.diff_tree.setColumnWidth(1, 90)
        for column, width in ((0, 540), (1, 220), (2, 110), (3, 60), (4, 95)):
            self.carry_tree.setColumnWidth(column, width)
        self.child(QSplitter, "splitter").setSizes([260, 380])
        self.show_unchanged.toggled.connect(self._show_diff)
        self.carry_tree.itemChanged.connect(self._carry_changed)
        self.child(QPushButton, "carryAllButton").clicked.connect(lambda: self.check_all(True))
        self.child(QPushButton, "carryNoneButton").clicked.connect(lambda: self.check_all(False))
        self._shown: Draft | None = None

    def initializePage(self) -> None:
        previous = self.wiz.previous
        self.setSubTitle(
            f"Những gì kế hoạch của tỉnh năm nay khác với năm trước, và các nhiệm vụ của "
            f"kế hoạch năm {previous.year} chưa hoàn thành. Nhiệm vụ được chọn sẽ chuyển "
            "sang kế hoạch mới với trạng thái “chuyển tiếp”, giữ đơn vị chủ trì và tiến độ.")
        if self._shown is not self.draft:
            self._shown = self.draft
            self._show_diff()
            self._show_carry()
        self.diff_tree.setFocus()

    # -- the comparison --------------------------------------------------------------------
    def _show_diff(self) -> None:
        tree = self.diff_tree
        tree.clear()
        diff = self.draft.diff
        if diff is None:
            tree.addTopLevelItem(QTreeWidgetItem([
                "Kế hoạch năm trước không được lập từ kế hoạch của tỉnh nên không so sánh "
                "được."]))
            return
        if diff.old_template_id == diff.new_template_id:
            tree.addTopLevelItem(QTreeWidgetItem([
                "Đang chọn đúng kế hoạch của tỉnh đã dùng năm trước: không có gì thay đổi."]))
        order = [Change.ADDED, Change.CHANGED, Change.DROPPED, Change.UNCHANGED]
        for kind, name in (("task", "Nhiệm vụ"), ("target", "Chỉ tiêu")):
            counts = diff.counts(kind)
            summary = ", ".join(f"{counts[c]} {c.label}" for c in order[:3])
            top = QTreeWidgetItem([f"{name}: {summary}, {counts[Change.UNCHANGED]} không đổi"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            tree.addTopLevelItem(top)
            items = sorted(diff.of(kind), key=lambda c: order.index(c.change))
            for change in items:
                if change.change is Change.UNCHANGED and not self.show_unchanged.isChecked():
                    continue
                top.addChild(self._diff_item(change))
            top.setExpanded(True)
            for i in range(top.childCount()):
                top.child(i).setExpanded(True)

    @staticmethod
    def _diff_item(change: ItemChange) -> QTreeWidgetItem:
        text = change.text
        detail = change.details or (f"nhóm “{change.group}”" if change.group else "")
        item = QTreeWidgetItem([text, change.change.label, detail])
        item.setData(0, ROLE, change)
        background, foreground = CHANGE_COLOURS[change.change]
        for column in range(3):
            item.setBackground(column, QBrush(QColor(background)))
            item.setForeground(column, QBrush(QColor(foreground)))
        bold = item.font(1)
        bold.setBold(True)
        item.setFont(1, bold)
        if change.change is Change.DROPPED:
            struck = item.font(0)
            struck.setStrikeOut(True)
            item.setFont(0, struck)
        tip = [f"<b>{html.escape(change.change.label.capitalize())}</b>"]
        if change.group:
            tip.append(f"Nhóm: {html.escape(change.group)}")
        if change.change is Change.CHANGED:
            tip.append(f"<b>Năm trước:</b> {html.escape(change.old_text)}")
            tip.append(f"<b>Năm nay:</b> {html.escape(change.new_text)}")
        else:
            tip.append(html.escape(text))
        item.setToolTip(0, "<br>".join(tip))
        if change.change is Change.CHANGED and change.old_text != change.new_text:
            old = QTreeWidgetItem([f"Năm trước: {change.old_text}"])
            old.setForeground(0, QBrush(QColor(MUTED_TEXT)))
            old.setToolTip(0, html.escape(change.old_text))
            item.addChild(old)
        return item

    # -- carrying over ---------------------------------------------------------------------
    def _show_carry(self) -> None:
        tree = self.carry_tree
        tree.blockSignals(True)
        tree.clear()
        diff = self.draft.diff
        kept = set(diff.matches("task").values()) if diff else set()
        dropped = {c.old_id for c in diff.of("task", Change.DROPPED)} if diff else set()
        for task in self.draft.unfinished:
            deadline = format_day(task.deadline) or task.deadline_text
            if task.source_task_id in kept:
                province, tip = "vẫn giao", ("Kế hoạch của tỉnh năm nay vẫn có nhiệm vụ này: "
                                             "nó cũng có ở bước “kế thừa”.")
            elif task.source_task_id in dropped:
                province, tip = "không giao nữa", "Kế hoạch của tỉnh năm nay bỏ nhiệm vụ này."
            else:
                province, tip = "—", "Nhiệm vụ riêng của huyện (không có trong kế hoạch tỉnh)."
            item = QTreeWidgetItem([task.text, task.lead_unit_name or "(chưa giao)",
                                    task.status.label, f"{task.progress}%", deadline, province])
            item.setData(0, ROLE, task.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if task.id in self.draft.carried
                               else Qt.CheckState.Unchecked)
            item.setToolTip(0, f"{html.escape(task.text)}<br>Nhóm: {html.escape(task.group)}")
            item.setToolTip(5, tip)
            tree.addTopLevelItem(item)
        if not self.draft.unfinished:
            tree.addTopLevelItem(QTreeWidgetItem([
                f"Mọi nhiệm vụ của kế hoạch năm {self.wiz.previous.year} đã hoàn thành hoặc "
                "đã được chuyển tiếp: không có gì để chuyển tiếp."]))
        tree.blockSignals(False)
        self._count()

    def _carry_changed(self, item: QTreeWidgetItem, column: int) -> None:
        task_id = item.data(0, ROLE)
        if column != 0 or task_id is None:
            return
        if item.checkState(0) == Qt.CheckState.Checked:
            self.draft.carried.add(task_id)
        else:
            self.draft.carried.discard(task_id)
        self._count()

    def check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.carry_tree.topLevelItemCount()):
            item = self.carry_tree.topLevelItem(i)
            if item.data(0, ROLE) is not None:
                item.setCheckState(0, state)

    def _count(self) -> None:
        self.carry_count.setText(f"Sẽ chuyển tiếp {len(self.draft.carried)}/"
                                 f"{len(self.draft.unfinished)} nhiệm vụ.")


# ------------------------------------------------------------------------ 2. what to inherit


class InheritPage(_Page):
    heading = "Chọn nội dung kế thừa từ kế hoạch của tỉnh"
    form = "wizard_inherit"

    def __init__(self, wizard: NewPlanWizard):
        super().__init__(wizard)
        self.setSubTitle("Mọi chỉ tiêu và nhiệm vụ của tỉnh đều đã được chọn. Bỏ dấu chọn ở "
                         "những gì huyện không thực hiện; chọn hoặc bỏ một đề mục là chọn "
                         "hoặc bỏ mọi dòng bên trong nó.")
        self.tree: QTreeWidget = self.child(QTreeWidget, "itemTree")
        self.count_label: QLabel = self.child(QLabel, "countLabel")
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(1, 230)
        self.tree.itemChanged.connect(self._item_changed)
        self.child(QPushButton, "checkAllButton").clicked.connect(lambda: self.check_all(True))
        self.child(QPushButton, "uncheckAllButton").clicked.connect(
            lambda: self.check_all(False))
        self._shown: Draft | None = None
        self._updating = False
        self.headings: list[QTreeWidgetItem] = []

    def initializePage(self) -> None:
        if self._shown is not self.draft:
            self._shown = self.draft
            self._build()
        self.tree.setFocus()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        draft, outline = self.draft, self.draft.outline
        reference = outline.template.reference
        self._updating = True
        self.tree.clear()
        self.headings = []
        if outline.bases:
            item = QTreeWidgetItem([f"Căn cứ pháp lý nêu trong kế hoạch của tỉnh "
                                    f"({len(outline.bases)} văn bản)", ""])
            item.setData(0, ROLE, ("bases", None))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if draft.inherit_bases
                               else Qt.CheckState.Unchecked)
            item.setToolTip(0, f"Mục I. Căn cứ của kế hoạch huyện: trước hết là {reference} "
                               "của tỉnh, sau đó là các văn bản này.")
            for text in outline.bases:
                child = QTreeWidgetItem([text])
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                child.setForeground(0, QBrush(QColor(MUTED_TEXT)))
                child.setToolTip(0, self._tip("Căn cứ", text, reference))
                item.addChild(child)
            self.tree.addTopLevelItem(item)

        leaves: dict[int | None, list[tuple[str, object]]] = {}
        for target in outline.targets:
            leaves.setdefault(target.heading_id, []).append(("target", target))
        for task in outline.tasks:
            leaves.setdefault(task.heading_id, []).append(("task", task))
        children: dict[int | None, list] = {}
        for heading in outline.headings:
            children.setdefault(heading.parent_id, []).append(heading)
        content: dict[int, bool] = {}

        def has_content(heading) -> bool:
            if heading.id not in content:
                content[heading.id] = bool(leaves.get(heading.id)) or any(
                    has_content(c) for c in children.get(heading.id, []))
            return content[heading.id]

        marks = self._marks()

        def add(parent: QTreeWidgetItem | None, heading) -> None:
            label = outline.label_path(heading.id)
            item = self._heading_item(f"{heading.label}. {heading.title}",
                                      f"Mục {label} của {reference}: {heading.title}")
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            for kind, info in leaves.get(heading.id, []):
                item.addChild(self._leaf(kind, info, label, reference, marks))
            for child in children.get(heading.id, []):
                if has_content(child):
                    add(item, child)

        for heading in children.get(None, []):
            if has_content(heading):
                add(None, heading)
        for kind, title in (("target", "Chỉ tiêu khác"), ("task", "Nhiệm vụ khác")):
            orphans = [info for k, info in leaves.get(None, []) if k == kind]
            if orphans:
                item = self._heading_item(title, "Những dòng không nằm dưới đề mục nào")
                self.tree.addTopLevelItem(item)
                for info in orphans:
                    item.addChild(self._leaf(kind, info, "", reference, marks))
        self.tree.expandAll()
        self._updating = False
        self._refresh_counts()

    def _heading_item(self, text: str, tip: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([text, ""])
        item.setData(0, ROLE, ("heading", None))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
        item.setCheckState(0, Qt.CheckState.Checked)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setToolTip(0, html.escape(tip))
        self.headings.append(item)
        return item

    def _leaf(self, kind: str, info, label: str, reference: str, marks: dict
              ) -> QTreeWidgetItem:
        draft = self.draft
        if kind == "target":
            note = f"tỉnh giao {format_number(info.value)}{info.unit}" \
                if info.value is not None else "chỉ tiêu"
            checked = info.id in draft.chosen_targets
            tip = self._tip(f"Chỉ tiêu, mục {label}" if label else "Chỉ tiêu", info.text,
                            reference, [("Giá trị tỉnh giao",
                                         f"{format_number(info.value)} {info.unit}".strip())])
        else:
            note = self._task_note(info)
            checked = info.id in draft.chosen_tasks
            tip = self._tip(f"Nhiệm vụ, mục {label}" if label else "Nhiệm vụ", info.text,
                            reference, [("Nhóm", info.group), ("Đơn vị chủ trì theo tỉnh",
                                                               info.lead),
                                        ("Thời hạn theo tỉnh", self._deadline(info.deadline))])
        change = marks.get((kind, info.id))
        if change is not None:
            note = " · ".join(filter(None, [change.label, note]))
        if kind == "task" and info.id in self._carried_sources():
            note = " · ".join(filter(None, [note, "có nhiệm vụ chuyển tiếp"]))
            tip += ("<p>Một nhiệm vụ năm trước chưa xong cùng nội dung đang được chuyển "
                    "tiếp (bước trước). Bỏ chọn ở đây nếu không muốn có cả hai.</p>")
        item = QTreeWidgetItem([info.text, note])
        item.setData(0, ROLE, (kind, info.id))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setToolTip(0, tip)
        item.setToolTip(1, tip)
        if change is not None:
            background, foreground = CHANGE_COLOURS[change]
            item.setBackground(1, QBrush(QColor(background)))
            item.setForeground(1, QBrush(QColor(foreground)))
        return item

    def _marks(self) -> dict[tuple[str, int], Change]:
        """In a rollover: which items the province added or changed since last year."""
        diff = self.draft.diff
        if diff is None:
            return {}
        return {(c.kind, c.new_id): c.change for c in diff.tasks + diff.targets
                if c.change in (Change.ADDED, Change.CHANGED)}

    def _carried_sources(self) -> set[int]:
        """This year's template tasks that a carried-over task of last year matches."""
        draft = self.draft
        if draft.diff is None or not draft.carried:
            return set()
        old_to_new = {old: new for new, old in draft.diff.matches("task").items()}
        return {old_to_new[t.source_task_id] for t in draft.unfinished
                if t.id in draft.carried and t.source_task_id in old_to_new}

    @staticmethod
    def _task_note(task: TaskInfo) -> str:
        parts = []
        if task.lead:
            parts.append(task.lead)
        if task.deadline:
            parts.append(f"thời hạn {InheritPage._deadline(task.deadline)}")
        return " · ".join(parts)

    @staticmethod
    def _deadline(text: str) -> str:
        try:
            return format_day(dt.date.fromisoformat(text))
        except ValueError:
            return text

    @staticmethod
    def _tip(what: str, text: str, reference: str,
             extra: Sequence[tuple[str, str]] = ()) -> str:
        lines = [f"<b>{html.escape(what)}</b> — {html.escape(reference)}",
                 html.escape(text)]
        lines += [f"{html.escape(k)}: {html.escape(v)}" for k, v in extra if v]
        return "<p>" + "<br>".join(lines) + "</p>"

    # -- checking --------------------------------------------------------------------------
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0 or self._updating:
            return
        kind, item_id = item.data(0, ROLE) or (None, None)
        checked = item.checkState(0) == Qt.CheckState.Checked
        draft = self.draft
        if kind == "bases":
            draft.inherit_bases = checked
        elif kind in ("target", "task"):
            chosen = draft.chosen_targets if kind == "target" else draft.chosen_tasks
            (chosen.add if checked else chosen.discard)(item_id)
        else:
            return
        self._refresh_counts()

    def check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(i).setCheckState(0, state)

    def _refresh_counts(self) -> None:
        draft = self.draft
        self._updating = True
        for heading in self.headings:
            totals = {"target": [0, 0], "task": [0, 0]}
            stack = [heading]
            while stack:
                node = stack.pop()
                for i in range(node.childCount()):
                    child = node.child(i)
                    kind, _ = child.data(0, ROLE) or (None, None)
                    if kind in totals:
                        totals[kind][1] += 1
                        totals[kind][0] += child.checkState(0) == Qt.CheckState.Checked
                    stack.append(child)
            parts = [f"{chosen}/{total} {'chỉ tiêu' if kind == 'target' else 'nhiệm vụ'}"
                     for kind, (chosen, total) in totals.items() if total]
            heading.setText(1, "đã chọn " + ", ".join(parts))
        self._updating = False
        outline = draft.outline
        bases = (f"căn cứ của tỉnh ({len(outline.bases)} văn bản), " if draft.inherit_bases
                 and outline.bases else "")
        self.count_label.setText(
            f"Sẽ đưa vào kế hoạch của huyện: {bases}{len(draft.chosen_targets)}/"
            f"{len(outline.targets)} chỉ tiêu, {len(draft.chosen_tasks)}/{len(outline.tasks)} "
            "nhiệm vụ.")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.draft is not None and bool(self.draft.chosen_targets
                                                   or self.draft.chosen_tasks)

    def find_item(self, kind: str, item_id: int) -> QTreeWidgetItem | None:
        """The tree item of a target or task (tests, and keyboard helpers)."""
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            node = stack.pop()
            if node.data(0, ROLE) == (kind, item_id):
                return node
            stack += [node.child(i) for i in range(node.childCount())]
        return None


# ------------------------------------------------------------------------------ 3. targets


class TargetsModel(QAbstractTableModel):
    """The chosen targets: province value (read-only) beside the district's value and
    wording (editable). Changing the value changes the number in the wording too."""

    GROUP, PROVINCE, DISTRICT, UNIT, TEXT = range(5)
    HEADERS = ["Nhóm", "Tỉnh giao", "Huyện đăng ký", "Đơn vị tính",
               "Nội dung chỉ tiêu của huyện (sửa được)"]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[TargetInfo] = []
        self.choices: dict[int, TargetChoice] = {}

    def reset(self, rows: list[TargetInfo], choices: dict[int, TargetChoice]) -> None:
        self.beginResetModel()
        self.rows, self.choices = rows, choices
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.HEADERS[section]
            return str(section + 1)
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return {self.PROVINCE: "Giá trị trong kế hoạch của tỉnh (chỉ để đối chiếu)",
                    self.DISTRICT: "Giá trị huyện phấn đấu đạt — bấm đúp để sửa",
                    self.TEXT: "Câu chữ của chỉ tiêu trong kế hoạch huyện — bấm đúp để sửa"
                    }.get(section)
        return None

    def value(self, row: int) -> float | None:
        choice = self.choices[self.rows[row].id]
        return choice.value if choice.value is not None else self.rows[row].value

    def text(self, row: int) -> str:
        return self.choices[self.rows[row].id].text or self.rows[row].text

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        info, column = self.rows[index.row()], index.column()
        choice = self.choices[info.id]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.GROUP:
                return info.group
            if column == self.PROVINCE:
                return format_number(info.value)
            if column == self.DISTRICT:
                value = self.value(index.row())
                if role == Qt.ItemDataRole.EditRole:
                    return "" if value is None else format_number(value)
                return format_number(value)
            if column == self.UNIT:
                return info.unit
            return self.text(index.row())
        if role == Qt.ItemDataRole.BackgroundRole and column == self.PROVINCE:
            return QBrush(QColor(PROVINCE_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.PROVINCE:
                return QBrush(QColor(MUTED_TEXT))
            if (column == self.DISTRICT and choice.value is not None) or \
                    (column == self.TEXT and choice.text):
                return QBrush(QColor(EDITED_TEXT))
        if role == Qt.ItemDataRole.FontRole and column == self.DISTRICT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.PROVINCE,
                                                                    self.DISTRICT):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.TEXT and choice.text:
                return (f"<p><b>Nguyên văn của tỉnh:</b><br>{html.escape(info.text)}</p>")
            if column in (self.TEXT, self.GROUP):
                return f"<p>{html.escape(self.text(index.row()))}</p>"
            if column == self.DISTRICT and choice.value is not None:
                return f"Đã sửa (tỉnh giao {format_number(info.value)}{info.unit})"
        return None

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.column() in (self.DISTRICT, self.TEXT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        if column == self.DISTRICT:
            return self.set_value(row, value)
        if column == self.TEXT:
            return self.set_text(row, value)
        return False

    def set_value(self, row: int, value) -> bool:
        """The district's value: a number (``12,5`` or ``12.5``; a ``%`` is ignored);
        empty: the province's."""
        info = self.rows[row]
        choice = self.choices[info.id]
        number = parse_number(value)
        if number is False:
            return False
        new = info.value if number is None else number
        old = self.value(row)
        if new != old and old is not None and new is not None:
            replaced = replace_number(self.text(row), old, new)
            if replaced is not None:
                choice.text = None if replaced == info.text else replaced
        choice.value = None if new == info.value else new
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.TEXT))
        return True

    def set_text(self, row: int, value) -> bool:
        info = self.rows[row]
        text = clean(str(value or ""))
        self.choices[info.id].text = None if not text or text == info.text else text
        self.dataChanged.emit(self.index(row, self.TEXT), self.index(row, self.TEXT))
        return True

    def reset_rows(self, rows: Iterable[int]) -> None:
        for row in rows:
            choice = self.choices[self.rows[row].id]
            choice.value = choice.text = None
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.TEXT))


def parse_number(value) -> float | None | bool:
    """"12,5" → 12.5; "" → None; not a number → False."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace("%", "").replace(" ", "")
    if not text:
        return None
    if "," in text and "." in text:  # 1.000,5
        text = text.replace(".", "")
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return False
    return number if number >= 0 else False


def replace_number(text: str, old: float, new: float) -> str | None:
    """The wording with its first ``old`` number written as ``new`` ("80% hồ sơ" → "70%
    hồ sơ"), or None when the wording does not contain it."""
    pattern = re.escape(format_number(old))
    match = re.search(rf"(?<![\d,.]){pattern}(?![\d]|[,.]\d)", text)
    if match is None and float(old).is_integer() is False:
        match = re.search(rf"(?<![\d,.]){re.escape(str(old))}(?![\d]|[,.]\d)", text)
    if match is None:
        return None
    return text[:match.start()] + format_number(new) + text[match.end():]


class TargetsPage(_Page):
    heading = "Điều chỉnh chỉ tiêu cho cấp huyện"
    form = "wizard_targets"

    def __init__(self, wizard: NewPlanWizard):
        super().__init__(wizard)
        self.setSubTitle("Cột “Tỉnh giao” là giá trị trong kế hoạch của tỉnh, để đối chiếu. "
                         "Bấm đúp vào ô “Huyện đăng ký” để nhập giá trị của huyện (con số "
                         "trong nội dung đổi theo), hoặc vào nội dung để sửa câu chữ.")
        self.table: QTableView = self.child(QTableView, "targetTable")
        self.count_label: QLabel = self.child(QLabel, "countLabel")
        self.model = TargetsModel(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TargetsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TargetsModel.GROUP, 150), (TargetsModel.PROVINCE, 80),
                              (TargetsModel.DISTRICT, 110), (TargetsModel.UNIT, 80)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.model.dataChanged.connect(self._count)
        self.model.modelReset.connect(self._count)
        self.child(QPushButton, "resetButton").clicked.connect(
            lambda: self.model.reset_rows(self.selected_rows()))

    def initializePage(self) -> None:
        self.model.reset(self.draft.chosen_target_infos(), self.draft.targets)
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, TargetsModel.DISTRICT))

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _count(self) -> None:
        rows = self.model.rows
        changed = sum(1 for r in rows if self.model.choices[r.id].value is not None
                      or self.model.choices[r.id].text)
        self.count_label.setText(f"{len(rows)} chỉ tiêu, {changed} đã điều chỉnh cho huyện."
                                 if rows else "Không có chỉ tiêu nào được chọn ở bước trước.")


# -------------------------------------------------------------------------------- 4. tasks


class TasksModel(QAbstractTableModel):
    """The chosen tasks with their lead unit, co-units and deadline (editable)."""

    NUMBER, GROUP, TEXT, LEAD, CO, DEADLINE, NOTE = range(7)
    HEADERS = ["STT", "Nhóm", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
               "Lưu ý"]

    def __init__(self, units: dict[int, UnitInfo], parent=None):
        super().__init__(parent)
        self.units = units
        self.rows: list[TaskInfo] = []
        self.choices: dict[int, TaskChoice] = {}
        self.prefilled: set[int] = set()

    def reset(self, rows: list[TaskInfo], choices: dict[int, TaskChoice],
              prefilled: set[int]) -> None:
        self.beginResetModel()
        self.rows, self.choices, self.prefilled = rows, choices, prefilled
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def choice(self, row: int) -> TaskChoice:
        return self.choices[self.rows[row].id]

    def _unit_name(self, unit_id: int | None) -> str:
        unit = self.units.get(unit_id) if unit_id else None
        return unit.name if unit else ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        info, choice = self.rows[row], self.choice(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(row + 1)
            if column == self.GROUP:
                return info.group
            if column == self.TEXT:
                return choice.text or info.text.rstrip(";. ")
            if column == self.LEAD:
                return self._unit_name(choice.lead_unit_id) or "(chưa giao)"
            if column == self.CO:
                return "; ".join(filter(None, map(self._unit_name, choice.co_unit_ids)))
            if column == self.DEADLINE:
                return format_day(choice.deadline) or choice.deadline_text
            if column == self.NOTE:
                warning = short_warning(choice.deadline)
                return f"⚠ {warning}" if warning else ""
        if role == Qt.ItemDataRole.EditRole:
            if column == self.LEAD:
                return choice.lead_unit_id
            if column == self.CO:
                return list(choice.co_unit_ids)
            if column == self.DEADLINE:
                return choice.deadline
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.TEXT, self.GROUP, self.NUMBER):
                tip = f"<p>{html.escape(info.text)}<br>Nhóm: {html.escape(info.group)}"
                if info.lead:
                    tip += f"<br>Đơn vị chủ trì theo tỉnh: {html.escape(info.lead)}"
                return tip + "</p>"
            if column == self.LEAD and info.id in self.prefilled:
                return "Theo kế hoạch năm trước"
            if column == self.CO and choice.co_unit_ids:
                return "<br>".join(html.escape(self._unit_name(u))
                                   for u in choice.co_unit_ids)
            if column in (self.DEADLINE, self.NOTE) and choice.deadline:
                return deadline_warning(choice.deadline) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.LEAD and not choice.lead_unit_id:
                return QBrush(QColor(MUTED_TEXT))
            if column == self.DEADLINE and not choice.deadline:
                return QBrush(QColor(MUTED_TEXT))
            if column in (self.DEADLINE, self.NOTE) and short_warning(choice.deadline):
                return QBrush(QColor(WARNING_TEXT))
        if role == Qt.ItemDataRole.BackgroundRole and column in (self.DEADLINE, self.NOTE) \
                and short_warning(choice.deadline):
            return QBrush(QColor(WARNING_BACKGROUND))
        if role == Qt.ItemDataRole.FontRole:
            if (column == self.LEAD and not choice.lead_unit_id) or \
                    (column == self.DEADLINE and not choice.deadline and choice.deadline_text):
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER,
                                                                    self.DEADLINE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: QModelIndex):
        flags = super().flags(index)
        if index.column() in (self.LEAD, self.CO, self.DEADLINE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = index.row(), index.column()
        if column == self.LEAD:
            self.assign([row], value)
        elif column == self.CO:
            self.assign([row], self.choice(row).lead_unit_id, list(value or []))
        elif column == self.DEADLINE:
            self.set_deadline([row], to_date(value))
        else:
            return False
        return True

    def assign(self, rows: Iterable[int], lead_unit_id: int | None,
               co_unit_ids: Sequence[int] | None = None) -> None:
        """Give the rows' tasks a lead unit and (unless None) co-units."""
        rows = list(rows)
        for row in rows:
            choice = self.choice(row)
            choice.lead_unit_id = lead_unit_id or None
            co = choice.co_unit_ids if co_unit_ids is None else co_unit_ids
            choice.co_unit_ids = [u for u in dict.fromkeys(co) if u != choice.lead_unit_id]
            self.prefilled.discard(self.rows[row].id)
        self._changed(rows, self.LEAD, self.CO)

    def set_deadline(self, rows: Iterable[int], day: dt.date | None) -> None:
        rows = list(rows)
        for row in rows:
            choice = self.choice(row)
            choice.deadline = day
            if day is not None:
                choice.deadline_text = ""
        self._changed(rows, self.DEADLINE, self.NOTE)

    def _changed(self, rows: list[int], first: int, last: int) -> None:
        if rows:
            self.dataChanged.emit(self.index(min(rows), first), self.index(max(rows), last))


def to_date(value) -> dt.date | None:
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


class LeadUnitDelegate(QStyledItemDelegate):
    """A list of units to pick the lead unit from (first entry: not assigned yet)."""

    def __init__(self, units: Sequence[UnitInfo], parent=None):
        super().__init__(parent)
        self.units = units

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        fill_unit_combo(combo, self.units)
        combo.activated.connect(lambda: (self.commitData.emit(combo),
                                         self.closeEditor.emit(combo)))
        return combo

    def setEditorData(self, editor: QComboBox, index):
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QComboBox, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def fill_unit_combo(combo: QComboBox, units: Sequence[UnitInfo]) -> None:
    combo.addItem("(chưa giao)", None)
    for unit in units:
        combo.addItem(unit_label(unit), unit.id)
    combo.setMaxVisibleItems(20)


class UnitChecklist:
    """Units with check boxes in a QListWidget (Space ticks the current one)."""

    def __init__(self, widget: QListWidget, units: Sequence[UnitInfo]):
        self.widget = widget
        for unit in units:
            item = QListWidgetItem(unit_label(unit))
            item.setData(ROLE, unit.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)

    def _items(self) -> list[QListWidgetItem]:
        return [self.widget.item(i) for i in range(self.widget.count())]

    def set_checked(self, unit_ids: Iterable[int]) -> None:
        wanted = set(unit_ids)
        for item in self._items():
            item.setCheckState(Qt.CheckState.Checked if item.data(ROLE) in wanted
                               else Qt.CheckState.Unchecked)

    def checked(self) -> list[int]:
        return [item.data(ROLE) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked
                and item.flags() & Qt.ItemFlag.ItemIsEnabled]

    def disable(self, unit_id: int | None, why: str) -> None:
        """Grey out one unit (the lead unit cannot also co-operate)."""
        for item in self._items():
            if item.data(ROLE) == unit_id:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setText(f"{item.text()} — {why}")


class CoUnitsEditor(QListWidget):
    """The co-unit cell's editor: a check list over the cell."""

    def __init__(self, units: Sequence[UnitInfo], parent=None):
        super().__init__(parent)
        self.checklist = UnitChecklist(self, units)


class CoUnitsDelegate(QStyledItemDelegate):
    """A check list of units, opened over the cell (taller than the row)."""

    HEIGHT = 260

    def __init__(self, units: Sequence[UnitInfo], parent=None):
        super().__init__(parent)
        self.units = units

    def createEditor(self, parent, option, index):
        editor = CoUnitsEditor(self.units, parent)
        editor.setToolTip("Đánh dấu các đơn vị phối hợp (phím cách để chọn), Enter để xong")
        return editor

    def setEditorData(self, editor: CoUnitsEditor, index):
        editor.checklist.set_checked(index.data(Qt.ItemDataRole.EditRole) or [])
        lead = index.siblingAtColumn(TasksModel.LEAD).data(Qt.ItemDataRole.EditRole)
        editor.checklist.disable(lead, "chủ trì")

    def setModelData(self, editor: CoUnitsEditor, model, index):
        model.setData(index, editor.checklist.checked(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index):
        area = editor.parentWidget().rect()
        rect = QRect(option.rect)
        rect.setWidth(max(rect.width(), 440))
        rect.setHeight(min(self.HEIGHT, area.height()))
        if rect.bottom() > area.bottom():
            rect.moveBottom(area.bottom())
        if rect.right() > area.right():
            rect.moveRight(area.right())
        editor.setGeometry(rect)


class DeadlineDelegate(QStyledItemDelegate):
    """A date editor, dd/MM/yyyy, with a calendar; its first date means “no deadline”."""

    NONE = QDate(2000, 1, 1)

    def createEditor(self, parent, option, index):
        editor = QDateEdit(parent)
        configure_date_edit(editor)
        editor.setMinimumDate(self.NONE)
        editor.setSpecialValueText("(không có)")
        return editor

    def setEditorData(self, editor: QDateEdit, index):
        day = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(QDate(day) if day else self.NONE)

    def setModelData(self, editor: QDateEdit, model, index):
        day = editor.date()
        model.setData(index, None if day == self.NONE else day.toPython(),
                      Qt.ItemDataRole.EditRole)


def configure_date_edit(editor: QDateEdit) -> None:
    editor.setDisplayFormat("dd/MM/yyyy")
    editor.setCalendarPopup(True)
    editor.setLocale(VIETNAMESE)
    editor.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    editor.calendarWidget().setLocale(VIETNAMESE)


class BulkUnitDialog(QDialog):
    """“Giao cho đơn vị…”: one lead unit (and optionally the same co-units) for many tasks."""

    def __init__(self, units: Sequence[UnitInfo], count: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Giao nhiệm vụ cho đơn vị")
        panel = load_form("wizard_bulk_unit", self)
        QVBoxLayout(self).addWidget(panel)
        panel.findChild(QLabel, "headline").setText(f"Giao {count} nhiệm vụ đang chọn cho:")
        self.lead_combo: QComboBox = panel.findChild(QComboBox, "leadCombo")
        fill_unit_combo(self.lead_combo, units)
        self.replace_co: QCheckBox = panel.findChild(QCheckBox, "replaceCoCheck")
        self.co_list: QListWidget = panel.findChild(QListWidget, "coList")
        self.co_units = UnitChecklist(self.co_list, units)
        self.replace_co.toggled.connect(self.co_list.setEnabled)
        buttons: QDialogButtonBox = panel.findChild(QDialogButtonBox, "buttons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Giao")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.resize(520, 520)

    def choose(self, lead_unit_id: int | None, co_unit_ids: Sequence[int] | None = None):
        self.lead_combo.setCurrentIndex(max(self.lead_combo.findData(lead_unit_id), 0))
        self.replace_co.setChecked(co_unit_ids is not None)
        if co_unit_ids is not None:
            self.co_units.set_checked(co_unit_ids)

    def lead_unit_id(self) -> int | None:
        return self.lead_combo.currentData()

    def co_unit_ids(self) -> list[int] | None:
        return self.co_units.checked() if self.replace_co.isChecked() else None


class BulkDeadlineDialog(QDialog):
    """“Đặt thời hạn…”: one deadline for many tasks, flagged when it falls on a day off."""

    def __init__(self, count: int, day: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Đặt thời hạn")
        panel = load_form("wizard_bulk_deadline", self)
        QVBoxLayout(self).addWidget(panel)
        panel.findChild(QLabel, "headline").setText(
            f"Đặt cùng một thời hạn cho {count} nhiệm vụ đang chọn.")
        self.date_edit: QDateEdit = panel.findChild(QDateEdit, "dateEdit")
        configure_date_edit(self.date_edit)
        self.clear_check: QCheckBox = panel.findChild(QCheckBox, "clearCheck")
        self.warning_label: QLabel = panel.findChild(QLabel, "warningLabel")
        self.date_edit.dateChanged.connect(self._warn)
        self.clear_check.toggled.connect(lambda on: (self.date_edit.setEnabled(not on),
                                                     self._warn()))
        buttons: QDialogButtonBox = panel.findChild(QDialogButtonBox, "buttons")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Đặt thời &hạn")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.date_edit.setDate(QDate(day))
        self.warning_label.setMinimumHeight(2 * self.warning_label.fontMetrics().height() + 4)
        self.setMinimumWidth(520)
        self._warn()

    def set_day(self, day: dt.date | None) -> None:
        self.clear_check.setChecked(day is None)
        if day is not None:
            self.date_edit.setDate(QDate(day))

    def day(self) -> dt.date | None:
        return None if self.clear_check.isChecked() else self.date_edit.date().toPython()

    def _warn(self) -> None:
        day = self.day()
        warning = deadline_warning(day) if day else None
        self.warning_label.setText(f"⚠ {warning}. Nên chọn một ngày làm việc."
                                   if warning else "")


class TasksPage(_Page):
    heading = "Giao nhiệm vụ: đơn vị chủ trì, phối hợp, thời hạn"
    form = "wizard_tasks"

    def __init__(self, wizard: NewPlanWizard):
        super().__init__(wizard)
        self.setSubTitle("Bấm đúp vào ô để chọn đơn vị chủ trì, đơn vị phối hợp hoặc thời "
                         "hạn. Muốn giao nhiều nhiệm vụ cùng lúc: chọn các dòng rồi bấm "
                         "“Giao cho đơn vị…” hoặc “Đặt thời hạn…”.")
        self.table: QTableView = self.child(QTableView, "taskTable")
        self.assign_button: QPushButton = self.child(QPushButton, "assignButton")
        self.deadline_button: QPushButton = self.child(QPushButton, "deadlineButton")
        self.selection_label: QLabel = self.child(QLabel, "selectionLabel")
        self.status_label: QLabel = self.child(QLabel, "statusLabel")
        self.model = TasksModel(wizard.units_by_id, self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(TasksModel.LEAD,
                                            LeadUnitDelegate(wizard.units, self.table))
        self.table.setItemDelegateForColumn(TasksModel.CO,
                                            CoUnitsDelegate(wizard.units, self.table))
        self.table.setItemDelegateForColumn(TasksModel.DEADLINE, DeadlineDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TasksModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TasksModel.NUMBER, 40), (TasksModel.GROUP, 120),
                              (TasksModel.LEAD, 210), (TasksModel.CO, 190),
                              (TasksModel.DEADLINE, 95), (TasksModel.NOTE, 110)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.dataChanged.connect(self._status)
        self.model.modelReset.connect(self._status)
        self.assign_button.clicked.connect(self.open_assign_dialog)
        self.deadline_button.clicked.connect(self.open_deadline_dialog)
        self.workday_button: QPushButton = self.child(QPushButton, "workdayButton")
        self.workday_button.clicked.connect(self.move_to_working_days)
        self.active_dialog: QDialog | None = None
        self._selection_changed()

    def initializePage(self) -> None:
        draft = self.draft
        self.model.reset(draft.chosen_task_infos(), draft.tasks, draft.prefilled)
        self.table.setFocus()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, TasksModel.LEAD))

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def select_rows(self, rows: Iterable[int]) -> None:
        """Select these rows (as Ctrl+click would)."""
        selection = QItemSelection()
        for row in rows:
            selection.select(self.model.index(row, 0),
                             self.model.index(row, self.model.columnCount() - 1))
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _selection_changed(self) -> None:
        count = len(self.selected_rows())
        self.assign_button.setEnabled(count > 0)
        self.deadline_button.setEnabled(count > 0)
        self.selection_label.setText(f"Đang chọn {count} nhiệm vụ." if count else
                                     "Chọn một hoặc nhiều dòng để giao cùng lúc.")

    def open_assign_dialog(self) -> BulkUnitDialog | None:
        rows = self.selected_rows()
        if not rows:
            return None
        dialog = BulkUnitDialog(self.wiz.units, len(rows), self)
        first = self.model.choice(rows[0])
        dialog.choose(first.lead_unit_id)
        dialog.accepted.connect(lambda: self.model.assign(rows, dialog.lead_unit_id(),
                                                          dialog.co_unit_ids()))
        return self._show(dialog)

    def open_deadline_dialog(self) -> BulkDeadlineDialog | None:
        rows = self.selected_rows()
        if not rows:
            return None
        first = self.model.choice(rows[0]).deadline
        dialog = BulkDeadlineDialog(len(rows), first or dt.date(self.draft.year, 12, 15), self)
        dialog.accepted.connect(lambda: self.model.set_deadline(rows, dialog.day()))
        return self._show(dialog)

    def move_to_working_days(self) -> int:
        """Move every deadline on a weekend or holiday to the working day before it."""
        moved = 0
        for row in range(self.model.rowCount()):
            day = self.model.choice(row).deadline
            if day is not None and is_day_off(day):
                self.model.set_deadline([row], previous_working_day(day))
                moved += 1
        return moved

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _status(self) -> None:
        rows = range(self.model.rowCount())
        unassigned = sum(1 for r in rows if not self.model.choice(r).lead_unit_id)
        no_deadline = sum(1 for r in rows if not self.model.choice(r).deadline
                          and not self.model.choice(r).deadline_text)
        days_off = sum(1 for r in rows if short_warning(self.model.choice(r).deadline))
        parts = [f"{self.model.rowCount()} nhiệm vụ"]
        parts.append(f"{unassigned} chưa có đơn vị chủ trì" if unassigned
                     else "tất cả đã có đơn vị chủ trì")
        if no_deadline:
            parts.append(f"{no_deadline} chưa có thời hạn")
        text = ", ".join(parts) + "."
        if days_off:
            text += (f' <span style="color:{WARNING_TEXT}"><b>⚠ {days_off} thời hạn rơi vào '
                     "thứ Bảy, Chủ nhật hoặc ngày lễ</b> (xem cột “Lưu ý”).</span>")
        self.status_label.setText(text)
        self.workday_button.setEnabled(days_off > 0)


# ------------------------------------------------------------------------------ 5. summary


class SummaryPage(_Page):
    heading = "Xem lại và tạo kế hoạch"
    form = "wizard_summary"

    def __init__(self, wizard: NewPlanWizard):
        super().__init__(wizard)
        self.setSubTitle("Kiểm tra lại. Bấm “Tạo kế hoạch” để lưu kế hoạch dưới dạng dự thảo; "
                         "sau đó vẫn sửa được từng phần.")
        self.title_edit: QLineEdit = self.child(QLineEdit, "titleEdit")
        self.view: QTextBrowser = self.child(QTextBrowser, "summaryView")
        self.problem_label: QLabel = self.child(QLabel, "problemLabel")
        self.title_edit.textEdited.connect(self._title_edited)

    def default_title(self) -> str:
        return f"Chuyển đổi số {self.wiz.district or 'huyện'} năm {self.draft.year}"

    def initializePage(self) -> None:
        self.problem_label.clear()
        self.title_edit.setText(self.draft.title or self.default_title())
        self.view.setHtml(self.summary_html())
        self.title_edit.setFocus()

    def _title_edited(self, text: str) -> None:
        text = clean(text)
        self.draft.title = None if not text or text == self.default_title() else text
        self.view.setHtml(self.summary_html())

    def show_problem(self, message: str) -> None:
        self.problem_label.setText(message)

    def summary_html(self) -> str:
        draft = self.draft
        outline = draft.outline
        targets = draft.chosen_target_infos()
        tasks = draft.chosen_task_infos()
        choices = [draft.tasks[t.id] for t in tasks]
        adapted = sum(1 for t in targets if draft.targets[t.id].value is not None
                      or draft.targets[t.id].text)
        groups = list(dict.fromkeys(t.group or "Nhiệm vụ khác" for t in tasks))
        carried = len(draft.carried_ids())
        unassigned = sum(1 for c in choices if not c.lead_unit_id)
        days_off = [c for c in choices if short_warning(c.deadline)]
        leads = {c.lead_unit_id for c in choices if c.lead_unit_id}
        esc = html.escape
        bases = 1 + (len(outline.bases) if draft.inherit_bases else 0)
        lines = [
            f"<h3>Kế hoạch {esc(self.title_edit.text() or self.default_title())}</h3>",
            f"<p>Lập theo <b>{esc(outline.template.reference)}</b> của tỉnh "
            f"({esc(outline.template.title)}).</p>",
            "<p><b>Bố cục kế hoạch:</b></p><ul>",
            f"<li><b>I. Căn cứ lập kế hoạch</b>: {bases} văn bản (kế hoạch của tỉnh"
            f"{', và các căn cứ của tỉnh' if draft.inherit_bases and outline.bases else ''}"
            ").</li>",
            f"<li><b>II. Mục tiêu</b>: {len(targets)} chỉ tiêu, {adapted} đã điều chỉnh "
            "cho huyện.</li>",
            f"<li><b>III. Nhiệm vụ</b>: {len(tasks)} nhiệm vụ theo {len(groups)} nhóm"
            + (f", cùng {carried} nhiệm vụ chuyển tiếp từ năm {self.wiz.previous.year}"
               if carried else "") + ".</li>",
            "<li><b>IV. Giải pháp</b>, <b>V. Kinh phí</b>: theo kế hoạch của tỉnh "
            "(sửa được sau).</li>",
            f"<li><b>VI. Tổ chức thực hiện</b>: nhiệm vụ của từng đơn vị chủ trì "
            f"({len(leads)} đơn vị), lập tự động theo phần giao nhiệm vụ.</li></ul>",
        ]
        warnings = []
        if unassigned:
            warnings.append(f"{unassigned} nhiệm vụ chưa có đơn vị chủ trì (có thể giao sau).")
        examples = [f"{format_day(c.deadline)} ({short_warning(c.deadline)}): "
                    f"{self._short(c, draft)}" for c in days_off[:5]]
        if len(days_off) > 5:
            examples.append(f"và {len(days_off) - 5} thời hạn khác")
        if days_off:
            warnings.append(f"{len(days_off)} thời hạn rơi vào thứ Bảy, Chủ nhật hoặc ngày lễ "
                            "(có thể quay lại bước trước và bấm “Dời sang ngày làm việc”):")
        years = plan_years(self.wiz.db)
        if years.get(draft.year):
            warnings.append(f"Đã có {years[draft.year]} kế hoạch năm {draft.year}; kế hoạch "
                            "này sẽ là một bản dự thảo nữa.")
        if warnings:
            lines.append(f'<p style="color:{WARNING_TEXT}"><b>Cần lưu ý:</b></p><ul>')
            for warning in warnings:
                lines.append(f'<li style="color:{WARNING_TEXT}">{esc(warning)}')
                if warning.startswith(f"{len(days_off)} thời hạn") and examples:
                    lines.append("<ul>" + "".join(f"<li>{esc(e)}</li>" for e in examples)
                                 + "</ul>")
                lines.append("</li>")
            lines.append("</ul>")
        return "".join(lines)

    @staticmethod
    def _short(choice: TaskChoice, draft: Draft) -> str:
        text = choice.text or next(t.text for t in draft.outline.tasks
                                   if t.id == choice.source_task_id)
        return text if len(text) <= 60 else text[:57].rstrip() + "…"

    def validatePage(self) -> bool:
        return self.wiz.create()
