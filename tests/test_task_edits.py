"""Editing tasks field by field: one transaction and one audit entry per edit, previous
values returned for undo, Vietnamese refusals, a backup before bulk changes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from dxdesk.domain.status import TaskStatus
from dxdesk.errors import InvalidInput
from dxdesk.model import AuditEntry, Unit
from dxdesk.services import task_edits
from dxdesk.services.task_edits import Field, restore, set_field
from dxdesk.services.task_queries import load_plan, load_rows
from dxdesk.services.tasks import BULK_BACKUP_THRESHOLD
from dxdesk.store import open_database
from dxdesk.store.backup import list_backups


@pytest.fixture
def db(demo_db):
    with open_database(demo_db, daily_backup=False) as database:
        yield database


def rows_by_id(db):
    return {r.id: r for r in load_rows(db, 1)}


def audit(db, action=None) -> list[AuditEntry]:
    with db.transaction() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            query = query.where(AuditEntry.action == action)
        return list(session.scalars(query))


def unit_ids(db) -> dict[str, int]:
    with db.transaction() as session:
        return dict(session.execute(select(Unit.short_name, Unit.id)).all())


def without_time(row):
    return {k: getattr(row, k) for k in row.__dataclass_fields__ if k != "updated_at"}


@pytest.mark.parametrize("field, value, expected", [
    (Field.TEXT, "  Số hóa   hồ sơ  ", {"text": "Số hóa hồ sơ"}),
    (Field.GROUP, "Dữ liệu số", {"group": "Dữ liệu số"}),
    (Field.OUTPUT, "Báo cáo kết quả\nsố hóa", {"output": "Báo cáo kết quả\nsố hóa"}),
    (Field.PROGRESS, 45, {"progress": 45}),
    (Field.PROGRESS, "60 %", {"progress": 60}),
    (Field.DEADLINE, dt.date(2026, 10, 15), {"deadline": dt.date(2026, 10, 15),
                                             "deadline_text": ""}),
    (Field.DEADLINE, "Thường xuyên", {"deadline": None, "deadline_text": "Thường xuyên"}),
    (Field.DEADLINE, None, {"deadline": None, "deadline_text": ""}),
])
def test_set_field_changes_the_task_and_writes_the_audit_log(db, field, value, expected):
    before = rows_by_id(db)
    task_id = next(iter(before))
    if isinstance(value, dt.date):  # the demo plan is for the current year
        value = value.replace(year=load_plan(db, 1).year)
        expected = {**expected, "deadline": value}
    change = set_field(db, [task_id], field, value)
    after = rows_by_id(db)
    assert change.changed and change.task_ids == (task_id,)
    for key, wanted in expected.items():
        assert getattr(after[task_id], key) == wanted
    assert after[task_id].updated_at > before[task_id].updated_at
    others = [i for i in before if i != task_id]
    assert all(before[i] == after[i] for i in others)
    entry = audit(db)[-1]
    assert (entry.action, entry.entity, entry.entity_id) == (
        f"task.set_{field.value}", "task", task_id)
    assert entry.detail["task_ids"] == [task_id]


def test_lead_and_co_units(db):
    u = unit_ids(db)
    task_id = load_rows(db, 1)[0].id
    set_field(db, [task_id], Field.LEAD_UNIT, u["NV"])
    change = set_field(db, [task_id], Field.CO_UNITS, [u["SH"], u["NV"], u["TP"], u["SH"]])
    row = rows_by_id(db)[task_id]
    assert row.lead_unit_id == u["NV"] and row.lead_unit_name == "Phòng Nội vụ"
    assert row.co_unit_ids == (u["SH"], u["TP"])  # in order, once, without the lead unit
    restore(db, change)
    assert rows_by_id(db)[task_id].co_unit_ids == change.old[task_id]
    set_field(db, [task_id], Field.LEAD_UNIT, None)
    assert rows_by_id(db)[task_id].lead_unit_id is None


def test_status_goes_through_set_status(db):
    rows = [r for r in load_rows(db, 1) if r.status is TaskStatus.IN_PROGRESS][:2]
    ids = [r.id for r in rows]
    change = set_field(db, ids, Field.STATUS, "hoàn thành")  # a label works too
    after = rows_by_id(db)
    assert {after[i].status for i in ids} == {TaskStatus.DONE}
    assert {after[i].progress for i in ids} == {100}
    assert change.old == {r.id: (TaskStatus.IN_PROGRESS, r.progress) for r in rows}
    entry = audit(db, "task.set_status")[-1]
    assert entry.detail["task_ids"] == sorted(ids) and entry.detail["status"] == "done"
    restore(db, change)
    after = rows_by_id(db)
    assert [(after[r.id].status, after[r.id].progress) for r in rows] == [
        (r.status, r.progress) for r in rows]


def test_restore_puts_back_each_tasks_own_value(db):
    before = load_rows(db, 1)[:5]
    ids = [r.id for r in before]
    assert len({r.deadline for r in before}) > 1
    change = set_field(db, ids, Field.DEADLINE, before[0].deadline)
    assert len({rows_by_id(db)[i].deadline for i in ids}) == 1
    undone = restore(db, change)
    after = rows_by_id(db)
    assert [without_time(after[i]) for i in ids] == [without_time(r) for r in before]
    assert audit(db)[-1].action == "task.restore_deadline"
    set_field(db, ids, Field.DEADLINE, change.new)  # redo
    assert undone.old == {i: (change.new, "") for i in ids}


def test_bad_values_are_refused_in_vietnamese_and_change_nothing(db):
    before = rows_by_id(db)
    ids = list(before)[:3]
    entries = len(audit(db))
    year = load_plan(db, 1).year
    for field, value, message in [
        (Field.PROGRESS, 101, "Tiến độ phải từ 0 đến 100"),
        (Field.PROGRESS, -1, "Tiến độ phải từ 0 đến 100"),
        (Field.PROGRESS, "nhiều", "Tiến độ phải là một số"),
        (Field.PROGRESS, 12.5, "số nguyên"),
        (Field.TEXT, "   ", "không được để trống"),
        (Field.DEADLINE, dt.date(year + 20, 1, 5), "nằm ngoài khoảng hợp lý"),
        (Field.DEADLINE, dt.date(1999, 1, 5), "nằm ngoài khoảng hợp lý"),
        (Field.LEAD_UNIT, 9999, "Không tìm thấy đơn vị"),
        (Field.STATUS, "xong rồi", "Trạng thái không hợp lệ"),
        ("budget", 5, "Không sửa được"),
    ]:
        with pytest.raises(InvalidInput, match=message):
            set_field(db, ids, field, value)
    with pytest.raises(InvalidInput, match="Không tìm thấy nhiệm vụ số 999999"):
        set_field(db, [*ids, 999999], Field.PROGRESS, 50)  # all or none
    assert rows_by_id(db) == before
    assert len(audit(db)) == entries


def test_nothing_to_change_writes_nothing(db):
    row = load_rows(db, 1)[0]
    entries = len(audit(db))
    change = set_field(db, [row.id], Field.TEXT, row.text)
    assert not change.changed
    assert rows_by_id(db)[row.id] == row and len(audit(db)) == entries


def test_a_deadline_on_a_day_off_comes_with_a_warning(tmp_path):
    from test_task_queries import make_known_plan  # a plan of 2026

    with open_database(make_known_plan(tmp_path)) as db:
        task_id = load_rows(db, 1)[0].id
        for day, warning in [
            (dt.date(2026, 1, 24), "Thời hạn 24/01/2026 rơi vào Thứ Bảy"),
            (dt.date(2026, 9, 2), "Thời hạn 02/09/2026 rơi vào ngày nghỉ Quốc khánh"),
            (dt.date(2026, 2, 17), "Thời hạn 17/02/2026 rơi vào ngày nghỉ Tết Nguyên đán"),
            (dt.date(2026, 6, 15), None),  # a Monday
        ]:
            change = set_field(db, [task_id], Field.DEADLINE, day)
            assert change.warning == warning
            assert rows_by_id(db)[task_id].deadline == day  # a warning, not a refusal


def test_a_bulk_change_is_one_transaction_after_a_backup(db, demo_db):
    ids = [r.id for r in load_rows(db, 1)][:BULK_BACKUP_THRESHOLD + 5]
    assert not any(b.reason == "before-bulk-change" for b in list_backups(demo_db))
    entries = len(audit(db))
    transactions = []
    original = db.transaction

    def counting_transaction():
        transactions.append(1)
        return original()

    db.transaction = counting_transaction
    try:
        change = set_field(db, ids, Field.PROGRESS, 30)
    finally:
        del db.transaction
    assert len(transactions) == 1
    assert change.task_ids == tuple(sorted(ids))
    assert {rows_by_id(db)[i].progress for i in ids} == {30}
    assert len(audit(db)) == entries + 1
    assert any(b.reason == "before-bulk-change" for b in list_backups(demo_db))


def test_set_field_on_no_tasks_does_nothing(db):
    entries = len(audit(db))
    change = task_edits.set_field(db, [], Field.PROGRESS, 10)
    assert not change.changed and change.task_ids == ()
    assert len(audit(db)) == entries
