"""Starting the GUI: choose and open the database, show the main window."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
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


def newest_healthy_backup(path: Path):
    """The newest backup of ``path`` that passes ``check_database``, or None."""
    from dxdesk.store.backup import list_backups
    from dxdesk.store.maintenance import check_database

    for backup in list_backups(path):  # newest first
        if check_database(backup.path).healthy:
            return backup
    return None


def offer_restore(path: str | Path, ask: Callable[[object], bool] | None = None) -> bool:
    """A damaged database: offer to restore the newest healthy backup. ``ask(backup)``
    decides instead of the dialog (tests). True when the database was restored; the
    damaged file is kept by ``restore_database``."""
    from dxdesk.store.maintenance import restore_database

    path = Path(path)
    backup = newest_healthy_backup(path)
    if backup is None:
        return False
    if ask is None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            None, "dxdesk — dữ liệu bị hỏng",
            f"Tệp dữ liệu “{path}” bị hỏng.\n\nKhôi phục từ bản sao lưu lành mạnh mới nhất, "
            f"lập lúc {backup.taken_at:%H:%M} ngày {backup.taken_at:%d/%m/%Y}?\n\n"
            "Những thay đổi sau thời điểm đó sẽ không có trong dữ liệu khôi phục. Tệp bị hỏng "
            "được giữ lại một bản trong thư mục sao lưu để chuyên viên kiểm tra.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
    elif not ask(backup):
        return False
    restore_database(path, backup.path)
    return True


def open_first(target: Path | str) -> tuple:
    """Open ``target`` and start reading its first screen — before Qt is imported (see
    ``run``): ``(db, ahead, None)``, or ``(None, None, the refusal)``. The integrity
    check and the first screen's reads run in threads; ``open_window`` waits for them."""
    from dxdesk.services import overview
    from dxdesk.store import open_database
    from dxdesk.threads import in_thread

    try:
        db = open_database(target, check_in_background=True)
    except UserFacingError as exc:
        return None, None, exc
    return db, in_thread(overview.first_screen, db, name="dxdesk-first-screen"), None


def open_window(target: Path | str, opened: tuple, *,
                ask: Callable[[object], bool] | None = None, may_restore: bool = True):
    """The main window on what ``open_first`` opened: ``(db, window)``. When the check at
    open — or a first read — finds the file damaged, the newest healthy backup is offered
    (``offer_restore``; ``ask`` decides instead of the dialog) and, once restored, the file
    is opened and the window built again. Otherwise the refusal is raised, nothing shown."""
    from dxdesk.store import DatabaseDamaged, open_database
    from dxdesk.store.database import resolve_target

    db, ahead, failure = opened
    if db is not None:
        try:
            return db, _build_window(db, ahead)
        except DatabaseDamaged as exc:  # found by the check, or by a first read
            db.close()
            failure = exc
        except BaseException:
            db.close()
            raise
    if isinstance(failure, DatabaseDamaged) and may_restore:
        path = resolve_target(target)
        if isinstance(path, Path) and offer_restore(path, ask):
            db = open_database(target)
            try:
                return db, _build_window(db)
            except BaseException:
                db.close()
                raise
    raise failure


def run(args: argparse.Namespace) -> int:
    """Start the GUI. The order is the start-up's speed: the Qt-free core is imported and
    the database opened before PySide6 (PySide6 hooks every import made after it: see
    import_hook), the file's integrity check and the first screen's reads run in threads
    while Qt loads, and the window is shown only once the check has passed. SQLAlchemy
    is not needed for any of that: it loads after the first paint (MainWindow._warm_up)."""
    from dxdesk.logs import setup_logging
    from dxdesk.services import dashboard, overview  # noqa: F401 (the first screen's)
    from dxdesk.store import open_database  # noqa: F401 (before PySide6, see above)

    setup_logging()
    target: Path | str | None = None
    unexpected = None
    try:
        target = choose_database(args)
        opened = open_first(target)
    except UserFacingError as exc:
        opened = (None, None, exc)
    except Exception as exc:  # a bug: told by the crash dialog once Qt is up (below) —
        unexpected = exc      # the windowed Windows program has no console to print to

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from dxdesk.gui.import_hook import skip_source_scan

    skip_source_scan()  # (PySide6 would read the source of every module imported after it)
    from dxdesk.gui.crash import install_exception_hook

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("dxdesk")
    app.setOrganizationName("dxdesk")
    install_exception_hook()
    if unexpected is not None:
        raise unexpected
    try:
        db, window = open_window(target, opened, may_restore=not args.exit_after_startup)
    except UserFacingError as exc:
        print(f"dxdesk: {exc}", file=sys.stderr)
        if not args.exit_after_startup:
            QMessageBox.critical(None, "dxdesk — không mở được dữ liệu", str(exc))
        return 1
    try:
        quiet = bool(args.exit_after_startup)
        window.ready.connect(lambda: _tell_backup_problem(window, db, quiet))  # (first)
        if args.exit_after_startup:
            done = window.ready if args.exit_after_startup == "ready" else window.painted
            done.connect(lambda: QTimer.singleShot(0, app.quit))
        window.show()
        return app.exec()
    finally:
        db.close()


def _tell_backup_problem(window, db, quiet: bool = False) -> None:
    """When today's backup could not be made at open — known once the window is ready:
    it is made in the background — say so (log, status bar, a warning), without stopping
    the officer's work."""
    if not db.backup_problem:
        return
    import logging

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    text = (f"Chưa sao lưu được dữ liệu hôm nay: {db.backup_problem}\n\n"
            "Dữ liệu vẫn mở và làm việc bình thường. Hãy giải phóng chỗ trên ổ đĩa (hoặc "
            "kiểm tra quyền ghi thư mục sao lưu) rồi mở lại dxdesk để sao lưu.")
    logging.getLogger("dxdesk").warning("daily backup failed at open: %s", db.backup_problem)
    print(f"dxdesk: {text.splitlines()[0]}", file=sys.stderr)
    window.statusBar().showMessage("Chưa sao lưu được dữ liệu hôm nay — xem thông báo.")
    if not quiet:
        QTimer.singleShot(0, window,
                          lambda: QMessageBox.warning(window, "dxdesk — chưa sao lưu được", text))


def _build_window(db, ahead=None):
    """The main window on ``db``, once the integrity check at open has passed (it runs
    while the window is built; DatabaseDamaged if it failed — nothing is shown then).
    ``ahead``: a Future of the first screen's data, read while Qt loaded."""
    from dxdesk.gui.main_window import MainWindow

    window = MainWindow(db, first_screen=ahead.result() if ahead else None)
    try:
        db.verify()
    except BaseException:
        window.deleteLater()
        raise
    return window
