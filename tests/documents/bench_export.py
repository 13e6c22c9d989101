"""Benchmark exporting from a database (not a test): python3 tests/documents/bench_export.py

Builds ``create_demo_database(tmp, size=1000)`` once, then times, for each kind (plan,
report for the year so far, công văn đôn đốc), load (one transaction) + build + write_docx.
Goal: each at most 1 s on a 2-core machine.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[1])]

from dxdesk.documents.docx_writer import write_docx  # noqa: E402
from dxdesk.services import documents  # noqa: E402
from dxdesk.services.demo import create_demo_database  # noqa: E402
from dxdesk.store import open_database  # noqa: E402

GOAL_S = 1.0


def measure(size: int = 1000, repeat: int = 5, verbose: bool = False) -> dict:
    """``{kind: {"load", "build", "write", "total", "kb"}}`` (medians, seconds) plus
    ``"_built"``: seconds to build the demo database of ``size`` tasks."""
    result: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        start = time.perf_counter()
        path = create_demo_database(tmp_path / "bench.sqlite", size=size)
        result["_built"] = time.perf_counter() - start
        if verbose:
            print(f"demo database with {size} tasks: {result['_built']:.2f} s")
        today = dt.date.today()
        with open_database(path, daily_backup=False) as db:
            for kind in documents.KINDS:
                loads, builds, writes, totals = [], [], [], []
                for _ in range(repeat):
                    t0 = time.perf_counter()
                    data = documents.load_sources(db, kind, today=today)
                    t1 = time.perf_counter()
                    doc = documents.build(data)
                    t2 = time.perf_counter()
                    write_docx(doc, tmp_path / f"{kind}.docx")
                    t3 = time.perf_counter()
                    loads.append(t1 - t0)
                    builds.append(t2 - t1)
                    writes.append(t3 - t2)
                    totals.append(t3 - t0)
                result[kind] = {"load": statistics.median(loads),
                                "build": statistics.median(builds),
                                "write": statistics.median(writes),
                                "total": statistics.median(totals),
                                "kb": (tmp_path / f"{kind}.docx").stat().st_size / 1024}
    return result


def main(size: int = 1000, repeat: int = 5) -> int:
    result = measure(size, repeat, verbose=True)
    worst = 0.0
    for kind in documents.KINDS:
        r = result[kind]
        worst = max(worst, r["total"])
        print(f"{kind:9s} load {r['load'] * 1000:6.0f} ms  "
              f"build {r['build'] * 1000:6.0f} ms  "
              f"write_docx {r['write'] * 1000:6.0f} ms  "
              f"total {r['total'] * 1000:6.0f} ms  ({r['kb']:.0f} KB)")
    verdict = "OK" if worst <= GOAL_S else "TOO SLOW"
    print(f"worst median {worst:.2f} s — goal ≤ {GOAL_S:.0f} s: {verdict}")
    return 0 if worst <= GOAL_S else 1


if __name__ == "__main__":
    sys.exit(main(*(int(a) for a in sys.argv[1:3])))
