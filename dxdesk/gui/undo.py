"""Undo/redo as service calls: every edit is one service call (one transaction), and its
undo is one more service call with what the first returned."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from dxdesk.errors import UserFacingError


class ServiceCommand(QUndoCommand):
    """Pushed after its first call has succeeded (so a refusal never reaches the stack);
    later redos call ``do`` again, undos call ``undo(result of the last do)``."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[Any], None],
                 refresh: Callable[[], None], result: Any,
                 on_error: Callable[[str], None] | None = None):
        super().__init__(text)
        self._do, self._undo, self._refresh = do, undo, refresh
        self._result, self._on_error = result, on_error
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo: the work is already done
            self._pushed = True
        else:
            self._guard(lambda: setattr(self, "_result", self._do()))
        self._refresh()

    def undo(self) -> None:
        self._guard(lambda: self._undo(self._result))
        self._refresh()

    def _guard(self, call: Callable[[], None]) -> None:
        try:
            call()
        except UserFacingError as exc:  # e.g. the item was changed elsewhere meanwhile
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(str(exc))


def run_command(stack: QUndoStack, text: str, do: Callable[[], Any],
                undo: Callable[[Any], None], refresh: Callable[[], None],
                on_error: Callable[[str], None] | None = None) -> Any:
    """Do the edit now; if it succeeds, put it on ``stack`` for undo. A refusal
    (UserFacingError) propagates and nothing is pushed."""
    result = do()
    stack.push(ServiceCommand(text, do, undo, refresh, result, on_error))
    return result
