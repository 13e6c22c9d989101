"""Shared fixtures. Tests run offscreen, on real SQLite files in temp folders, and never
touch the user's own data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """DXDESK_DATA_DIR points at a fresh folder: no test sees or writes real user data."""
    monkeypatch.setenv("DXDESK_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared absent: these tests need the shared folder beside the repo")
    return SHARED


@pytest.fixture
def vn_dir(tmp_path) -> Path:
    """A folder whose path has Vietnamese letters and spaces."""
    folder = tmp_path / "Nguyễn Văn A" / "Tài liệu"
    folder.mkdir(parents=True)
    return folder


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory) -> Path:
    """A demo database built once per session; copy it with ``demo_db``."""
    from dxdesk.services.demo import create_demo_database

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    return create_demo_database(path, size=60)


@pytest.fixture
def demo_db(demo_db_template, vn_dir) -> Path:
    """A private copy of the demo database, in a folder with Vietnamese letters."""
    from dxdesk.store.backup import copy_database

    target = vn_dir / "dxdesk.sqlite"
    copy_database(demo_db_template, target)
    return target


@pytest.fixture
def cli():
    """``cli(*args)`` runs ``python -m dxdesk ARGS`` as a user would (UTF-8 output)."""
    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        return subprocess.run([sys.executable, "-m", "dxdesk", *map(str, args)], cwd=REPO,
                              capture_output=True, text=True, encoding="utf-8",
                              timeout=timeout, env=env)
    return run
