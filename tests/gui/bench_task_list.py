"""Benchmark the task list on a 20,000-task plan (not a test):

    python3 tests/gui/bench_task_list.py [--size N]

Builds a demo database once, shows the TaskListWidget offscreen and measures:

* loading the plan into the model (rows, search keys, first chunk shown);
* one keystroke of the search box (text set → proxy done), median over typing
  "chuyen doi so" letter by letter and deleting it again — and, for information, the
  same with the table repainted;
* a status change end to end (setData → committed → row refreshed), median;
* resident memory (VmRSS from /proc/self/status).

Goals: ≤ 50 ms per keystroke, ≤ 50 ms per status change, ≤ 300 MB resident.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402


def rss_mb(field: str = "VmRSS") -> float:
    """Resident memory in MB from /proc/self/status: ``VmRSS`` now, ``VmHWM`` the peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def ms(seconds: float) -> float:
    return seconds * 1000


def measure(size: int = 20000, db_path: Path | None = None, verbose: bool = False) -> dict:
    """Figures in ms / MB: ``rows_ms``, ``load_ms``, ``key_median_ms``, ``key_max_ms``,
    ``painted_median_ms``, ``change_median_ms``, ``change_max_ms``, ``sort_ms``, ``rss_mb``,
    ``peak_rss_mb`` (VmHWM), ``matches``, ``size``. Builds a demo database of ``size`` tasks
    unless ``db_path`` is given (that file is then changed: run on a copy)."""
    args = argparse.Namespace(size=size)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from dxdesk.domain.status import TaskStatus
    from dxdesk.gui.task_list import TaskListWidget
    from dxdesk.gui.task_model import Column
    from dxdesk.services.demo import create_demo_database
    from dxdesk.services.task_queries import load_rows
    from dxdesk.store import open_database

    if db_path is None:
        folder = Path(tempfile.mkdtemp(prefix="dxdesk-bench-"))
        started = time.perf_counter()
        path = create_demo_database(folder / "bench.sqlite", size=args.size)
        built = time.perf_counter() - started
        if verbose:
            print(f"demo database of {args.size:,} tasks built in {built:.1f} s: {path}")
    else:
        path = db_path

    with open_database(path, daily_backup=False) as db:
        load_rows(db, 1)  # warm the SQLite page cache and SQLAlchemy's statement cache
        row_times = []
        for _ in range(5):
            started = time.perf_counter()
            rows = load_rows(db, 1)
            row_times.append(time.perf_counter() - started)
        rows_time = statistics.median(row_times)
        widget = TaskListWidget()
        widget.resize(1400, 850)
        widget.show()
        app.processEvents()
        started = time.perf_counter()
        widget.set_plan(db, 1)
        load_time = time.perf_counter() - started
        app.processEvents()
        args.size = widget.model.task_count()
        assert args.size == len(rows)

        # Keystrokes: type a search and delete it, letter by letter.
        text = "chuyen doi so"
        steps = [text[:i] for i in range(1, len(text) + 1)] + \
            [text[:i] for i in range(len(text) - 1, -1, -1)]
        filter_times, painted_times = [], []
        for rounds in range(3):
            for step in steps:
                started = time.perf_counter()
                widget.search_edit.setText(step)  # textChanged → proxy.set_filter
                done = time.perf_counter()
                app.processEvents()
                widget.table.viewport().repaint()
                painted = time.perf_counter()
                if rounds:  # the first round warms caches
                    filter_times.append(done - started)
                    painted_times.append(painted - started)
        widget.search_edit.setText("chuyen doi so")
        matches = widget.proxy.match_count()
        widget.clear_filters()
        app.processEvents()

        # Status changes through the model, as the status editor does.
        proxy, change_times = widget.proxy, []
        for i in range(25):
            index = proxy.index(i, Column.STATUS)
            current = TaskStatus(proxy.index(i, Column.STATUS).data(0x0002))  # EditRole
            wanted = (TaskStatus.IN_PROGRESS if current is not TaskStatus.IN_PROGRESS
                      else TaskStatus.NOT_STARTED)
            started = time.perf_counter()
            assert proxy.setData(index, wanted.value)  # committed and row refreshed on return
            change_times.append(time.perf_counter() - started)
            assert TaskStatus(index.data(0x0002)) is wanted
            app.processEvents()
        change_times = change_times[3:]  # the first ones compile statements

        started = time.perf_counter()
        widget.table.sortByColumn(Column.TEXT, widget.table.horizontalHeader().sortIndicatorOrder())
        sort_time = time.perf_counter() - started
        memory = rss_mb()
        peak = rss_mb("VmHWM")
        widget.close()

    return {"size": args.size, "matches": matches, "rows_ms": ms(rows_time),
            "load_ms": ms(load_time), "key_median_ms": ms(statistics.median(filter_times)),
            "key_max_ms": ms(max(filter_times)),
            "painted_median_ms": ms(statistics.median(painted_times)),
            "change_median_ms": ms(statistics.median(change_times)),
            "change_max_ms": ms(max(change_times)), "sort_ms": ms(sort_time),
            "rss_mb": memory, "peak_rss_mb": peak}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20000)
    args = parser.parse_args()
    r = measure(args.size, verbose=True)
    rows_time, load_time, sort_time = r["rows_ms"] / 1000, r["load_ms"] / 1000, r["sort_ms"] / 1000
    memory, peak, matches = r["rss_mb"], r["peak_rss_mb"], r["matches"]
    key_median, key_max = r["key_median_ms"], r["key_max_ms"]
    painted_median = r["painted_median_ms"]
    change_median, change_max = r["change_median_ms"], r["change_max_ms"]
    table = [
        ("load_rows (3 queries), median", f"{ms(rows_time):.0f} ms", "< 500 ms",
         ms(rows_time) < 500),
        ("load the model (set_plan)", f"{ms(load_time):.0f} ms", "—", None),
        ("keystroke filter, median", f"{key_median:.1f} ms (max {key_max:.0f})", "≤ 50 ms",
         key_median <= 50),
        ("  … with the table repainted", f"{painted_median:.1f} ms", "(information)", None),
        ("status change end to end", f"{change_median:.1f} ms (max {change_max:.0f})",
         "≤ 50 ms", change_median <= 50),
        ("sort by task text (Vietnamese)", f"{ms(sort_time):.0f} ms", "(information)", None),
        ("resident memory (VmRSS)", f"{memory:.0f} MB", "≤ 300 MB", memory <= 300),
        ("peak resident memory (VmHWM)", f"{peak:.0f} MB", "≤ 300 MB", peak <= 300),
    ]
    print(f"\n{args.size:,} tasks; “chuyen doi so” matches {matches:,}")
    print(f"{'measure':<34} {'figure':<24} {'goal':<14} ok")
    print("-" * 78)
    for name, figure, goal, ok in table:
        print(f"{name:<34} {figure:<24} {goal:<14} {'' if ok is None else ('yes' if ok else 'NO')}")
    return 0 if all(ok is not False for *_rest, ok in table) else 1


if __name__ == "__main__":
    sys.exit(main())
