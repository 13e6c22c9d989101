"""One dxdesk per database: an OS-level lock on ``<database>.lock``.

Like Qt's QLockFile, the lock file names its holder (pid, host, user) so that the message
can say who holds it; unlike a plain pid file, the lock itself is an OS file lock
(``fcntl.flock`` / ``msvcrt.locking``), which the OS releases when the holder dies — so a
lock left behind by a crash or a kill is never "stale": the next start simply takes it.
The core stays Qt-free, and the CLI and the GUI share one mechanism.
"""

from __future__ import annotations

import getpass
import os
import socket
import sys
from pathlib import Path

from dxdesk.store.errors import DatabaseInUse, StoreWriteFailed, describe_os_error

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class DatabaseLock:
    """Held while a database is open; ``release()`` (or ``with``) gives it back."""

    def __init__(self, db_path: Path):
        self.path = lock_path_for(db_path)
        self._fd: int | None = None

    def acquire(self) -> "DatabaseLock":
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreWriteFailed(self.path.with_suffix(""), describe_os_error(exc)) from exc
        if not _try_lock(fd):
            holder = self._read_holder(fd)
            os.close(fd)
            raise DatabaseInUse(self.path.with_suffix(""), holder)
        # Record the holder after the lock byte (byte 0 is the one locked on Windows).
        info = f"\n{os.getpid()}\n{socket.gethostname()}\n{_user()}\n".encode()
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, info)
        except OSError:
            pass  # the lock is what matters; the note is a courtesy
        self._fd = fd
        return self

    @staticmethod
    def _read_holder(fd: int) -> str:
        try:
            os.lseek(fd, 1, os.SEEK_SET)
            parts = os.read(fd, 512).decode("utf-8", "replace").split()
        except OSError:
            return ""
        if len(parts) >= 3:
            return f"tiến trình {parts[0]} của {parts[2]} trên máy {parts[1]}"
        return ""

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> "DatabaseLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name on some locked-down Windows accounts
        return "?"


def os_user() -> str:
    """The OS user name recorded in the audit log."""
    return _user()
