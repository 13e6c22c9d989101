"""Start-up benchmark (a script, not a test): the app opening a 20,000-task database to a
painted main window, beside the dependency floor — a bare process that imports PySide6
and SQLAlchemy and paints an empty window. Run: python3 tests/bench_startup.py

Goals (issue: drafting GUI): main window with data ≤ 1.5 s; our start-up ≤ 1.3× the floor.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FLOOR = """
import sqlalchemy
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
watcher = Painted()
window.installEventFilter(watcher)
window.show()
app.exec()
"""

# Not needed to show the window with its data (SQLAlchemy loads just after: "ready").
HEAVY = ("sqlalchemy", "docx", "openpyxl", "reportlab", "pypdf", "alembic")


def timed(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(runs: int = 7, db: Path | None = None) -> dict:
    """Seconds (medians): ``floor``, ``ours`` (to the painted window with its data), their
    ``ratio``, ``ready`` (until the editing code is loaded too: the first click's wait ends
    there), and ``heavy`` (modules loaded that start-up should not need). Builds a 20,000-task demo unless ``db`` is given (a copy
    is opened, in a private data folder)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    with tempfile.TemporaryDirectory() as folder:
        env["DXDESK_DATA_DIR"] = folder
        if db is None:
            db = Path(folder) / "big.sqlite"
            subprocess.run([sys.executable, "-m", "dxdesk", "demo", "--db", str(db), "--size",
                            "20000"], check=True, env=env, stdout=subprocess.DEVNULL)
        else:
            copy = Path(folder) / "big.sqlite"
            shutil.copyfile(db, copy)
            db = copy
        ours_cmd = [sys.executable, "-m", "dxdesk", "--db", str(db), "--exit-after-startup"]
        timed(ours_cmd, env)  # the daily backup happens once, on the first open of the day
        floor, ours, ready = [], [], []
        for _ in range(runs):  # interleaved, so all see the same machine load
            floor.append(timed([sys.executable, "-c", FLOOR], env))
            ours.append(timed(ours_cmd, env))
            ready.append(timed([*ours_cmd, "ready"], env))
        check = subprocess.run(
            [sys.executable, "-c",
             "import sys, runpy; sys.argv=['dxdesk','--db',%r,'--exit-after-startup'];"
             "from dxdesk.cli.main import main; main(sys.argv[1:]);"
             "print(' '.join(m for m in %r if m in sys.modules))" % (str(db), HEAVY)],
            env=env, capture_output=True, text=True)
    f, o = statistics.median(floor), statistics.median(ours)
    heavy = check.stdout.strip().splitlines()[-1:] if check.stdout.strip() else []
    return {"floor": f, "ours": o, "ratio": o / f, "ready": statistics.median(ready),
            "heavy": " ".join(heavy)}


def main(runs: int = 7) -> None:
    r = measure(runs)
    f, o = r["floor"], r["ours"]
    print(f"{'measure':<46}{'figure':>10}{'goal':>12}")
    print(f"{'floor: PySide6 + SQLAlchemy, empty window':<46}{f:>9.2f}s{'':>12}")
    print(f"{'dxdesk, 20,000 tasks, main window painted':<46}{o:>9.2f}s{'≤ 1.50 s':>12}")
    print(f"{'ratio dxdesk / floor':<46}{o / f:>9.2f}×{'≤ 1.30×':>12}")
    print(f"{'dxdesk, … and ready for the first edit':<46}{r['ready']:>9.2f}s{'':>12}")
    print(f"heavy modules loaded at start-up: {r['heavy'] or 'none'}")


if __name__ == "__main__":
    main()
