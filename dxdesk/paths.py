"""Where things are: the shipped forms, resources and migrations, and the user's data.

In the source tree they are the top-level folders ``ui/``, ``resources/`` and ``db/``;
an installed package (``pip install .``) and the PyInstaller build carry them inside the
package as ``dxdesk/_forms``, ``dxdesk/_resources`` and ``dxdesk/_migrations``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
_SOURCE_ROOT = PACKAGE_DIR.parent

APP_NAME = "dxdesk"
DEFAULT_DB_NAME = "dxdesk.sqlite"


def _shipped(inside: str, source: str) -> Path:
    packaged = PACKAGE_DIR / inside
    if packaged.is_dir():
        return packaged
    in_source = _SOURCE_ROOT / source
    if in_source.is_dir():
        return in_source
    raise FileNotFoundError(f"dxdesk is incomplete: neither {packaged} nor {in_source} exists")


def forms_dir() -> Path:
    """Qt Designer forms (``*.ui``)."""
    return _shipped("_forms", "ui")


def resources_dir() -> Path:
    """Icons, fonts and sample files."""
    return _shipped("_resources", "resources")


def migrations_dir() -> Path:
    """Alembic's script location."""
    return _shipped("_migrations", "db")


def user_data_dir() -> Path:
    """Per-user data folder: ``%APPDATA%\\dxdesk`` on Windows, the XDG data dir elsewhere.

    ``DXDESK_DATA_DIR`` overrides it (tests, portable installs).
    """
    override = os.environ.get("DXDESK_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


def default_db_path() -> Path:
    return user_data_dir() / DEFAULT_DB_NAME


def log_dir() -> Path:
    return user_data_dir() / "logs"
