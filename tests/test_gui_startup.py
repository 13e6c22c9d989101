"""The GUI starts on a database and shows its data; refusals are shown, not crashed on."""

from __future__ import annotations

import argparse

import pytest

pytestmark = pytest.mark.gui


def test_first_start_creates_the_demo_in_the_data_folder():
    from dxdesk.gui.app import choose_database
    from dxdesk.paths import default_db_path

    args = argparse.Namespace(demo=False, db=None)
    path = choose_database(args)
    assert path == default_db_path() and path.is_file()


def test_a_lost_database_is_not_replaced_on_start():
    from dxdesk.gui.app import choose_database
    from dxdesk.paths import default_db_path
    from dxdesk.store.backup import backup_dir_for

    backup_dir_for(default_db_path()).mkdir(parents=True)  # there was a database here
    path = choose_database(argparse.Namespace(demo=False, db=None))
    assert not path.exists()  # open_database will refuse it with a message


def test_app_starts_and_exits_after_painting(cli):
    result = cli("--demo", "--exit-after-startup", timeout=120)
    assert result.returncode == 0, result.stderr


def test_missing_db_is_refused_with_a_message(tmp_path, cli):
    missing = tmp_path / "mất.sqlite"
    result = cli("--db", str(missing), "--exit-after-startup")
    assert result.returncode == 1
    assert "Không tìm thấy tệp dữ liệu" in result.stderr
    assert not missing.exists()


STARTUP_MODULES = """
import sys
from dxdesk.cli.main import main
code = main(sys.argv[1:])
print("@@", code, *(name in sys.modules for name in
                    ("sqlalchemy", "sqlalchemy.orm", "dxdesk.model", "docx", "openpyxl", "reportlab", "pypdf",
                     "alembic", "PySide6.QtUiTools")))
"""


@pytest.mark.parametrize("until, orm", [("painted", False), ("ready", True)])
def test_the_window_paints_before_the_orm_loads(demo_db, until, orm):
    """Start-up paints the window from plain SQL through sqlite3; SQLAlchemy, its ORM and
    the model are loaded just after (the warm-up), never the document, workbook or
    migration libraries."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", STARTUP_MODULES, "--db", str(demo_db),
         "--exit-after-startup", until],
        capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    line = [x for x in result.stdout.splitlines() if x.startswith("@@")][-1].split()
    assert line[1] == "0"
    assert line[2:] == [str(orm)] * 3 + ["False"] * 6
    # The day's backup, made in the background after the check, is whole by the exit
    # (for "ready" before it: ready waits for it).
    from dxdesk.store.backup import list_backups
    from dxdesk.store.maintenance import check_database

    [daily] = list_backups(demo_db)
    assert daily.reason == "daily" and check_database(daily.path).healthy


SCAN = """
import sys
from pathlib import Path
import PySide6.QtCore
from shibokensupport import feature
from dxdesk.gui.import_hook import skip_source_scan
if sys.argv[1] == "skip":
    assert skip_source_scan()
sys.path.insert(0, sys.argv[2])
import mentions_pyside
print("@@", feature.pyside_feature_dict["mentions_pyside"])
"""


@pytest.mark.parametrize("skip, recorded", [("keep", "0"), ("skip", "-1")])
def test_pyside_no_longer_reads_the_source_of_later_imports(tmp_path, skip, recorded):
    """PySide6 reads the source of every module imported after it, to record whether it
    mentions PySide6 (0) or not (-1); with the scan skipped nothing is read and every
    module counts as not using PySide6's feature switches — dxdesk uses none."""
    import subprocess
    import sys

    (tmp_path / "mentions_pyside.py").write_text("# uses PySide6\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-c", SCAN, skip, str(tmp_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["@@", recorded]


def test_a_feature_switch_still_works_after_the_scan_is_skipped(tmp_path):
    import subprocess
    import sys

    (tmp_path / "snake.py").write_text(
        "from __feature__ import snake_case\n"
        "from PySide6.QtCore import QObject\n"
        "NAME = QObject().object_name()\n", encoding="utf-8")
    script = ("import sys; import PySide6.QtCore\n"
              "from dxdesk.gui.import_hook import skip_source_scan; skip_source_scan()\n"
              "sys.path.insert(0, sys.argv[1]); import snake; print('@@', repr(snake.NAME))\n")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "@@ ''" in result.stdout


def test_an_unexpected_error_before_qt_is_logged_and_told(tmp_path, cli):
    """Start-up opens the file before Qt is loaded; a bug there must still reach the log
    and the crash dialog's path (the windowed Windows program has no console)."""
    from dxdesk.logs import log_path

    folder = tmp_path / "Không phải tệp"
    folder.mkdir()  # a folder given as the database: is_file() is False → refused cleanly
    result = cli("--db", str(folder), "--exit-after-startup")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    script = ("import sys; import dxdesk.gui.app as app\n"
              "def boom(args): raise RuntimeError('lỗi thử trước khi có Qt')\n"
              "app.choose_database = boom\n"
              "from PySide6.QtWidgets import QMessageBox\n"  # the officer closes the dialog
              "QMessageBox.exec = lambda box: print('DIALOG:', box.text(), file=sys.stderr)\n"
              "from dxdesk.cli.main import main; sys.exit(main(['--exit-after-startup']))\n")
    import os
    import subprocess
    import sys

    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "QT_QPA_PLATFORM": "offscreen"}
    crashed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                             encoding="utf-8", timeout=60, env=env)
    assert crashed.returncode != 0
    dialog = crashed.stderr[crashed.stderr.index("DIALOG:"):]
    assert "gặp lỗi không mong đợi" in dialog and "lỗi thử trước khi có Qt" in dialog
    assert str(log_path()) in dialog
    assert "lỗi thử trước khi có Qt" in log_path().read_text(encoding="utf-8")
