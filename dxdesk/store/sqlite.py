"""Everything SQLite-specific lives here: engines with the right pragmas, read-only
inspection of a file before we touch it, and the meaning of SQLite's error codes."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from dxdesk.store.errors import (DatabaseBusy, DatabaseDamaged, DatabaseTooNew,
                                 NotADxdeskDatabase, StoreError, StoreWriteFailed,
                                 describe_os_error)
from dxdesk.store.schema import APPLICATION_ID, REVISIONS, SQLITE_MAGIC

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

# How long a save waits for another program holding SQLite's write lock (an antivirus or
# a sync tool scanning the file) before it gives up with DatabaseBusy. Long enough for a
# scan to pass, short enough that the window does not look hung.
BUSY_TIMEOUT = 10.0

# SQLite primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """One connection (one writer), foreign keys on, WAL, fully synced commits, and
    ``BEGIN IMMEDIATE`` so a transaction holds the write lock from its first statement."""
    from sqlalchemy import URL, create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        poolclass=QueuePool, pool_size=1, max_overflow=0, pool_timeout=60,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)


class PlainReads:
    """Plain-SQL reads with named ``:parameters`` (see ``Database.reading``): ``execute``
    gives a DB-API cursor (iterate it, or ``fetchall``), ``scalar`` the first column of the
    first row (None without rows)."""

    def __init__(self, execute):
        self._execute = execute

    @classmethod
    def over_sqlalchemy(cls, connection: Connection) -> "PlainReads":
        from sqlalchemy import text

        return cls(lambda sql, params: connection.execute(text(sql), params))

    def execute(self, sql: str, params: dict[str, Any] | None = None):
        return self._execute(sql, params or {})

    def scalar(self, sql: str, params: dict[str, Any] | None = None):
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]


@contextlib.contextmanager
def read_connection(path: Path) -> Iterator[PlainReads]:
    """One consistent snapshot of ``path`` for a few reads, on a connection of its own
    (usable from any thread), closed — and its read transaction ended — at the block's
    end. Never creates a file. sqlite3 errors come out as StoreError."""
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True,
                               timeout=BUSY_TIMEOUT, isolation_level=None,
                               check_same_thread=False)
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    try:
        conn.execute("BEGIN")  # (deferred: the snapshot starts at the first read)
        yield PlainReads(conn.execute)
    except sqlite3.Error as exc:
        raise translate_error(exc, path) from exc
    finally:
        conn.close()


@dataclass(frozen=True)
class FileInfo:
    revision: str | None  # None: a fresh file without schema (never a user's database)


def inspect_file(path: Path, *, quick_check: bool = True) -> FileInfo:
    """Decide, without changing a byte, whether ``path`` is a dxdesk database we can open.

    Raises NotADxdeskDatabase, DatabaseDamaged or DatabaseTooNew. A file that no longer
    looks like a dxdesk database (say its header was overwritten) but has dxdesk backups
    beside it was ours: it is reported as damaged, so that the officer restores it.
    """
    try:
        return _inspect_file(path, quick_check)
    except NotADxdeskDatabase as exc:
        if _has_backups(path):
            raise DatabaseDamaged(
                path, "phần đầu tệp không còn đúng dạng cơ sở dữ liệu dxdesk") from exc
        raise


def _has_backups(path: Path) -> bool:
    from dxdesk.store.backup import list_backups  # (backup imports this module)

    try:
        return bool(list_backups(path))
    except OSError:
        return False


def _inspect_file(path: Path, quick_check: bool) -> FileInfo:
    try:
        with open(path, "rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreWriteFailed(path, describe_os_error(exc)) from exc
    if not magic:
        raise NotADxdeskDatabase(path, "tệp rỗng")
    if magic != SQLITE_MAGIC:
        raise NotADxdeskDatabase(path, "không phải tệp SQLite")
    try:
        conn = connect_readonly(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise NotADxdeskDatabase(path, "tệp SQLite của một chương trình khác")
            if quick_check:
                _quick_check(conn, path)
            try:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError as exc:
                raise DatabaseDamaged(path, "thiếu thông tin phiên bản lược đồ") from exc
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) from exc
    revision = row[0] if row else None
    if revision is not None and revision not in REVISIONS:
        raise DatabaseTooNew(path, revision)
    return FileInfo(revision)


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    result = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if result != ["ok"]:
        raise DatabaseDamaged(path, "; ".join(result[:3]))


def quick_check(path: Path) -> None:
    """SQLite's quick_check of the whole file, on a read-only connection of its own (so it
    can run in a thread beside the app's connection: SQLite releases the GIL). Raises
    DatabaseDamaged or another StoreError."""
    try:
        conn = connect_readonly(path)
        try:
            _quick_check(conn, path)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise translate_error(exc, path) from exc


NEARLY_FULL = 8 * 1024 * 1024


def _disk_nearly_full(path: Path) -> bool:
    import shutil

    folder = Path(path).parent
    try:
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def translate_error(exc: BaseException, path: Path) -> StoreError:
    """Map a sqlite3 error (possibly wrapped by SQLAlchemy) to a message for the officer,
    by SQLite's result code — never by the message text."""
    original = getattr(exc, "orig", exc)
    code = getattr(original, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == SQLITE_FULL:
        return StoreWriteFailed(path, "ổ đĩa đã đầy")
    if primary == SQLITE_READONLY:
        return StoreWriteFailed(path, "tệp hoặc thư mục chỉ cho phép đọc")
    if primary in (SQLITE_IOERR, SQLITE_CANTOPEN) and _disk_nearly_full(path):
        # SQLite reports ENOSPC as SQLITE_FULL only for plain writes; growing the -shm or
        # a new file on a full disk comes back as an I/O error (SQLITE_IOERR_SHMSIZE…).
        return StoreWriteFailed(path, "ổ đĩa đã đầy")
    if primary in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return StoreWriteFailed(path, "lỗi đọc/ghi ổ đĩa hoặc tệp đang bị chương trình khác khóa")
    if primary == SQLITE_NOTADB:
        return NotADxdeskDatabase(path, "không phải tệp SQLite")
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseBusy(path, BUSY_TIMEOUT)
    if primary == SQLITE_CORRUPT:
        return DatabaseDamaged(path)
    # Anything else (a constraint, a misuse, an unknown code) says nothing about the file
    # being damaged: "restore from a backup" would be the wrong advice.
    return StoreError(f"Không thực hiện được thao tác trên tệp dữ liệu “{path}” ({original}). "
                      "Dữ liệu chưa bị thay đổi.")
