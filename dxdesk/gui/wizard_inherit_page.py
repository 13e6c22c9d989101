"""Step 2 of the new-plan wizard: what to inherit from the province plan — its bases,
targets and tasks in a tree of its headings, each checked or not.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem

from dxdesk.gui.wizard_page import (CHANGE_COLOURS, MUTED_TEXT, ROLE, PlanWizardPage,
                                    format_day)
from dxdesk.services.plan_draft import Draft
from dxdesk.services.plan_sources import TaskInfo, plain_number
from dxdesk.services.rollover import Change

if TYPE_CHECKING:
    from dxdesk.gui.new_plan_wizard import NewPlanWizard

__all__ = ["InheritPage"]


class InheritPage(PlanWizardPage):
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
            value = plain_number(info.value)
            note = f"tỉnh giao {value}{info.unit}" if info.value is not None else "chỉ tiêu"
            checked = info.id in draft.chosen_targets
            tip = self._tip(f"Chỉ tiêu, mục {label}" if label else "Chỉ tiêu", info.text,
                            reference, [("Giá trị tỉnh giao",
                                         f"{value or '—'} {info.unit}".strip())])
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

