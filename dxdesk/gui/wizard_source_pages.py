"""The new-plan wizard's first pages: which province plan and which year (step 1); in a
rollover, what the province changed since last year and which of last year's unfinished
tasks to carry over.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QCheckBox, QHeaderView, QLabel, QPushButton, QSpinBox,
                               QSplitter, QTreeWidget, QTreeWidgetItem)

from dxdesk.gui.wizard_page import (CHANGE_COLOURS, CHANGE_LEGEND, MUTED_TEXT, ROLE,
                                    PlanWizardPage, format_day)
from dxdesk.services.plan_draft import Draft
from dxdesk.services.plan_sources import TemplateInfo, list_templates, plan_years
from dxdesk.services.rollover import Change, ItemChange

if TYPE_CHECKING:
    from dxdesk.gui.new_plan_wizard import NewPlanWizard

__all__ = ["RolloverPage", "SourcePage"]


class SourcePage(PlanWizardPage):
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


class RolloverPage(PlanWizardPage):
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
