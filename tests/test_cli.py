"""The command line as an officer or a script uses it: exit codes and Vietnamese messages."""

from __future__ import annotations

import hashlib
import os
import sqlite3

from dxdesk import __version__
from dxdesk.store import open_database
from dxdesk.store.backup import list_backups


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def task_count(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
    finally:
        conn.close()


def test_version(cli):
    result = cli("--version")
    assert (result.returncode, result.stdout.strip()) == (0, f"dxdesk {__version__}")


def test_demo_check_backup_restore(cli, vn_dir):
    db = vn_dir / "Kế hoạch 2026.sqlite"
    result = cli("demo", "--db", db, "--size", "120")
    assert result.returncode == 0, result.stderr
    assert "120 nhiệm vụ" in result.stdout and task_count(db) == 120

    result = cli("check", "--db", db)
    assert result.returncode == 0, result.stderr
    assert "tốt" in result.stdout

    saved = vn_dir / "bản sao.sqlite"
    result = cli("backup", "--db", db, "-o", saved)
    assert result.returncode == 0, result.stderr
    assert task_count(saved) == 120

    conn = sqlite3.connect(db)
    conn.execute("DELETE FROM progress_entries")
    conn.execute("DELETE FROM task_co_units")
    conn.execute("DELETE FROM tasks")
    conn.commit()
    conn.close()
    assert task_count(db) == 0

    result = cli("restore", "--db", db, saved)
    assert result.returncode == 0, result.stderr
    assert task_count(db) == 120
    replaced = [b for b in list_backups(db) if b.reason == "before-restore"]
    assert len(replaced) == 1 and task_count(replaced[0].path) == 0
    assert cli("check", "--db", db).returncode == 0


def test_backup_goes_beside_the_database_by_default(cli, demo_db):
    result = cli("backup", "--db", demo_db)
    assert result.returncode == 0, result.stderr
    assert [b.reason for b in list_backups(demo_db)] == ["manual"]


def test_demo_never_overwrites(cli, demo_db):
    before = digest(demo_db)
    result = cli("demo", "--db", demo_db)
    assert result.returncode == 1
    assert "đã tồn tại" in result.stderr
    assert digest(demo_db) == before


def test_check_reports_damage(cli, demo_db):
    data = bytearray(demo_db.read_bytes())
    page = 4096 * 3  # a data page, past the schema
    data[page:page + 200] = os.urandom(200)
    demo_db.write_bytes(bytes(data))
    result = cli("check", "--db", demo_db)
    assert result.returncode == 1
    assert "dxdesk:" in result.stderr


def test_refusals_change_nothing(cli, tmp_path):
    random_file = tmp_path / "ảnh.sqlite"
    random_file.write_bytes(os.urandom(10000))
    before = digest(random_file)
    for command in (["check"], ["backup"], ["restore", random_file]):
        result = cli(*command, "--db", random_file)
        assert result.returncode == 1
        assert "không phải là cơ sở dữ liệu của dxdesk" in result.stderr
    assert digest(random_file) == before

    missing = tmp_path / "mất.sqlite"
    result = cli("check", "--db", missing)
    assert result.returncode == 1 and "Không tìm thấy" in result.stderr
    assert not missing.exists()


def test_restore_refuses_a_database_open_elsewhere(cli, demo_db, tmp_path):
    saved = tmp_path / "saved.sqlite"
    assert cli("backup", "--db", demo_db, "-o", saved).returncode == 0
    with open_database(demo_db):
        result = cli("restore", "--db", demo_db, saved)
    assert result.returncode == 1
    assert "đang được mở" in result.stderr


def test_bad_usage_exits_2(cli):
    result = cli("frobnicate")
    assert result.returncode == 2
