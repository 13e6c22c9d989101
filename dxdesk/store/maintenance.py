"""Health check and restore of a database file."""

from __future__ import annotations

import datetime as dt
import glob
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from dxdesk.store import backup as backups
from dxdesk.store.errors import (DatabaseDamaged, DatabaseMissing, NotADxdeskDatabase,
                                 StoreError, StoreWriteFailed, describe_os_error)
from dxdesk.store.lock import DatabaseLock
from dxdesk.store.schema import HEAD
from dxdesk.store.sqlite import connect_readonly, inspect_file, translate_error


@dataclass
class CheckReport:
    path: Path
    revision: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_database(path: Path) -> CheckReport:
    """Integrity, foreign keys and schema revision — reading only, never writing."""
    report = CheckReport(path)
    if not path.is_file():
        report.problems.append(str(DatabaseMissing(path)))
        return report
    try:
        info = inspect_file(path, quick_check=False)
        report.revision = info.revision
        conn = connect_readonly(path)
        try:
            integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                report.problems.append("Lỗi toàn vẹn: " + "; ".join(integrity[:5]))
            broken = conn.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                tables = sorted({row[0] for row in broken})
                report.problems.append(
                    f"{len(broken)} liên kết hỏng (khóa ngoại) trong bảng: {', '.join(tables)}")
        finally:
            conn.close()
    except StoreError as exc:
        report.problems.append(str(exc))
    except sqlite3.DatabaseError as exc:
        report.problems.append(str(translate_error(exc, path)))
    if report.revision is not None and report.revision != HEAD and not report.problems:
        report.problems.append(
            f"Lược đồ {report.revision} cũ hơn phiên bản hiện tại {HEAD}: "
            "mở tệp bằng dxdesk để nâng cấp (có sao lưu trước).")
    return report


def restore_database(db_path: Path, source: Path) -> Path:
    """Replace the content of ``db_path`` with the backup ``source``.

    The source is checked first (ours, healthy, not newer); what is replaced is kept: a
    healthy database as a verified backup (``…-before-restore.sqlite``), a damaged one as
    a byte-for-byte copy in ``<backups>/damaged/`` for a specialist. A healthy database is
    overwritten in one SQLite transaction; a damaged one is replaced by a verified copy of
    the backup renamed into place — either way a crash leaves the old or the new content.
    Returns the copy of what was replaced.
    """
    if not source.is_file():
        raise DatabaseMissing(source)
    if not db_path.is_file():
        raise DatabaseMissing(db_path)
    inspect_file(source)  # refuses what is not ours, damaged or newer
    with DatabaseLock(db_path):
        replaced = None
        try:
            inspect_file(db_path)  # DatabaseTooNew is not damage: refused
            replaced = backups.make_backup(db_path, "before-restore")
        except (DatabaseDamaged, NotADxdeskDatabase):
            pass  # (make_backup verifies its copy: damage quick_check missed ends here too)
        if replaced is None:
            replaced = keep_damaged_copy(db_path)
            _replace_file(db_path, source)
            return replaced
        try:
            src = connect_readonly(source)
            try:
                dst = sqlite3.connect(db_path)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode=WAL")
                finally:
                    dst.close()
            finally:
                src.close()
        except sqlite3.DatabaseError as exc:
            raise translate_error(exc, db_path) from exc
    return replaced


def damaged_dir_for(db_path: Path) -> Path:
    """Where damaged databases are kept (not a backup: never listed, thinned or restored)."""
    return backups.backup_dir_for(db_path) / "damaged"


def keep_damaged_copy(db_path: Path, *, now: dt.datetime | None = None) -> Path:
    """Copy the damaged file (and its -wal, if any) byte for byte, synced, before it is
    replaced. Raises StoreWriteFailed — with nothing changed — if the copy fails."""
    folder = damaged_dir_for(db_path)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    copy = folder / f"{db_path.stem}-{stamp}{db_path.suffix}"
    serial = 1
    while copy.exists():
        copy = folder / f"{db_path.stem}-{stamp}-{serial}{db_path.suffix}"
        serial += 1
    written = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            original = Path(str(db_path) + suffix)
            if original.exists() and (not suffix or original.stat().st_size):
                target = Path(str(copy) + suffix)
                written.append(target)
                shutil.copyfile(original, target)
                backups._fsync_file(target)
        backups._fsync_dir(folder)
    except OSError as exc:
        for target in written:
            target.unlink(missing_ok=True)
        raise StoreWriteFailed(folder, describe_os_error(exc)) from exc
    return copy


def _replace_file(db_path: Path, source: Path) -> None:
    """Put a verified copy of ``source`` in place of ``db_path`` by renaming."""
    # The database's lock is held: any other restoring copy was left by a restore that
    # died (a crash, a kill) — sweep it, as create_database does for its temp files.
    for stale in db_path.parent.glob(glob.escape(f".{db_path.name}.restoring-") + "*"):
        stale.unlink(missing_ok=True)
    temp = db_path.with_name(f".{db_path.name}.restoring-{os.getpid()}")
    backups.copy_database(source, temp)  # verified, synced; absent on failure
    try:
        # The damaged file's WAL must not be replayed onto the restored content.
        for suffix in ("-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(temp, db_path)
        backups._fsync_dir(db_path.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise StoreWriteFailed(db_path, describe_os_error(exc)) from exc
