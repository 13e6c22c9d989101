"""Benchmark the province workbook (not a test): python3 tests/documents/bench_xlsx.py [SIZE]

Builds a demo database of 20,000 tasks (``create_demo_database(tmp, size=20000)``), then
times ``export_province_xlsx`` (loading in one transaction + writing the .xlsx).
Target: at most 3 s on a 2-core machine.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2])]

from dxdesk.services.demo import create_demo_database  # noqa: E402
from dxdesk.services.workbooks import export_province_xlsx, load_province_data  # noqa: E402
from dxdesk.store import open_database  # noqa: E402


def measure(size: int = 20_000, db_path: Path | None = None, runs: int = 3) -> dict:
    """Seconds: ``median``/``best`` of export_province_xlsx, ``load`` (median load only),
    ``kib``, ``built`` (None when ``db_path`` is given: that database is only read)."""
    with tempfile.TemporaryDirectory() as tmp:
        built = None
        if db_path is None:
            start = time.perf_counter()
            db_path = create_demo_database(Path(tmp) / "bench.sqlite", size=size)
            built = time.perf_counter() - start
        with open_database(db_path, daily_backup=False) as db:
            times, loads = [], []
            for run in range(runs):
                start = time.perf_counter()
                load_province_data(db)
                loads.append(time.perf_counter() - start)
                start = time.perf_counter()
                out = export_province_xlsx(db, Path(tmp) / f"tinh-{run}.xlsx")
                times.append(time.perf_counter() - start)
        return {"median": statistics.median(times), "best": min(times),
                "load": statistics.median(loads), "kib": out.stat().st_size / 1024,
                "built": built}


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    r = measure(size)
    print(f"demo database, {size} tasks: {r['built']:.1f} s")
    print(f"load only: median {r['load']:.3f} s")
    print(f"export_province_xlsx: median {r['median']:.3f} s "
          f"(best {r['best']:.3f} s, {r['kib']:.0f} KiB) — target ≤ 3 s")


if __name__ == "__main__":
    main()
