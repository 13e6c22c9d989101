"""Opening, creating and refusing databases: nothing is ever lost or silently replaced."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import select

from dxdesk.model import Unit
from dxdesk.store import (DatabaseExists, DatabaseInUse, DatabaseMissing, DatabaseTooNew,
                          NotADxdeskDatabase, StoreError, create_database, open_database)
from dxdesk.store.schema import APPLICATION_ID, HEAD


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_then_open_in_a_vietnamese_path(vn_dir):
    path = create_database(vn_dir / "dữ liệu.sqlite")
    with open_database(path) as db:
        with db.transaction() as session:
            session.add(Unit(name="Phòng Văn hóa và Thông tin", short_name="VHTT"))
        with db.transaction() as session:
            assert session.scalars(select(Unit.name)).all() == ["Phòng Văn hóa và Thông tin"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD
    conn.close()


def test_create_refuses_an_existing_file(tmp_path):
    path = tmp_path / "x.sqlite"
    path.write_bytes(b"precious")
    with pytest.raises(DatabaseExists):
        create_database(path)
    assert path.read_bytes() == b"precious"


def test_a_failed_create_leaves_nothing(tmp_path):
    def populate(db):
        with db.transaction() as session:
            session.add(Unit(name="A"))
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        create_database(tmp_path / "x.sqlite", populate)
    assert [p.name for p in tmp_path.iterdir()] == ["x.sqlite.lock"]


def test_create_sweeps_what_a_killed_creator_left(tmp_path):
    leftover = tmp_path / ".x.sqlite.creating-99999"
    leftover.write_bytes(b"half a database")
    create_database(tmp_path / "x.sqlite")
    assert not leftover.exists()


def test_missing_file_is_refused_not_created(tmp_path):
    path = tmp_path / "không có.sqlite"
    with pytest.raises(DatabaseMissing) as error:
        open_database(path)
    assert "Không tìm thấy" in str(error.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("content, words", [
    (b"", "tệp rỗng"),
    (os.urandom(4096), "không phải tệp SQLite"),
    (b"PK\x03\x04 this is a zip, not a database", "không phải tệp SQLite"),
])
def test_files_that_are_not_databases_are_refused_untouched(tmp_path, content, words):
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotADxdeskDatabase) as error:
        open_database(path)
    assert words in str(error.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.sqlite", "x.sqlite.lock"]


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(NotADxdeskDatabase) as error:
        open_database(path)
    assert "chương trình khác" in str(error.value)
    assert digest(path) == before
    assert not (tmp_path / "other-backups").exists()


def test_a_newer_database_is_refused_untouched(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseTooNew) as error:
        open_database(path)
    assert "phiên bản dxdesk mới hơn" in str(error.value)
    assert digest(path) == before


def test_second_instance_is_refused_until_the_first_closes(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    first = open_database(path)
    with pytest.raises(DatabaseInUse) as error:
        open_database(path)
    assert f"tiến trình {os.getpid()}" in str(error.value)
    first.close()
    open_database(path).close()


def test_lock_of_a_killed_process_is_recovered(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from dxdesk.store import open_database
            db = open_database({str(path)!r})
            print("open", flush=True)
            sys.stdin.read()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "open"
    with pytest.raises(DatabaseInUse):
        open_database(path)
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    holder.stdin.close()
    holder.stdout.close()
    open_database(path).close()  # the lock died with its holder


def test_a_transaction_is_all_or_nothing(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    with open_database(path) as db:
        with pytest.raises(ZeroDivisionError):
            with db.transaction() as session:
                session.add(Unit(name="A"))
                session.flush()
                1 / 0
        with db.transaction() as session:
            assert session.scalars(select(Unit)).all() == []


def test_foreign_keys_are_enforced(tmp_path):
    from dxdesk.model import Unit as U

    path = create_database(tmp_path / "x.sqlite")
    with open_database(path) as db:
        with pytest.raises(StoreError):
            with db.transaction() as session:
                session.add(U(name="A", merged_into_id=12345))


def test_sqlite_url_is_accepted(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    with open_database(f"sqlite:///{path}") as db:
        assert db.path == path


def test_plain_reads_see_committed_data_in_one_snapshot(tmp_path):
    """``reading()``: the first screen's sqlite3 reads (no SQLAlchemy) — what is committed,
    one snapshot for the whole block; the same reads over a SQLAlchemy connection (a
    server URL's path) give the same answers."""
    from dxdesk.store.sqlite import PlainReads

    path = create_database(tmp_path / "x.sqlite")
    sql = "SELECT count(*) FROM units WHERE name LIKE :start || '%'"
    with open_database(path) as db:
        with db.transaction() as session:
            session.add(Unit(name="Phòng Nội vụ"))
        with db.reading() as reads:
            assert reads.scalar(sql, {"start": "Phòng"}) == 1
            assert reads.scalar("SELECT id FROM units WHERE name = 'không có'") is None
            with db.transaction() as session:  # a write while the snapshot is open
                session.add(Unit(name="Phòng Y tế"))
            assert reads.scalar(sql, {"start": "Phòng"}) == 1
        with db.reading() as reads:
            assert reads.scalar(sql, {"start": "Phòng"}) == 2
            plain = reads.execute("SELECT name FROM units ORDER BY id").fetchall()
        with db.engine.connect() as connection:
            reads = PlainReads.over_sqlalchemy(connection)
            assert reads.scalar(sql, {"start": "Phòng"}) == 2
            assert [tuple(r) for r in reads.execute("SELECT name FROM units ORDER BY id")] \
                == [tuple(r) for r in plain]


def test_plain_reads_never_create_a_missing_file(tmp_path):
    from dxdesk.store.sqlite import read_connection

    missing = tmp_path / "mất.sqlite"
    with pytest.raises(StoreError):
        with read_connection(missing) as reads:
            reads.scalar("SELECT 1")
    assert not missing.exists()
