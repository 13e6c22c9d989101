"""Undoable task edits: each QUndoCommand calls one task_edits service per redo/undo
(one transaction each) and refreshes only the rows it changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand

from dxdesk.errors import UserFacingError
from dxdesk.gui.task_model import TaskTableModel
from dxdesk.services import task_edits
from dxdesk.services.task_edits import Field, FieldChange
from dxdesk.store import Database, StoreError

__all__ = ["EditTasksCommand"]


class EditTasksCommand(QUndoCommand):
    """Set one field of one or many tasks.

    Call ``execute()`` first: it makes the change (raising the officer's error message if
    the value is refused) and only then is the command pushed on the undo stack, whose
    first ``redo()`` therefore does nothing. Later ``redo()`` calls set the value again,
    ``undo()`` puts back every task's own previous value (``task_edits.restore``).
    """

    def __init__(self, db: Database, model: TaskTableModel, task_ids: Sequence[int],
                 field: Field | str, value: Any, *,
                 on_error: Callable[[str], None] | None = None):
        field = Field(field)
        count = len(set(task_ids))
        target = f"{count} nhiệm vụ" if count != 1 else "1 nhiệm vụ"
        super().__init__(f"sửa {field.label} ({target})")
        self.db, self.model = db, model
        self.task_ids = list(task_ids)
        self.field, self.value = field, value
        self.change: FieldChange | None = None
        self._on_error = on_error
        self._executed = False

    def execute(self) -> FieldChange:
        """Make the change now; raises UserFacingError when it is refused."""
        self.change = task_edits.set_field(self.db, self.task_ids, self.field, self.value)
        self._executed = True
        self._refresh(self.change)
        return self.change

    def redo(self) -> None:
        if self._executed:  # QUndoStack.push: execute() has already done it
            self._executed = False
            return
        try:
            self.change = task_edits.set_field(self.db, self.task_ids, self.field, self.value)
        except (UserFacingError, StoreError) as exc:
            self._failed(exc)
            return
        self._refresh(self.change)

    def undo(self) -> None:
        if self.change is None:
            return
        try:
            restored = task_edits.restore(self.db, self.change)
        except (UserFacingError, StoreError) as exc:
            self._failed(exc)
            return
        self._refresh(restored)

    def _refresh(self, change: FieldChange) -> None:
        if change.changed:
            self.model.refresh_tasks(change.task_ids)

    def _failed(self, exc: Exception) -> None:
        self.setObsolete(True)  # the stack drops a command it can no longer replay
        if self._on_error is not None:
            self._on_error(str(exc))
