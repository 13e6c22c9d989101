"""The overview of an open plan: where it stands, at a glance."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select

from dxdesk.domain.status import TaskStatus, is_late
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


def build_dashboard(db: Database, plan_id: int, today: dt.date | None = None,
                    list_limit: int = 50) -> Dashboard:
    today = today or dt.date.today()
    board = Dashboard()
    with db.transaction() as session:
        rows = session.execute(
            select(Task.id, Task.text, Task.group_name, Task.status, Task.progress,
                   Task.deadline, Unit.name)
            .outerjoin(Unit, Unit.id == Task.lead_unit_id)
            .where(Task.plan_id == plan_id).order_by(Task.position)).all()
    pillars: dict[str, list] = defaultdict(list)
    units: dict[str, list] = defaultdict(list)
    soon = today + dt.timedelta(days=DUE_SOON_DAYS)
    for task_id, text, group, status_code, progress, deadline, unit in rows:
        status = TaskStatus(status_code)
        late = is_late(status, deadline, today)
        board.by_status[status] += 1
        board.late_count += late
        entry = (progress or 0, status in (TaskStatus.DONE, TaskStatus.DONE_LATE), late)
        pillars[group or "Khác"].append(entry)
        units[unit or "Chưa giao đơn vị"].append(entry)
        if late and deadline is not None:
            # Marked quá hạn before its deadline: late, by zero days so far.
            board.late.append(TaskBrief(task_id, text, unit or "", deadline,
                                        max(0, (today - deadline).days)))
        elif deadline is not None and today <= deadline <= soon and not status.is_finished:
            board.due_soon.append(TaskBrief(task_id, text, unit or "", deadline,
                                            (deadline - today).days))
    board.total = len(rows)
    board.pillars = [_bar(name, entries) for name, entries in pillars.items()]
    board.units = sorted((_bar(name, entries) for name, entries in units.items()),
                         key=lambda bar: (-bar.late, bar.progress))
    board.late.sort(key=lambda t: -t.days)
    board.due_soon.sort(key=lambda t: t.days)
    board.late, board.due_soon = board.late[:list_limit], board.due_soon[:list_limit]
    board.targets_at_risk = [
        TargetBrief(t.id, t.text, t.value, t.latest_actual, t.latest_period)
        for t in list_targets(db, plan_id, today) if t.at_risk]
    return board


def _bar(name: str, entries: list) -> Bar:
    return Bar(name, len(entries), sum(e[0] for e in entries) / len(entries),
               sum(e[1] for e in entries), sum(e[2] for e in entries))


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
                    since: dt.date | None) -> DeadlineNotice:
    """What became late since the last notice (``since``; None: everything late) and what
    falls due from today to Sunday."""
    board = build_dashboard(db, plan_id, today, list_limit=10**6)
    week_end = today + dt.timedelta(days=6 - today.weekday())
    newly_late = [t for t in board.late if since is None or t.deadline >= since]
    due = [t for t in board.due_soon if t.deadline <= week_end]
    return DeadlineNotice(newly_late, due)
