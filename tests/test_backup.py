"""Backups: whole and verified or absent, thinned by age, and restore that keeps what it
replaces."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select

from dxdesk.model import Unit
from dxdesk.store import NotADxdeskDatabase, create_database, open_database
from dxdesk.store.backup import (BackupFile, backup_dir_for, backups_to_keep, list_backups,
                                 make_backup)
from dxdesk.store.maintenance import check_database, restore_database
from dxdesk.store.schema import APPLICATION_ID


def add_units(path, *names):
    with open_database(path, daily_backup=False) as db:
        with db.transaction() as session:
            session.add_all(Unit(name=n) for n in names)


def unit_names(path):
    with open_database(path, daily_backup=False) as db:
        with db.transaction() as session:
            return sorted(session.scalars(select(Unit.name)))


def test_backup_of_an_open_database_is_whole_and_standalone(vn_dir):
    path = create_database(vn_dir / "dxdesk.sqlite")
    add_units(path, "Phòng Nội vụ")
    with open_database(path, daily_backup=False) as db:
        with db.transaction() as session:
            session.add(Unit(name="Phòng Tư pháp"))  # committed, still in the WAL
        copy = make_backup(path, "manual")
    assert copy.parent == backup_dir_for(path)
    assert not list(copy.parent.glob("*.partial"))
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(r[0] for r in conn.execute("SELECT name FROM units")) == [
        "Phòng Nội vụ", "Phòng Tư pháp"]
    conn.close()


def test_daily_backup_once_a_day(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    day = dt.datetime(2026, 3, 2, 8, 0)
    open_database(path, now=day).close()
    open_database(path, now=day.replace(hour=17)).close()
    assert [b.reason for b in list_backups(path)] == ["daily"]
    open_database(path, now=day + dt.timedelta(days=1)).close()
    assert len(list_backups(path)) == 2


def test_the_day_s_backup_in_the_background_comes_before_the_first_write(tmp_path):
    """The GUI's open: the check and today's backup run in threads while the window is
    built; the first transaction waits for the backup, so the backup holds the data as it
    was at open, and nothing is written before it."""
    import threading

    path = create_database(tmp_path / "x.sqlite")
    add_units(path, "Phòng Nội vụ")
    settled = threading.Event()
    with open_database(path, check_in_background=True) as db:
        db.when_backed_up(settled.set)
        with db.transaction() as session:
            session.add(Unit(name="Phòng Tư pháp"))
        assert settled.wait(30) and db.backup_problem is None
    [daily] = list_backups(path)
    assert daily.reason == "daily" and check_database(daily.path).healthy
    conn = sqlite3.connect(daily.path)
    assert [r[0] for r in conn.execute("SELECT name FROM units")] == ["Phòng Nội vụ"]
    conn.close()
    assert unit_names(path) == ["Phòng Nội vụ", "Phòng Tư pháp"]
    with open_database(path, check_in_background=True) as db:  # made today: not again
        called = []
        db.when_backed_up(lambda: called.append(True))
        assert called == [True]
    assert len(list_backups(path)) == 1


def test_thinning_keeps_newest_daily_weekly_monthly(tmp_path):
    start = dt.datetime(2025, 1, 1, 9, 0)
    backups = [BackupFile(tmp_path / f"b{i}", start + dt.timedelta(hours=12 * i), "daily")
               for i in range(2 * 400)]  # two a day for 400 days
    backups.sort(key=lambda b: b.taken_at, reverse=True)
    keep = backups_to_keep(backups)
    kept = sorted((b for b in backups if b.path in keep), key=lambda b: b.taken_at)
    assert backups[0].path in keep and backups[2].path in keep  # the newest few
    days = {b.taken_at.date() for b in kept}
    assert len(days) <= 3 + 10 + 8 + 12
    assert len({(b.taken_at.year, b.taken_at.month) for b in kept}) == 12
    assert len(kept) < 40


def test_thinning_deletes_files(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    for day in range(40):
        make_backup(path, "daily", now=dt.datetime(2026, 1, 1, 9) + dt.timedelta(days=day))
    remaining = list_backups(path)
    assert 10 <= len(remaining) < 20
    assert remaining[0].taken_at.date() == dt.date(2026, 2, 9)
    assert all(check_database(b.path).healthy for b in remaining[:2])


def test_restore_replaces_content_and_keeps_what_it_replaced(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    add_units(path, "A")
    saved = make_backup(path, "manual")
    add_units(path, "B")
    replaced = restore_database(path, saved)
    assert unit_names(path) == ["A"]
    assert replaced.name.endswith("-before-restore.sqlite")
    restore_database(path, replaced)
    assert unit_names(path) == ["A", "B"]
    assert check_database(path).healthy


def test_restore_refuses_a_foreign_file_and_changes_nothing(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    add_units(path, "A")
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotADxdeskDatabase):
        restore_database(path, foreign)
    assert unit_names(path) == ["A"]


def test_check_finds_broken_foreign_keys(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO units (name, short_name, kind, position, active, merged_into_id)"
                 " VALUES ('A', '', 'office', 0, 1, 999)")
    conn.commit()
    conn.close()
    report = check_database(path)
    assert not report.healthy
    assert "units" in report.problems[0]


def test_two_backups_in_the_same_second_do_not_clash(tmp_path):
    path = create_database(tmp_path / "x.sqlite")
    first = make_backup(path, "manual", now=dt.datetime(2026, 1, 1))
    second = make_backup(path, "manual", now=dt.datetime(2026, 1, 1))
    assert first != second
    assert len(list_backups(path)) == 2


def test_what_a_killed_backup_or_restore_left_behind_is_swept(vn_dir):
    """A backup or restore killed half-way leaves its temporary copy (17 MB for 20,000
    tasks); the next backup removes a backup's leftovers once they are clearly dead (an
    hour old — a younger one may be another process's backup in progress), the next
    restore removes a dead restore's copy (it holds the database's lock)."""
    import os
    import time

    from dxdesk.store.backup import make_backup

    path = create_database(vn_dir / "Dữ liệu.sqlite")
    folder = backup_dir_for(path)
    folder.mkdir()
    old_partial = folder / "Dữ liệu-20261120-101010-daily.sqlite.partial"
    old_journal = folder / "Dữ liệu-20261120-101010-daily.sqlite.partial-journal"
    fresh = folder / "Dữ liệu-20261123-101010-manual.sqlite.partial"
    for leftover in (old_partial, old_journal, fresh):
        leftover.write_bytes(b"x" * 1000)
    two_hours_ago = time.time() - 2 * 3600
    for leftover in (old_partial, old_journal):
        os.utime(leftover, (two_hours_ago, two_hours_ago))
    make_backup(path, "manual")
    assert not old_partial.exists() and not old_journal.exists()
    assert fresh.exists()

    dead_restore = path.with_name(f".{path.name}.restoring-999999")
    dead_restore.write_bytes(b"x" * 1000)
    backup = list_backups(path)[0].path
    with open(path, "r+b") as handle:  # damage the header: restore takes the rename path
        handle.write(b"not a database at all!")
    restore_database(path, backup)
    assert not dead_restore.exists()
    assert check_database(path).healthy
