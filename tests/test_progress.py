"""Progress entries (ghi nhận tiến độ) and a task's history, on a real SQLite demo file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select

from dxdesk.domain.period import Period
from dxdesk.domain.status import TaskStatus
from dxdesk.errors import InvalidInput
from dxdesk.model import AuditEntry, Plan, ProgressEntry, Task
from dxdesk.services.progress import (delete_progress, describe_change, period_choices,
                                      record_progress, restore_progress, task_history)
from dxdesk.services.task_edits import Field, set_field
from dxdesk.store import open_database


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


@pytest.fixture
def year(db) -> int:
    with db.transaction() as session:
        return session.scalar(select(Plan.year))


@pytest.fixture
def task_id(db) -> int:
    """A task whose progress entries are cleared (the demo gives every task some)."""
    with db.transaction() as session:
        task_id = session.scalar(select(Task.id).order_by(Task.id))
        session.execute(delete(ProgressEntry).where(ProgressEntry.task_id == task_id))
        return task_id


def state(db, task_id):
    with db.transaction() as session:
        task = session.get(Task, task_id)
        entries = session.scalars(select(ProgressEntry.id)
                                  .where(ProgressEntry.task_id == task_id)).all()
        audits = session.scalar(select(func.count(AuditEntry.id)))
        return task.status, task.progress, sorted(entries), audits


def test_record_adds_entry_updates_task_and_audits(db, task_id, year):
    today = dt.date(year, 8, 10)
    entry_id = record_progress(db, task_id, f"{year}-Q3", "in_progress", 40,
                               note="  Đã  tập huấn\r\n 3 xã ", evidence="Báo cáo 12/BC-UBND",
                               today=today)
    with db.transaction() as session:
        entry = session.get(ProgressEntry, entry_id)
        assert (entry.period, entry.status, entry.progress) == (f"{year}-Q3", "in_progress", 40)
        assert entry.note == "Đã tập huấn\n3 xã"
        assert entry.recorded_by  # the OS user
        task = session.get(Task, task_id)
        assert (task.status, task.progress) == ("in_progress", 40)
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert last.action == "progress.record" and last.entity_id == task_id
        assert last.detail["entry_id"] == entry_id and last.detail["task_updated"]


def test_older_period_keeps_current_status(db, task_id, year):
    today = dt.date(year, 12, 1)
    record_progress(db, task_id, f"{year}-Q3", TaskStatus.DONE, 100, today=today)
    record_progress(db, task_id, f"{year}-Q1", TaskStatus.IN_PROGRESS, 20, today=today)
    assert state(db, task_id)[:2] == ("done", 100)
    # the same period again corrects it: the newest entry wins
    record_progress(db, task_id, f"{year}-Q3", TaskStatus.IN_PROGRESS, 90, today=today)
    assert state(db, task_id)[:2] == ("in_progress", 90)


@pytest.mark.parametrize("period, status, progress, message", [
    ("2026-Q5", "in_progress", 10, "Kỳ báo cáo không hợp lệ"),
    ("", "in_progress", 10, "Kỳ báo cáo không hợp lệ"),
    ("{year}-Q1", "in_progress", 101, "từ 0 đến 100"),
    ("{year}-Q1", "in_progress", -1, "từ 0 đến 100"),
    ("{year}-Q1", "in_progress", "nhiều", "từ 0 đến 100"),
    ("{year}-Q1", "xong rồi", 10, "Trạng thái không hợp lệ"),
    ("{year}-Q1", "done", 80, "100 %"),
    ("{prev}-Q4", "in_progress", 10, "không thuộc kế hoạch"),
    ("{next}-Q1", "in_progress", 10, "Chưa đến"),
])
def test_bad_input_refused_nothing_changed(db, task_id, year, period, status, progress,
                                           message):
    before = state(db, task_id)
    period = period.format(year=year, prev=year - 1, next=year + 1)
    with pytest.raises(InvalidInput, match=message):
        record_progress(db, task_id, period, status, progress, today=dt.date(year, 12, 1))
    assert state(db, task_id) == before


def test_unknown_task_refused(db, year):
    with pytest.raises(InvalidInput, match="Không tìm thấy nhiệm vụ"):
        record_progress(db, 999999, f"{year}-Q1", "in_progress", 5, today=dt.date(year, 5, 1))


def test_delete_and_restore_round_trip(db, task_id, year):
    today = dt.date(year, 12, 1)
    status0, progress0, entries0, _ = state(db, task_id)
    entry_id = record_progress(db, task_id, f"{year}-Q4", "in_progress", 70, note="Đã làm",
                               today=today)
    after_record = state(db, task_id)
    data = delete_progress(db, entry_id)
    assert data["note"] == "Đã làm" and data["task_status"] == "in_progress"
    status, progress, entries, _ = state(db, task_id)
    assert (status, progress, entries) == (status0, progress0, entries0)
    restored = restore_progress(db, data)
    assert restored == entry_id
    assert state(db, task_id)[:3] == after_record[:3]
    with pytest.raises(InvalidInput, match="Không tìm thấy lần ghi nhận"):
        delete_progress(db, 999999)


def test_delete_older_entry_leaves_task_alone(db, task_id, year):
    today = dt.date(year, 12, 1)
    record_progress(db, task_id, f"{year}-Q3", "in_progress", 60, today=today)
    older = record_progress(db, task_id, f"{year}-Q1", "in_progress", 20, today=today)
    delete_progress(db, older)
    assert state(db, task_id)[:2] == ("in_progress", 60)


def test_history_lists_entries_and_changes(db, task_id, year):
    today = dt.date(year, 12, 1)
    record_progress(db, task_id, f"{year}-Q1", "in_progress", 10, today=today)
    record_progress(db, task_id, f"{year}-Q2", "in_progress", 30, evidence="QĐ 5", today=today)
    set_field(db, [task_id, task_id + 1], Field.STATUS, TaskStatus.DONE)  # a bulk change
    set_field(db, [task_id + 2], Field.PROGRESS, 5)  # another task's: not listed
    history = task_history(db, task_id)
    assert history.task.id == task_id and history.task.plan_year == year
    assert history.task.status is TaskStatus.DONE and history.task.progress == 100
    assert [e.period.code for e in history.entries] == [f"{year}-Q2", f"{year}-Q1"]
    assert history.entries[0].evidence == "QĐ 5"
    texts = [c.text for c in history.changes]
    assert texts[0] == "đổi trạng thái → hoàn thành"
    assert texts[1:3] == [f"ghi nhận tiến độ {Period(year, 'Q2').label}: đang thực hiện, 30 %",
                          f"ghi nhận tiến độ {Period(year, 'Q1').label}: đang thực hiện, 10 %"]
    assert all(c.user for c in history.changes)
    assert "tiến độ → 5 %" not in texts


def test_describe_change_and_periods():
    assert describe_change("task.set_deadline", {"value": "2026-12-31"}) == \
        "đổi thời hạn → 31/12/2026"
    assert describe_change("task.set_lead_unit", {"value": 3}, {3: "Phòng Nội vụ"}) == \
        "đổi đơn vị chủ trì → Phòng Nội vụ"
    assert [p.code for p in period_choices(2026)] == \
        ["2026-Q1", "2026-Q2", "2026-H1", "2026-Q3", "2026-Q4", "2026"]
