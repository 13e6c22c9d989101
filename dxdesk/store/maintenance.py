"""Health check and restore of a database file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from dxdesk.store import backup as backups
from dxdesk.store.errors import DatabaseMissing, StoreError
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

    The source is checked first (ours, healthy, not newer); what is replaced is backed up;
    the copy itself is one SQLite transaction on the live file, so a crash leaves either
    the old or the new content. Returns the backup of what was replaced.
    """
    if not source.is_file():
        raise DatabaseMissing(source)
    if not db_path.is_file():
        raise DatabaseMissing(db_path)
    inspect_file(source)  # refuses what is not ours, damaged or newer
    with DatabaseLock(db_path):
        inspect_file(db_path, quick_check=False)
        replaced = backups.make_backup(db_path, "before-restore")
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
