"""Starting the GUI: choose and open the database, show the main window."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from dxdesk.errors import UserFacingError


def choose_database(args: argparse.Namespace) -> Path | str:
    """The database to open, creating one only where that cannot hide a lost file:
    ``--demo`` (a new temp folder) or the very first start (no database and no backups
    in the user's data folder)."""
    if args.db and not args.demo:
        return args.db  # opened as given; a missing file is refused, never created
    from dxdesk.paths import default_db_path
    from dxdesk.services.demo import create_demo_database  # (not on the usual start-up path)
    from dxdesk.store.backup import backup_dir_for

    if args.demo:
        folder = Path(tempfile.mkdtemp(prefix="dxdesk-demo-"))
        return create_demo_database(folder / "dxdesk-demo.sqlite")
    path = default_db_path()
    if not path.exists() and not backup_dir_for(path).exists():
        create_demo_database(path)  # first start: show the officer a working example
    return path


def run(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from dxdesk.store import open_database

    from dxdesk.gui.crash import install_exception_hook
    from dxdesk.logs import setup_logging

    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("dxdesk")
    app.setOrganizationName("dxdesk")
    install_exception_hook()
    try:
        db = open_database(choose_database(args))
    except UserFacingError as exc:
        print(f"dxdesk: {exc}", file=sys.stderr)
        if not args.exit_after_startup:
            QMessageBox.critical(None, "dxdesk — không mở được dữ liệu", str(exc))
        return 1
    from dxdesk.gui.main_window import MainWindow

    try:
        window = MainWindow(db)
        if args.exit_after_startup:
            window.painted.connect(lambda: QTimer.singleShot(0, app.quit))
        window.show()
        return app.exec()
    finally:
        db.close()
