"""Backups with SQLite's online backup API: consistent even while the database is open.

A backup is written to a temporary file beside its final name, checked (integrity and
application id), then renamed — so a backup file either is whole and healthy or does not
exist. Backups live in ``<database stem>-backups/`` beside the database and are thinned to
the newest few per day, week and month.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from dxdesk.store.errors import DatabaseDamaged, StoreWriteFailed, describe_os_error
from dxdesk.store.schema import APPLICATION_ID
from dxdesk.store.sqlite import connect_readonly, translate_error

KEEP_NEWEST = 3
KEEP_DAILY = 10
KEEP_WEEKLY = 8
KEEP_MONTHLY = 12

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?-(?P<reason>[a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime
    reason: str


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}-backups"


def list_backups(db_path: Path) -> list[BackupFile]:
    """The database's backups, newest first."""
    folder = backup_dir_for(db_path)
    found = []
    if folder.is_dir():
        for entry in folder.iterdir():
            match = _NAME.match(entry.name)
            if match and match["stem"] == db_path.stem:
                taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
                found.append(BackupFile(entry, taken, match["reason"]))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def copy_database(source: Path, destination: Path) -> None:
    """Copy a live database with the online backup API into ``destination`` (a new file),
    then verify it. On any failure ``destination`` does not exist afterwards."""
    temp = destination.with_name(destination.name + ".partial")
    temp.unlink(missing_ok=True)
    try:
        src = connect_readonly(source)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
                verify_copy(dst, temp)
            finally:
                dst.close()
        finally:
            src.close()
        _fsync_file(temp)
        os.replace(temp, destination)
        _fsync_dir(destination.parent)
    except sqlite3.DatabaseError as exc:
        _remove_partial(temp)
        raise translate_error(exc, destination) from exc
    except OSError as exc:
        _remove_partial(temp)
        raise StoreWriteFailed(destination, describe_os_error(exc)) from exc
    except BaseException:
        _remove_partial(temp)
        raise


def _remove_partial(temp: Path) -> None:
    """A copy that failed, with the rollback journal SQLite leaves beside it when a write
    fails half-way (a full disk)."""
    temp.unlink(missing_ok=True)
    Path(str(temp) + "-journal").unlink(missing_ok=True)


def verify_copy(conn: sqlite3.Connection, path: Path) -> None:
    result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if result != ["ok"]:
        raise DatabaseDamaged(path, "; ".join(result[:3]))
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        raise DatabaseDamaged(path, "bản sao không mang dấu của dxdesk")


def make_backup(db_path: Path, reason: str, *, now: dt.datetime | None = None,
                destination: Path | None = None) -> Path:
    """Back up ``db_path`` (reason: a short ascii word such as ``daily``, ``before-migration``)
    and thin the folder. Returns the backup's path."""
    now = now or dt.datetime.now()
    if destination is None:
        folder = backup_dir_for(db_path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreWriteFailed(folder, describe_os_error(exc)) from exc
        stamp = now.strftime("%Y%m%d-%H%M%S")
        destination = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite"
        serial = 1
        while destination.exists():
            destination = folder / f"{db_path.stem}-{stamp}-{serial}-{reason}.sqlite"
            serial += 1
    elif destination.exists():
        from dxdesk.store.errors import DatabaseExists

        raise DatabaseExists(destination)
    copy_database(db_path, destination)
    if destination.parent == backup_dir_for(db_path):
        thin_backups(db_path)
    return destination


def backup_due_today(db_path: Path, *, now: dt.datetime | None = None) -> bool:
    today = (now or dt.datetime.now()).date()
    return not any(b.taken_at.date() == today for b in list_backups(db_path))


def backups_to_keep(backups: list[BackupFile]) -> set[Path]:
    """Newest few, plus the newest of each of the last days, ISO weeks and months."""
    keep = {b.path for b in backups[:KEEP_NEWEST]}
    for key_of, count in (
        (lambda b: b.taken_at.date(), KEEP_DAILY),
        (lambda b: b.taken_at.isocalendar()[:2], KEEP_WEEKLY),
        (lambda b: (b.taken_at.year, b.taken_at.month), KEEP_MONTHLY),
    ):
        seen = []
        for backup in backups:  # newest first: the first of each bucket is its newest
            bucket = key_of(backup)
            if bucket not in seen:
                seen.append(bucket)
                if len(seen) > count:
                    break
                keep.add(backup.path)
    return keep


# A ``.partial`` older than this was left by a backup that died (a crash, a kill, a power
# cut): no backup of a district's database takes anywhere near this long. A younger one may
# be another process's backup in progress (``dxdesk backup`` does not lock the database).
STALE_PARTIAL = dt.timedelta(hours=1)


def thin_backups(db_path: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the policy no longer keeps, and what dead backups left behind
    (stale ``.partial`` files); returns what was deleted."""
    backups = list_backups(db_path)
    keep = backups_to_keep(backups)
    doomed = [backup.path for backup in backups if backup.path not in keep]
    doomed += _stale_partials(db_path, now or dt.datetime.now())
    removed = []
    for path in doomed:
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            pass  # locked by an antivirus, say: try again next time
    return removed


def _stale_partials(db_path: Path, now: dt.datetime) -> list[Path]:
    folder = backup_dir_for(db_path)
    found = []
    for entry in folder.glob(glob.escape(f"{db_path.stem}-") + "*.sqlite.partial*"):
        try:
            age = now - dt.datetime.fromtimestamp(entry.stat().st_mtime)
        except OSError:
            continue
        if age > STALE_PARTIAL and entry.name.endswith((".partial", ".partial-journal")):
            found.append(entry)
    return found


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(path: Path) -> None:
    if os.name == "nt":
        return  # directories cannot be opened for fsync on Windows
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
