"""“Đề cương”: the plan's headings and their text, edited in place, saved as you go,
every change undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from dxdesk.errors import UserFacingError
from dxdesk.gui.forms import load_form
from dxdesk.gui.undo import run_command
from dxdesk.services import outline
from dxdesk.store import Database

SECTION_ID = Qt.ItemDataRole.UserRole


class OutlineEditor(QWidget):
    changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.db: Database | None = None
        self.plan_id: int | None = None
        self.rows: dict[int, outline.SectionRow] = {}
        panel = load_form("outline_editor", self)
        QVBoxLayout(self).addWidget(panel)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.tree: QTreeWidget = panel.findChild(QTreeWidget, "tree")
        self.title_edit: QLineEdit = panel.findChild(QLineEdit, "titleEdit")
        self.body_edit: QPlainTextEdit = panel.findChild(QPlainTextEdit, "bodyEdit")
        self.problem_label: QLabel = panel.findChild(QLabel, "problemLabel")
        self.body_caption: QLabel = panel.findChild(QLabel, "bodyCaption")
        self.body_caption_text = self.body_caption.text()
        buttons = {name: panel.findChild(QPushButton, name) for name in (
            "addButton", "deleteButton", "upButton", "downButton", "indentButton",
            "outdentButton")}
        buttons["addButton"].clicked.connect(self.add_after)
        buttons["deleteButton"].clicked.connect(self.delete_current)
        buttons["upButton"].clicked.connect(lambda: self.move_current(-1))
        buttons["downButton"].clicked.connect(lambda: self.move_current(1))
        buttons["indentButton"].clicked.connect(self.indent_current)
        buttons["outdentButton"].clicked.connect(self.outdent_current)
        for keys, slot in (("Alt+Up", lambda: self.move_current(-1)),
                           ("Alt+Down", lambda: self.move_current(1)),
                           ("Alt+Right", self.indent_current),
                           ("Alt+Left", self.outdent_current),
                           ("Ctrl+Return", self.add_after)):
            QShortcut(QKeySequence(keys), self, slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.title_edit.editingFinished.connect(self.save_current)

    # -- loading -----------------------------------------------------------------------------
    def set_plan(self, db: Database, plan_id: int) -> None:
        self.db, self.plan_id = db, plan_id
        self.reload()

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_id()
        self.tree.blockSignals(True)
        self.tree.clear()
        self.rows = {r.id: r for r in outline.load_outline(self.db, self.plan_id)}
        items: dict[int, QTreeWidgetItem] = {}
        for row in self.rows.values():
            item = QTreeWidgetItem([f"{row.label}. {row.title}"])
            item.setData(0, SECTION_ID, row.id)
            if row.level == 1:
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
            parent = items.get(row.parent_id)
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[row.id] = item
        self.tree.expandAll()
        self.tree.blockSignals(False)
        target = items.get(current) or (self.tree.topLevelItem(0) if self.rows else None)
        if target is not None:
            self.tree.setCurrentItem(target)
        self._show(self.current_id())

    def current_id(self) -> int | None:
        item = self.tree.currentItem()
        return item.data(0, SECTION_ID) if item is not None else None

    def _current_changed(self, current, previous) -> None:
        if previous is not None:
            self.save(previous.data(0, SECTION_ID))
        self._show(current.data(0, SECTION_ID) if current is not None else None)

    def _is_bases(self, row: outline.SectionRow | None) -> bool:
        """The căn cứ section shows the plan's bases, one per line, as its text."""
        return row is not None and row.kind == "bases"

    def _body_of(self, row: outline.SectionRow | None) -> str:
        if self._is_bases(row):
            return "\n".join(outline.load_bases(self.db, self.plan_id))
        return row.body if row else ""

    def _show(self, section_id: int | None) -> None:
        row = self.rows.get(section_id)
        self.title_edit.setText(row.title if row else "")
        self.body_edit.setPlainText(self._body_of(row))
        self.body_caption.setText(
            "&Các căn cứ (mỗi căn cứ một dòng; không cần gõ “Căn cứ” và dấu “;”):"
            if self._is_bases(row) else self.body_caption_text)
        self.title_edit.setEnabled(row is not None)
        self.body_edit.setEnabled(row is not None)
        self.problem_label.clear()

    # -- editing -----------------------------------------------------------------------------
    def save_current(self) -> None:
        self.save(self.current_id())

    def save(self, section_id: int | None) -> None:
        """Save the title and text shown for ``section_id`` if they changed (one undoable
        step)."""
        row = self.rows.get(section_id)
        if row is None or self.current_id() != section_id:
            return
        title, body = self.title_edit.text(), self.body_edit.toPlainText()
        if self._is_bases(row) and body.strip() != self._body_of(row).strip():
            lines = body.splitlines()
            self._run("Sửa các căn cứ", lambda: outline.set_bases(self.db, self.plan_id, lines),
                      lambda old: outline.set_bases(self.db, self.plan_id, old),
                      select=section_id)
            body = row.body
        if title.strip() == row.title and body.strip() == row.body.strip():
            return
        self._run(f"Sửa mục “{row.title}”",
                  lambda: outline.update_section(self.db, section_id, title=title, body=body),
                  lambda old: outline.update_section(self.db, section_id, **old),
                  select=section_id)

    def add_after(self) -> None:
        self.save_current()
        after = self.current_id()
        holder: dict = {}

        def do():
            holder["id"] = outline.add_section(self.db, self.plan_id, "Mục mới", after_id=after)
            return holder["id"]

        self._run("Thêm mục", do, lambda new_id: outline.delete_section(self.db, new_id),
                  select=lambda: holder.get("id"))
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def delete_current(self) -> None:
        section_id = self.current_id()
        if section_id is None:
            return
        self._run(f"Xóa mục “{self.rows[section_id].title}”",
                  lambda: outline.delete_section(self.db, section_id),
                  lambda snapshot: outline.restore_sections(self.db, snapshot))

    def move_current(self, step: int) -> None:
        section_id = self.current_id()
        if section_id is None:
            return
        self.save_current()
        self._run("Chuyển mục", lambda: outline.move_section(self.db, section_id, step),
                  lambda was: outline.place_section(self.db, section_id, was),
                  select=section_id)

    def indent_current(self) -> None:
        section_id = self.current_id()
        if section_id is None:
            return
        self.save_current()
        self._run("Thụt mục vào", lambda: outline.indent_section(self.db, section_id),
                  lambda was: outline.place_section(self.db, section_id, was),
                  select=section_id)

    def outdent_current(self) -> None:
        section_id = self.current_id()
        if section_id is None:
            return
        self.save_current()
        self._run("Lùi mục ra", lambda: outline.outdent_section(self.db, section_id),
                  lambda was: outline.place_section(self.db, section_id, was),
                  select=section_id)

    def _run(self, text, do, undo, select=None) -> None:
        def refresh():
            self.reload(select() if callable(select) else select)
            self.changed.emit()

        try:
            run_command(self.undo_stack, text, do, undo, refresh, self.show_problem)
        except UserFacingError as exc:
            self.show_problem(str(exc))

    def show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
