"""Everything SQLite-specific lives here: engines with the right pragmas, read-only
inspection of a file before we touch it, and the meaning of SQLite's error codes."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import URL, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

from dxdesk.store.errors import (DatabaseDamaged, DatabaseTooNew, NotADxdeskDatabase,
                                 StoreError, StoreWriteFailed)
from dxdesk.store.schema import APPLICATION_ID, REVISIONS, SQLITE_MAGIC

# SQLite primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF).
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26


def make_engine(path: Path, *, foreign_keys: bool = True) -> Engine:
    """One connection (one writer), foreign keys on, WAL, fully synced commits, and
    ``BEGIN IMMEDIATE`` so a transaction holds the write lock from its first statement."""
    engine = create_engine(
        URL.create("sqlite", database=str(path)),
        poolclass=QueuePool, pool_size=1, max_overflow=0, pool_timeout=60,
        connect_args={"check_same_thread": False, "timeout": 15},
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


@dataclass(frozen=True)
class FileInfo:
    revision: str | None  # None: a fresh file without schema (never a user's database)


def inspect_file(path: Path, *, quick_check: bool = True) -> FileInfo:
    """Decide, without changing a byte, whether ``path`` is a dxdesk database we can open.

    Raises NotADxdeskDatabase, DatabaseDamaged or DatabaseTooNew.
    """
    try:
        with open(path, "rb") as handle:
            magic = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreWriteFailed(path, exc.strerror or str(exc)) from exc
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
                result = [row[0] for row in conn.execute("PRAGMA quick_check")]
                if result != ["ok"]:
                    raise DatabaseDamaged(path, "; ".join(result[:3]))
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
    if primary in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return StoreWriteFailed(path, "lỗi đọc/ghi ổ đĩa hoặc tệp đang bị chương trình khác khóa")
    if primary == SQLITE_NOTADB:
        return NotADxdeskDatabase(path, "không phải tệp SQLite")
    if primary == SQLITE_CORRUPT:
        return DatabaseDamaged(path)
    return DatabaseDamaged(path, str(original))
