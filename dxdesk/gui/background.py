"""Long work off the GUI thread: one helper for import, export and backup.

A progress dialog appears only when the work takes longer than half a second, and its
"Hủy" button asks the work to stop (the work polls ``should_cancel``). The result or the
exception comes back on the GUI thread as a signal — no busy-waiting, no sleeps.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Runner(QThread):
    progressed = Signal(int, int)

    def __init__(self, work: Work, cancel: threading.Event):
        super().__init__()
        self._work, self._cancel = work, cancel
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work(self.progressed.emit, self._cancel.is_set)
        except BaseException as exc:  # handed to the GUI thread, never lost
            self.error = exc


class BackgroundJob(QObject):
    """``BackgroundJob(parent, "Đang đọc tệp…", work).start()``; then one of
    ``succeeded(result)``, ``failed(exception)`` or ``cancelled()``; always ``done()``."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()

    def __init__(self, parent: QWidget, label: str, work: Work):
        super().__init__(parent)
        self._cancel = threading.Event()
        self._runner = _Runner(work, self._cancel)
        self._runner.progressed.connect(self._on_progress)
        self._runner.finished.connect(self._on_finished)
        self.dialog = QProgressDialog(label, "Hủy", 0, 0, parent)
        self.dialog.setWindowTitle("dxdesk")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel.set)

    def start(self) -> None:
        self.dialog.setValue(0)
        self._runner.start()

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        """Block until the thread ends (used when the owner closes)."""
        self._runner.wait()

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, total))

    def _on_finished(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        runner = self._runner
        if self._cancel.is_set():
            self.cancelled.emit()
        elif runner.error is not None:
            self.failed.emit(runner.error)
        else:
            self.succeeded.emit(runner.result)
        self.done.emit()
