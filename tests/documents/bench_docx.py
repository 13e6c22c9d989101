"""Benchmark the .docx writer (not a test): python3 tests/documents/bench_docx.py

Times ``write_docx`` for the Ba Tơ plan with a 1,000-row and a 3,000-row appendix table,
and, side by side, the naive python-docx way of building the same 1,000-row table
(``table.add_row()`` per row, quadratic because every call walks the table's rows).
Target: 1,000 rows in at most 1 s on a 2-core machine.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1])]

import docx  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

import docsamples  # noqa: E402
from dxdesk.documents.docx_writer import write_docx  # noqa: E402
from dxdesk.documents.model import Row  # noqa: E402


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def naive_python_docx(rows: int, path: Path) -> None:
    """The same appendix table built with python-docx's public API, row by row."""
    table_model = docsamples.task_table(max(0, rows - 12))
    d = docx.Document()
    section = d.sections[0]
    section.page_width, section.page_height = Mm(297), Mm(210)
    columns = table_model.columns
    table = d.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    for cell, column in zip(table.rows[0].cells, columns):
        cell.text = column.title
    for row in table_model.rows:
        cells = table.add_row().cells
        texts = row.cells if isinstance(row, Row) else (row.label or "", row.text) + ("",) * (len(columns) - 2)
        for cell, text in zip(cells, texts):
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(12)
    d.save(path)


def measure(sizes=((1000, 5), (3000, 3)), naive: bool = True) -> dict:
    """``{"write_docx": {rows: {"median", "best", "kib"}}, "naive_1000": s or None}``."""
    result: dict = {"write_docx": {}, "naive_1000": None}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for rows, repeat in sizes:
            doc = docsamples.plan_with_rows(rows)
            times = timed(lambda: write_docx(doc, out / f"plan-{rows}.docx"), repeat)
            size = (out / f"plan-{rows}.docx").stat().st_size
            result["write_docx"][rows] = {"median": statistics.median(times),
                                          "best": min(times), "kib": size / 1024}
        if naive:
            result["naive_1000"] = timed(lambda: naive_python_docx(1000, out / "naive.docx"), 1)[0]
    return result


def main() -> None:
    result = measure()
    print("write_docx (Ba Tơ plan + landscape appendix), median of runs:")
    for rows, r in result["write_docx"].items():
        print(f"  {rows:>5} rows: {r['median']:6.3f} s "
              f"(best {r['best']:.3f} s, {r['kib']:.0f} KiB)")
    print("python-docx table.add_row(), for comparison:")
    print(f"   1000 rows: {result['naive_1000']:6.3f} s")


if __name__ == "__main__":
    main()
