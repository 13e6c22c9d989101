import datetime as dt
import sqlite3

import pytest
from sqlalchemy import select

from dxdesk.domain.status import TaskStatus
from dxdesk.domain.targets import is_at_risk, progress_share
from dxdesk.model import Plan
from dxdesk.services.dashboard import build_dashboard, deadline_notice
from dxdesk.store import open_database


def test_progress_share_and_risk():
    assert progress_share(100, 60, 80) == 0.5
    assert progress_share(100, None, 80) == 0.8
    assert progress_share(None, 0, 3) is None
    # Three quarters of the year gone, only a quarter of the way: at risk.
    assert is_at_risk(100, 60, 70, 2026, dt.date(2026, 10, 1))
    assert not is_at_risk(100, 60, 90, 2026, dt.date(2026, 10, 1))
    assert not is_at_risk(100, 60, None, 2026, dt.date(2026, 2, 1))  # too early to tell
    assert is_at_risk(100, 60, None, 2026, dt.date(2026, 6, 1))
    assert not is_at_risk(None, None, None, 2026, dt.date(2026, 12, 1))


@pytest.fixture
def plan(demo_db):
    with open_database(demo_db) as db:
        with db.transaction() as session:
            plan_id = session.scalars(select(Plan.id)).one()
        yield db, plan_id, demo_db


def test_dashboard_counts_match_the_database(plan):
    db, plan_id, path = plan
    today = dt.date(2026, 9, 20)
    board = build_dashboard(db, plan_id, today)
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT status, deadline FROM tasks").fetchall()
    conn.close()
    assert board.total == len(rows) == 60
    assert {s.value: n for s, n in board.by_status.items() if n} == {
        s: sum(1 for r in rows if r[0] == s) for s in {r[0] for r in rows}}
    finished = {TaskStatus.DONE.value, TaskStatus.DONE_LATE.value, TaskStatus.STOPPED.value}
    late = [r for r in rows if r[0] == "overdue" or (r[1] < today.isoformat()
                                                       and r[0] not in finished)]
    assert board.late_count == len(late) == len(board.late)
    assert all(t.days >= 0 for t in board.late)
    assert all(0 <= t.days <= 14 for t in board.due_soon)
    assert [t.days for t in board.late] == sorted((t.days for t in board.late), reverse=True)
    assert sum(b.tasks for b in board.pillars) == sum(b.tasks for b in board.units) == 60
    assert {b.name for b in board.pillars} >= {"Nhận thức số", "Xã hội số"}
    assert all(0 <= b.progress <= 100 for b in board.pillars)


def test_deadline_notice_tells_what_became_late_and_what_is_due(plan):
    """True counts, however many (the notice once showed a list's cap of 500)."""
    from dxdesk.domain.status import is_late

    db, plan_id, path = plan
    today = dt.date(2026, 9, 23)  # a Wednesday
    conn = sqlite3.connect(path)
    rows = [(TaskStatus(s), dt.date.fromisoformat(d)) for s, d in conn.execute(
        "SELECT status, deadline FROM tasks WHERE deadline IS NOT NULL")]
    conn.close()
    late = [d for s, d in rows if is_late(s, d, today)]
    due = [d for s, d in rows if today <= d <= dt.date(2026, 9, 27)
           and not s.is_finished and not is_late(s, d, today)]
    everything = build_dashboard(db, plan_id, today, list_limit=1000)
    notice = deadline_notice(db, plan_id, today, since=None)
    assert notice.newly_late == len(late) == everything.late_count > 0
    assert notice.due_this_week == len(due)
    since = dt.date(2026, 9, 1)
    notice = deadline_notice(db, plan_id, today, since=since)
    assert notice.newly_late == sum(1 for d in late if d >= since)
    assert notice.text().startswith(f"{notice.newly_late} nhiệm vụ mới quá hạn")


def test_sql_lateness_agrees_with_the_domain_rule(plan):
    from dxdesk.domain.status import is_late
    from dxdesk.model import Task
    from dxdesk.services.overview import LATE_SQL

    db, plan_id, _ = plan
    for today in (dt.date(2026, 1, 1), dt.date(2026, 7, 1), dt.date(2027, 1, 1)):
        with db.reading() as connection:
            sql = {row[0] for row in connection.execute(
                f"SELECT t.id FROM tasks AS t WHERE {LATE_SQL}", {"today": today.isoformat()})}
        with db.transaction() as session:
            rows = session.execute(select(Task.id, Task.status, Task.deadline)).all()
        python = {i for i, status, deadline in rows
                  if is_late(TaskStatus(status), deadline, today)}
        assert sql == python and python


def test_plan_list_dashboard_and_targets_view_agree(plan):
    """The plan list's counts, the dashboard's and the targets view's at-risk flags come
    from different queries: they must tell the same story — also for a task the officer
    marked late before its deadline."""
    from dxdesk.model import Task
    from dxdesk.services import overview
    from dxdesk.services.targets import list_targets, set_actual

    db, plan_id, _ = plan
    today = dt.date(2026, 9, 20)
    with db.transaction() as session:
        task = session.scalars(select(Task).where(Task.deadline > today)
                               .order_by(Task.id)).first()
        task.status = TaskStatus.OVERDUE.value
    targets = list_targets(db, plan_id, today)
    set_actual(db, targets[0].id, "2026-Q1", 0)
    set_actual(db, targets[0].id, "2026", targets[0].value * 0.95)  # the latest: on track
    set_actual(db, targets[1].id, "2026", targets[1].baseline)  # no progress in 3/4 year

    board = build_dashboard(db, plan_id, today, list_limit=1000)
    [summary] = overview.plan_summaries(db, today, plan_id=plan_id)
    assert summary.late == board.late_count == len(board.late)
    assert task.id in {t.id for t in board.late}
    assert summary.tasks == board.total
    assert summary.done == board.by_status[TaskStatus.DONE] + board.by_status[
        TaskStatus.DONE_LATE]
    assert sum(b.late for b in board.pillars) == sum(b.late for b in board.units) == \
        board.late_count
    at_risk = [(t.id, t.latest_period, t.latest_actual)
               for t in list_targets(db, plan_id, today) if t.at_risk]
    assert [(t.id, t.period, t.actual) for t in board.targets_at_risk] == at_risk
    risky = {t.id for t in board.targets_at_risk}
    assert targets[1].id in risky and targets[0].id not in risky
