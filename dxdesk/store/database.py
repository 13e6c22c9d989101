"""Opening, creating and restoring a dxdesk database.

The rules: a missing file is never replaced by a new empty one (only ``create_database``
makes files, and only where nothing exists); a file that is not ours, is damaged, or is
newer than this dxdesk is refused untouched; one dxdesk per file; a verified backup before
every migration and once a day; every change is one transaction (``Database.transaction``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from dxdesk.store import backup as backups
from dxdesk.store.errors import (DatabaseExists, DatabaseMissing, StoreError, StoreWriteFailed,
                                 describe_os_error)
from dxdesk.store.lock import DatabaseLock
from dxdesk.store.schema import HEAD
from dxdesk.store.sqlite import (PlainReads, inspect_file, make_engine, quick_check,
                                 read_connection, translate_error)
from dxdesk.threads import in_thread

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session


class Database:
    """An open database. Use ``transaction()`` for every user action; ``reading()`` for the
    few plain-SQL reads of the first screen.

    SQLAlchemy is not imported until the first transaction needs it (``engine``): opening a
    file and reading the first screen take only the standard library's sqlite3, so the
    main window shows its data before SQLAlchemy's ~0.3 s import (gui.app)."""

    def __init__(self, engine: Engine | None = None, *, path: Path | None = None,
                 lock: DatabaseLock | None = None, backups: bool = True,
                 integrity: Future | None = None, daily: Future | None = None,
                 backup_problem: str | None = None):
        if engine is None and path is None:
            raise ValueError("a Database needs an engine or a file")
        self._engine = engine
        self._backup_problem = backup_problem
        self.path = path
        self._lock = lock
        self._backups = backups and path is not None
        self._sessions = None  # made on the first transaction: the ORM is not start-up's
        # When they run in the background (see open_database): the check at open, and
        # today's backup after it (its result: None, or why it could not be made).
        self._integrity = integrity
        self._daily = daily

    @property
    def backup_problem(self) -> str | None:
        """Why today's backup could not be made at open — the file opened all the same —
        once known (see ``when_backed_up``)."""
        daily = self._daily
        if daily is not None and daily.done() and daily.exception() is None:
            return daily.result()
        return self._backup_problem

    def when_backed_up(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` once today's backup at open is made or has failed: at once
        when it did not run in the background, else from its thread."""
        if self._daily is None:
            callback()
        else:
            self._daily.add_done_callback(lambda _future: callback())

    def _wait_for_daily_backup(self) -> None:
        """Nothing is written, and no other backup made, before today's backup at open is
        made or has failed (a failure is ``backup_problem``; damage is ``verify()``'s)."""
        if self._daily is not None:
            self._daily.exception()

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made on first use (see the class's note)."""
        if self._engine is None:
            self._engine = make_engine(self.path)
        return self._engine

    def verify(self) -> None:
        """Wait for the integrity check at open when it runs in the background (see
        ``open_database``); raise DatabaseDamaged (or another StoreError) if it failed.
        Every transaction calls this first: nothing is written to a file not yet checked."""
        if self._integrity is not None:
            self._integrity.result()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: commits when the block ends, rolls everything back on error.
        Storage errors come out as StoreError with a message for the officer."""
        self.verify()
        self._wait_for_daily_backup()
        from sqlalchemy.exc import DBAPIError

        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        try:
            with self._sessions.begin() as session:
                yield session
        except DBAPIError as exc:
            raise translate_error(exc, self.path or Path("?")) from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[PlainReads]:
        """A consistent read in plain SQL (named ``:parameters``), on a connection of its
        own — so from any thread — without SQLAlchemy for a file: what the main window
        shows first is read this way. Never for changes: those go through
        ``transaction()``. Storage errors come out as StoreError."""
        if self.path is None:  # a server database: through SQLAlchemy
            from sqlalchemy.exc import DBAPIError

            try:
                with self.engine.connect() as connection:  # (rolled back when it closes)
                    yield PlainReads.over_sqlalchemy(connection)
            except DBAPIError as exc:
                raise translate_error(exc, Path("?")) from exc
            return
        with read_connection(self.path) as reads:
            yield reads

    def backup(self, reason: str) -> Path | None:
        """A verified backup before a risky step (import, bulk change, restore)."""
        self._wait_for_daily_backup()
        if not self._backups:
            return None
        return backups.make_backup(self.path, reason)

    def close(self) -> None:
        if self._integrity is not None:
            self._integrity.exception()  # let the check's connection close first
        self._wait_for_daily_backup()  # (a copy cut short would only be swept later)
        if self._engine is not None:
            self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> "Database":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def resolve_target(target: str | os.PathLike) -> Path | str:
    """A path (str or Path), a ``sqlite:///`` URL (→ its path), or another SQLAlchemy URL."""
    text = os.fspath(target)
    if "://" in text:
        from sqlalchemy import make_url

        url = make_url(text)
        if url.get_backend_name() == "sqlite" and url.database:
            return Path(url.database).expanduser().absolute()
        return text
    return Path(text).expanduser().absolute()


def open_database(target: str | os.PathLike, *, daily_backup: bool = True,
                  now: dt.datetime | None = None, check_in_background: bool = False) -> Database:
    """Open an existing dxdesk database, upgrading its schema after a backup if needed.

    When today's backup cannot be written (no room, no permission on the backup folder),
    the file opens all the same and ``Database.backup_problem`` says why.

    The whole file is checked (PRAGMA quick_check) before anything else touches it, and
    backed up once a day. With ``check_in_background`` and no migration due, both run in
    threads — the backup once the check has passed — while the caller gets on with
    start-up: ``Database.verify()`` waits for the check and raises DatabaseDamaged for a
    damaged file; every transaction calls it and waits for the day's backup too, so
    nothing is ever written to a file that failed the check, or before its backup.
    """
    resolved = resolve_target(target)
    if isinstance(resolved, str):
        return _open_server(resolved)
    path = resolved
    if not path.is_file():
        raise DatabaseMissing(path)
    lock = DatabaseLock(path).acquire()
    try:
        info = inspect_file(path, quick_check=False)
        _require_writable(path)
        if info.revision != HEAD:
            inspect_file(path)
            backups.make_backup(path, "before-migration", now=now)
            from dxdesk.store import migrate

            migrate.upgrade(path)
            inspect_file(path)
            return Database(path=path, lock=lock)
        daily = daily_backup and backups.backup_due_today(path, now=now)
        if check_in_background:
            check = in_thread(quick_check, path, name="dxdesk-quick-check")
            return Database(path=path, lock=lock, integrity=check,
                            daily=in_thread(_daily_backup_after, check, path, now,
                                            name="dxdesk-daily-backup") if daily else None)
        inspect_file(path)
        return Database(path=path, lock=lock,
                        backup_problem=_daily_backup(path, now) if daily else None)
    except BaseException:
        lock.release()
        raise


def _daily_backup(path: Path, now: dt.datetime | None) -> str | None:
    """Today's backup: None, or why it could not be made. The day's backup is a safety
    net, not a gate: an officer whose disk has no room for a copy can still open and work;
    the caller tells them. (The steps that need a backup — import, bulk change, restore,
    migration — still refuse without one.)"""
    try:
        backups.make_backup(path, "daily", now=now)
    except StoreWriteFailed as exc:
        return str(exc)
    return None


def _daily_backup_after(check: Future, path: Path, now: dt.datetime | None) -> str | None:
    check.result()  # a file that failed the check is not copied (verify() says why)
    return _daily_backup(path, now)


def _require_writable(path: Path) -> None:
    """Refuse at open, not at the officer's first save, a file or folder we cannot write
    (read-only file, folder or medium). Opens the file for writing without writing."""
    try:
        with open(path, "r+b"):
            pass
    except OSError as exc:
        raise StoreWriteFailed(path, describe_os_error(exc)) from exc
    # SQLite writes its -wal and -shm files beside the database.
    folder = path.parent
    if not Path(str(path) + "-wal").exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise StoreWriteFailed(folder, "thư mục chứa tệp dữ liệu chỉ cho phép đọc")


def create_database(target: str | os.PathLike,
                    populate: Callable[[Database], None] | None = None) -> Path:
    """Create a new database where nothing exists, with the schema and, optionally, data
    from ``populate``. Built in a temporary file and renamed into place at the end: after a
    crash there is either no file or a whole one."""
    path = resolve_target(target)
    if isinstance(path, str):
        raise StoreError("Chỉ tạo được cơ sở dữ liệu mới dạng tệp SQLite.")
    if path.exists():
        raise DatabaseExists(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreWriteFailed(path.parent, describe_os_error(exc)) from exc
    # The final name's lock keeps two creators apart, and makes it safe to sweep away
    # what a creator killed half-way left behind.
    with DatabaseLock(path):
        for stale in path.parent.glob(glob.escape(f".{path.name}.creating-") + "*"):
            stale.unlink(missing_ok=True)
        temp = path.with_name(f".{path.name}.creating-{os.getpid()}")
        _build(path, temp, populate)
    return path


def _build(path: Path, temp: Path, populate: Callable[[Database], None] | None) -> None:
    try:
        from dxdesk.store import migrate

        migrate.upgrade(temp)
        if populate is not None:
            # Nothing to back up yet: the file only appears under its name when whole.
            database = Database(path=temp, backups=False)
            try:
                populate(database)
            finally:
                database.close()
        _checkpoint(temp)
        if path.exists():  # someone else created it meanwhile: never overwrite
            raise DatabaseExists(path)
        os.replace(temp, path)
    except BaseException:
        _remove_sqlite_files(temp)
        raise


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so that the file can be renamed on its own."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()  # the last connection to close removes the -wal and -shm files
    if Path(str(path) + "-wal").exists():
        raise StoreError(f"Không hoàn tất được việc ghi tệp “{path}”: hãy thử lại.")


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _open_server(url: str) -> Database:
    """A server database given as a SQLAlchemy URL: schema upgraded, no file-level steps
    (backups of a server database are the server's administrator's job)."""
    from alembic import command
    from sqlalchemy import create_engine

    from dxdesk.store.migrate import _config

    engine = create_engine(url)
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return Database(engine)


__all__ = ["Database", "create_database", "open_database", "resolve_target"]
