"""The format-neutral stream every reader yields and the outline parser reads.

A reader turns its file into a list of :class:`Line` and :class:`Table` blocks in reading
order. A ``Line`` is either a whole paragraph (``physical=False``: .docx, .xlsx) or one
physical line of wrapped text (``physical=True``: .pdf, .txt) that the parser may join
with its neighbours. Style hints are optional: a reader sets what its format knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from dxdesk.importing.errors import ImportCancelled

__all__ = ["Line", "Cell", "Table", "Progress"]


@dataclass(slots=True)
class Line:
    text: str
    bold: bool = False
    italic: bool = False
    centered: bool = False
    heading_level: int | None = None  # 0-based level from a Word heading style or markdown "#"
    page: int = 0
    physical: bool = False
    # Geometry of a physical line, in any unit (points for PDF, characters for text):
    # where the line starts and ends, and the width of an average character.
    x0: float | None = None
    x1: float | None = None
    char_w: float | None = None
    size: float | None = None
    gap_before: bool = False  # extra space before it (a paragraph break where consistent)
    break_before: bool = False  # a certain paragraph break before it (a blank line in Markdown)
    # Where the text came from when not the running text: "layout" (a small table such as
    # the header or the signature block), "tabletext" (a row of a data table), "sheet" (the
    # lines above a spreadsheet's table).
    source: str = ""


@dataclass(slots=True)
class Cell:
    """A table cell: its paragraphs, and the cell's value when it is not text (a date)."""

    lines: list[Line] = field(default_factory=list)
    value: object = None
    span: int = 1

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines if line.text.strip())

    @property
    def bold(self) -> bool:
        texts = [line for line in self.lines if line.text.strip()]
        return bool(texts) and all(line.bold for line in texts)


@dataclass(slots=True)
class Table:
    """Rows of cells; a merged cell is the same object in every row and column it covers."""

    rows: list[list[Cell]]
    page: int = 0
    bordered: bool | None = None
    # The group of its tasks when the table names none above them: a workbook's sheet
    # named after a pillar ("Chính quyền số").
    group: str | None = None

    def distinct_rows(self) -> list[list[Cell]]:
        """Each row's cells with the copies of merged cells left out."""
        seen: set[int] = set()
        out = []
        for row in self.rows:
            cells = []
            for cell in row:
                if id(cell) in seen:
                    continue
                seen.add(id(cell))
                cells.append(cell)
            out.append(cells)
        return out


class Progress:
    """Reports progress and honours cancellation for the readers and the parser."""

    __slots__ = ("_progress", "_should_cancel", "total", "done")

    def __init__(self, progress: Callable[[int, int], None] | None = None,
                 should_cancel: Callable[[], bool] | None = None):
        self._progress = progress
        self._should_cancel = should_cancel
        self.total = 100
        self.done = 0

    def check(self) -> None:
        if self._should_cancel is not None and self._should_cancel():
            raise ImportCancelled()

    def report(self, done: int, total: int) -> None:
        self.check()
        self.done, self.total = done, total
        if self._progress is not None:
            self._progress(done, total)

    def step(self, done: int, total: int, lo: int, hi: int) -> None:
        """Report ``done/total`` of a stage that covers ``lo..hi`` out of 100."""
        if total <= 0:
            total = 1
        self.report(lo + (hi - lo) * min(done, total) // total, 100)
