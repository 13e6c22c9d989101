"""Ruled-table reconstruction for the PDF text reader: the ruling segments of a page are
joined into grids of borders, the grid's cells merged where a border is missing, and the
runs inside each cell assembled into its lines (:class:`PdfTable`, :class:`PdfCell`)."""

from __future__ import annotations

from dataclasses import dataclass

from dxdesk.importing.pdf_content import Run
from dxdesk.importing.pdf_lines import PdfLine, group_lines

__all__ = ["PdfCell", "PdfTable", "find_tables"]


@dataclass(slots=True, eq=False)
class PdfCell:
    lines: list[PdfLine]


@dataclass(slots=True)
class PdfTable:
    """A table: rows of cells; a merged cell is the same object in every row and column
    it covers. ``bands``: the columns of a borderless table (read by position)."""

    rows: list[list[PdfCell]]
    columns: list[float]  # the x of each vertical border (borderless: of each column)
    seq: int = 0
    bands: object = None


def _merge_segments(items: list[tuple[float, float, float]]) -> list[list[float]]:
    """Collinear pieces (same level, touching) joined: [level, lo, hi]."""
    out: list[list[float]] = []
    for level, lo, hi in sorted(items):
        if out and abs(out[-1][0] - level) <= 1.0 and lo <= out[-1][2] + 2.0:
            out[-1][2] = max(out[-1][2], hi)
        else:
            out.append([level, lo, hi])
    return out


def _levels(values: list[float], tolerance: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tolerance:
            continue
        out.append(v)
    return out


def _root(parent: list[int], i: int) -> int:
    """The representative of ``i`` in a union-find forest (paths halved on the way)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def find_tables(segments, runs: list[Run]) -> tuple[list[PdfTable], set[int]]:
    """Ruled tables: grids of horizontal and vertical borders holding text. Returns the
    tables and the ids of the runs they took."""
    hs = _merge_segments([(y0, x0, x1) for x0, y0, x1, y1 in segments if y0 == y1])
    vs = _merge_segments([(x0, y0, y1) for x0, y0, x1, y1 in segments if x0 == x1])
    if len(hs) < 2 or len(vs) < 3:
        return [], set()
    # Connected groups of borders.
    parent = list(range(len(hs) + len(vs)))
    for i, (hy, hx0, hx1) in enumerate(hs):
        for j, (vx, vy0, vy1) in enumerate(vs):
            if hx0 - 3 <= vx <= hx1 + 3 and vy0 - 3 <= hy <= vy1 + 3:
                parent[_root(parent, i)] = _root(parent, len(hs) + j)
    groups: dict[int, tuple[list, list]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(_root(parent, i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(_root(parent, len(hs) + j), ([], []))[1].append(v)
    tables: list[PdfTable] = []
    taken: set[int] = set()
    for group_h, group_v in groups.values():
        ys = _levels([h[0] for h in group_h])[::-1]  # top to bottom
        xs = _levels([v[0] for v in group_v])
        if len(ys) < 2 or len(xs) < 3 or len(ys) * len(xs) > 20_000:
            continue
        rows, cols = len(ys) - 1, len(xs) - 1

        def has_v(x: float, y: float) -> bool:
            return any(abs(vx - x) <= 2 and vy0 - 1 <= y <= vy1 + 1 for vx, vy0, vy1 in group_v)

        def has_h(y: float, x: float) -> bool:
            return any(abs(hy - y) <= 2 and hx0 - 1 <= x <= hx1 + 1 for hy, hx0, hx1 in group_h)

        cell_parent = list(range(rows * cols))
        for r in range(rows):
            ymid = (ys[r] + ys[r + 1]) / 2
            for c in range(cols - 1):
                if not has_v(xs[c + 1], ymid):
                    cell_parent[_root(cell_parent, r * cols + c + 1)] = \
                        _root(cell_parent, r * cols + c)
        for c in range(cols):
            xmid = (xs[c] + xs[c + 1]) / 2
            for r in range(rows - 1):
                if not has_h(ys[r + 1], xmid):
                    cell_parent[_root(cell_parent, (r + 1) * cols + c)] = \
                        _root(cell_parent, r * cols + c)
        members: dict[int, list[Run]] = {}
        top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
        for run in runs:
            cx = (run.x0 + run.x1) / 2
            cy = run.y + run.size * 0.3
            if not (left < cx < right and bottom < cy < top):
                continue
            r = next((k for k in range(rows) if ys[k + 1] < cy <= ys[k]), None)
            c = next((k for k in range(cols) if xs[k] <= cx < xs[k + 1]), None)
            if r is None or c is None:
                continue
            members.setdefault(_root(cell_parent, r * cols + c), []).append(run)
            taken.add(id(run))
        if not members:
            continue
        cells: dict[int, PdfCell] = {}
        grid: list[list[PdfCell]] = []
        for r in range(rows):
            row = []
            for c in range(cols):
                key = _root(cell_parent, r * cols + c)
                cell = cells.get(key)
                if cell is None:
                    cell = cells[key] = PdfCell(group_lines(members.get(key, [])))
                row.append(cell)
            grid.append(row)
        seq = min(run.seq for group in members.values() for run in group)
        tables.append(PdfTable(rows=grid, columns=xs, seq=seq))
    return tables, taken
