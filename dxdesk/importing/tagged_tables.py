"""Tables in the block stream, before the outline is read: a task table or a target table
(found by its header row) is kept whole as a :class:`TaggedTable`; any other table becomes
lines of text: a layout table (header, closing block, frame) cell by cell, a data table row
by row."""

from __future__ import annotations

from dataclasses import dataclass

from dxdesk.importing.blocks import Line, Table
from dxdesk.importing.paragraphs import is_page_number
from dxdesk.importing.tables import (TCell, find_target_header, find_task_header,
                                     is_layout_text)
from dxdesk.text import clean

__all__ = ["TaggedTable", "prepare_blocks", "table_grid"]


@dataclass
class TaggedTable:
    kind: str  # "tasks" | "targets"
    rows: list[list[TCell]]
    columns: object
    page: int = 0
    group: str | None = None  # the group of its tasks above any group row (a sheet's name)


def table_grid(table: Table) -> list[list[TCell]]:
    """Cells as text; a cell merged across columns keeps its text in its first column only
    (a group row stays one cell), a cell merged down keeps it in every row (a lead unit
    shared by several tasks)."""
    grid = []
    for row in table.rows:
        cells = []
        for index, c in enumerate(row):
            if index and row[index - 1] is c:
                cells.append(TCell(bold=c.bold, spanned=c.text))
            else:
                cells.append(TCell(text=c.text, value=c.value, bold=c.bold))
        grid.append(cells)
    return grid


def prepare_blocks(blocks: list, warnings: list[str]) -> list:
    """Task and target tables are kept; other tables become lines of text: a layout
    table (header, closing block, frame) cell by cell, a data table row by row."""
    out: list = []
    last_tasks: TaggedTable | None = None  # the task table just before, if nothing since
    for block in blocks:
        if not isinstance(block, Table):
            out.append(block)
            if last_tasks is not None and not is_page_number(block.text):
                last_tasks = None
            continue
        if not block.rows:
            continue
        grid = table_grid(block)
        columns = find_task_header(grid)
        if columns is not None:
            last_tasks = TaggedTable("tasks", grid, columns, block.page, block.group)
            out.append(last_tasks)
            continue
        if last_tasks is not None and len(grid[0]) == len(last_tasks.rows[0]) and \
                find_target_header(grid) is None and not any(
                    is_layout_text(ln.text) for row in block.rows for c in row for ln in c.lines):
            # A table without a header right after a task table with as many columns: the
            # same table, split in two (a page or section break in between).
            if block.group and block.group != last_tasks.group:
                # Its own group (another sheet's name): a group row before its rows.
                group_row = [TCell() for _ in grid[0]]
                group_row[last_tasks.columns.task] = TCell(text=block.group, bold=True)
                last_tasks.rows.append(group_row)
            last_tasks.rows.extend(grid)
            continue
        last_tasks = None
        target_columns = find_target_header(grid)
        if target_columns is not None:
            out.append(TaggedTable("targets", grid, target_columns, block.page))
            continue
        rows = block.distinct_rows()
        width = max(len(r) for r in rows)
        texts = [ln.text for r in rows for c in r for ln in c.lines if ln.text.strip()]
        layout = width <= 1 or (width <= 3 and any(is_layout_text(t) for t in texts)) or \
            (width <= 3 and len(rows) <= 3)
        # A one-column table is a frame around ordinary text.
        source = "" if width <= 1 else "layout"
        for row in rows:
            if layout:
                for cell in row:
                    for ln in cell.lines:
                        if ln.text.strip():
                            out.append(Line(text=ln.text, bold=ln.bold, italic=ln.italic,
                                            centered=ln.centered, page=block.page,
                                            source=source))
            else:
                parts = [clean(c.text) for c in row if c.text.strip()]
                if parts:
                    out.append(Line(text=" | ".join(parts), page=block.page, source="tabletext"))
    return out
