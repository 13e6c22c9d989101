"""The overview of an open plan: where it stands, at a glance."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, not_, or_, select

from dxdesk.domain.status import TaskStatus
from dxdesk.model import Task, Unit
from dxdesk.services.targets import list_targets
from dxdesk.store import Database

DUE_SOON_DAYS = 14


@dataclass(frozen=True)
class Bar:
    name: str
    tasks: int
    progress: float  # average progress %, 0–100
    done: int
    late: int


@dataclass(frozen=True)
class TaskBrief:
    id: int
    text: str
    unit: str
    deadline: dt.date
    days: int  # days late (late list) or days left (due-soon list)


@dataclass(frozen=True)
class TargetBrief:
    id: int
    text: str
    value: float | None
    actual: float | None
    period: str | None


@dataclass
class Dashboard:
    total: int = 0
    by_status: Counter = field(default_factory=Counter)
    late_count: int = 0
    pillars: list[Bar] = field(default_factory=list)
    units: list[Bar] = field(default_factory=list)
    late: list[TaskBrief] = field(default_factory=list)
    due_soon: list[TaskBrief] = field(default_factory=list)
    targets_at_risk: list[TargetBrief] = field(default_factory=list)


FINISHED = [s.value for s in TaskStatus if s.is_finished]


def late_condition(today: dt.date):
    """The SQL form of ``domain.status.is_late`` (tests check that the two agree)."""
    return or_(Task.status == TaskStatus.OVERDUE.value,
               and_(Task.deadline < today, Task.status.not_in(FINISHED)))


def build_dashboard(db: Database, plan_id: int, today: dt.date | None = None,
                    list_limit: int = 50) -> Dashboard:
    """Aggregated in SQL, so that a 20,000-task plan's overview costs a few milliseconds."""
    today = today or dt.date.today()
    board = Dashboard()
    late = late_condition(today)
    in_plan = Task.plan_id == plan_id
    soon = and_(Task.deadline >= today,
                Task.deadline <= today + dt.timedelta(days=DUE_SOON_DAYS),
                Task.status.not_in(FINISHED), not_(late))
    with db.transaction() as session:
        # One pass over the plan's tasks, grouped finely; every count is summed from it.
        late_flag = case((late, 1), else_=0)
        groups = session.execute(
            select(Task.group_name, Unit.name, Task.status, late_flag, func.count(),
                   func.sum(func.coalesce(Task.progress, 0)), func.min(Task.position))
            .outerjoin(Unit, Unit.id == Task.lead_unit_id).where(in_plan)
            .group_by(Task.group_name, Task.lead_unit_id, Task.status, late_flag)).all()
        pillars: dict[str, list] = {}
        units: dict[str, list] = {}
        first_position: dict[str, int] = {}
        for group, unit, status_code, is_late, count, progress, position in groups:
            status = TaskStatus(status_code)
            board.by_status[status] += count
            board.late_count += count * is_late
            finished = count if status in (TaskStatus.DONE, TaskStatus.DONE_LATE) else 0
            for totals, name in ((pillars, group or "Khác"), (units, unit or "Chưa giao đơn vị")):
                entry = totals.setdefault(name, [0, 0, 0, 0])
                entry[0] += count
                entry[1] += progress or 0
                entry[2] += finished
                entry[3] += count * is_late
            key = group or "Khác"
            first_position[key] = min(first_position.get(key, position), position)
        board.total = sum(board.by_status.values())
        board.pillars = [Bar(name, n, p / n, d, l) for name, (n, p, d, l) in
                         sorted(pillars.items(), key=lambda kv: first_position[kv[0]])]
        board.units = sorted((Bar(name, n, p / n, d, l) for name, (n, p, d, l) in units.items()),
                             key=lambda bar: (-bar.late, bar.progress))

        def briefs(condition, order_by, days):
            query = (select(Task.id, Task.text, Unit.name, Task.deadline)
                     .outerjoin(Unit, Unit.id == Task.lead_unit_id)
                     .where(in_plan, condition, Task.deadline.is_not(None))
                     .order_by(order_by, Task.position).limit(list_limit))
            return [TaskBrief(i, text, unit or "", deadline, max(0, days(deadline)))
                    for i, text, unit, deadline in session.execute(query)]

        board.late = briefs(late, Task.deadline, lambda d: (today - d).days)
        board.due_soon = briefs(soon, Task.deadline, lambda d: (d - today).days)
    board.targets_at_risk = [
        TargetBrief(t.id, t.text, t.value, t.latest_actual, t.latest_period)
        for t in list_targets(db, plan_id, today) if t.at_risk]
    return board


@dataclass(frozen=True)
class DeadlineNotice:
    newly_late: list[TaskBrief]
    due_this_week: list[TaskBrief]

    @property
    def empty(self) -> bool:
        return not self.newly_late and not self.due_this_week

    def text(self) -> str:
        parts = []
        if self.newly_late:
            parts.append(f"{len(self.newly_late)} nhiệm vụ mới quá hạn")
        if self.due_this_week:
            parts.append(f"{len(self.due_this_week)} nhiệm vụ đến hạn trong tuần này")
        return "; ".join(parts)


def deadline_notice(db: Database, plan_id: int, today: dt.date,
                    since: dt.date | None, list_limit: int = 500) -> DeadlineNotice:
    """What became late since the last notice (``since``; None: everything late) and what
    falls due from today to Sunday."""
    week_end = today + dt.timedelta(days=6 - today.weekday())
    late = late_condition(today)
    with db.transaction() as session:
        def briefs(condition, days):
            query = (select(Task.id, Task.text, Unit.name, Task.deadline)
                     .outerjoin(Unit, Unit.id == Task.lead_unit_id)
                     .where(Task.plan_id == plan_id, condition, Task.deadline.is_not(None))
                     .order_by(Task.deadline, Task.position).limit(list_limit))
            return [TaskBrief(i, text, unit or "", deadline, max(0, days(deadline)))
                    for i, text, unit, deadline in session.execute(query)]

        newly = late if since is None else and_(late, Task.deadline >= since)
        due = and_(Task.deadline >= today, Task.deadline <= week_end,
                   Task.status.not_in(FINISHED), not_(late))
        return DeadlineNotice(briefs(newly, lambda d: (today - d).days),
                              briefs(due, lambda d: (d - today).days))
