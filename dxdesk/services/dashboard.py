"""The overview of an open plan: where it stands, at a glance. Plain SQL over the tasks'
overview indexes, without the ORM (see ``overview``)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from dxdesk.domain.status import TaskStatus
from dxdesk.domain.targets import is_at_risk, latest_by_period
from dxdesk.services.overview import FINISHED_SQL, LATE_SQL
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


# One pass over the plan's tasks (the overview index, in order: no sort, no table read);
# every count is summed from these groups.
_GROUPS = f"""
SELECT t.group_name, t.lead_unit_id, t.status, count(*), sum(t.progress), min(t.position),
       sum(CASE WHEN {LATE_SQL} THEN 1 ELSE 0 END)
FROM tasks AS t WHERE t.plan_id = :plan_id
GROUP BY t.group_name, t.lead_unit_id, t.status
"""
_LATE = f"t.deadline IS NOT NULL AND {LATE_SQL}"
_DUE = (f"t.deadline >= :start AND t.deadline <= :end AND t.status NOT IN {FINISHED_SQL} "
        f"AND NOT {LATE_SQL}")
_TARGETS = """
SELECT t.id, t.text, t.value, t.baseline FROM targets AS t
WHERE t.plan_id = :plan_id ORDER BY t.position
"""
_ACTUALS = """
SELECT a.target_id, a.period, a.value FROM target_actuals AS a
JOIN targets AS t ON t.id = a.target_id WHERE t.plan_id = :plan_id
"""


def _briefs(connection, plan_id: int, condition: str, params: dict, limit: int,
            days) -> list[TaskBrief]:
    """Tasks meeting ``condition`` (SQL over ``t``), soonest deadline first: walks the
    deadline index and stops at ``limit``."""
    rows = connection.execute(
        f"SELECT t.id, t.text, u.name, t.deadline FROM tasks AS t "
        f"LEFT OUTER JOIN units AS u ON u.id = t.lead_unit_id "
        f"WHERE t.plan_id = :plan_id AND t.deadline IS NOT NULL AND {condition} "
        f"ORDER BY t.deadline, t.position LIMIT :limit",
        {**params, "plan_id": plan_id, "limit": limit})
    briefs = []
    for task_id, task_text, unit, deadline in rows:
        deadline = dt.date.fromisoformat(deadline) if isinstance(deadline, str) else deadline
        briefs.append(TaskBrief(task_id, task_text, unit or "", deadline, max(0, days(deadline))))
    return briefs


def build_dashboard(db: Database, plan_id: int, today: dt.date | None = None,
                    list_limit: int = 50) -> Dashboard:
    """Aggregated in SQL, so that a 20,000-task plan's overview costs a few milliseconds."""
    today = today or dt.date.today()
    board = Dashboard()
    day = {"today": today.isoformat()}
    with db.reading() as connection:
        groups = connection.execute(_GROUPS, {**day, "plan_id": plan_id}).fetchall()
        unit_names = dict(connection.execute("SELECT id, name FROM units"))
        year = connection.scalar("SELECT year FROM plans WHERE id = :plan_id",
                                 {"plan_id": plan_id})
        targets = connection.execute(_TARGETS, {"plan_id": plan_id}).fetchall()
        actuals = connection.execute(_ACTUALS, {"plan_id": plan_id}).fetchall()
        board.late = _briefs(connection, plan_id, LATE_SQL, day, list_limit,
                             lambda d: (today - d).days)
        board.due_soon = _briefs(
            connection, plan_id, _DUE,
            {**day, "start": today.isoformat(),
             "end": (today + dt.timedelta(days=DUE_SOON_DAYS)).isoformat()},
            list_limit, lambda d: (d - today).days)
    pillars: dict[str, list] = {}
    units: dict[str, list] = {}
    first_position: dict[str, int] = {}
    for group, unit_id, status_code, count, progress, position, late in groups:
        status = TaskStatus(status_code)
        board.by_status[status] += count
        board.late_count += late
        finished = count if status in (TaskStatus.DONE, TaskStatus.DONE_LATE) else 0
        unit = unit_names.get(unit_id) if unit_id is not None else None
        for totals, name in ((pillars, group or "Khác"), (units, unit or "Chưa giao đơn vị")):
            entry = totals.setdefault(name, [0, 0, 0, 0])
            entry[0] += count
            entry[1] += progress or 0
            entry[2] += finished
            entry[3] += late
        key = group or "Khác"
        first_position[key] = min(first_position.get(key, position), position)
    board.total = sum(board.by_status.values())
    board.pillars = [Bar(name, n, p / n, d, l) for name, (n, p, d, l) in
                     sorted(pillars.items(), key=lambda kv: first_position[kv[0]])]
    board.units = sorted((Bar(name, n, p / n, d, l) for name, (n, p, d, l) in units.items()),
                         key=lambda bar: (-bar.late, bar.progress))
    latest = latest_by_period((target_id, period, value) for target_id, period, value in actuals)
    for target_id, target_text, value, baseline in targets:
        period, actual = latest.get(target_id, (None, None))
        if year is not None and is_at_risk(value, baseline, actual, year, today):
            board.targets_at_risk.append(TargetBrief(target_id, target_text, value, actual,
                                                     period))
    return board


@dataclass(frozen=True)
class DeadlineNotice:
    newly_late: int  # tasks
    due_this_week: int

    @property
    def empty(self) -> bool:
        return not self.newly_late and not self.due_this_week

    def text(self) -> str:
        parts = []
        if self.newly_late:
            parts.append(f"{self.newly_late} nhiệm vụ mới quá hạn")
        if self.due_this_week:
            parts.append(f"{self.due_this_week} nhiệm vụ đến hạn trong tuần này")
        return "; ".join(parts)


def deadline_notice(db: Database, plan_id: int, today: dt.date,
                    since: dt.date | None) -> DeadlineNotice:
    """How many tasks became late since the last notice (``since``; None: every late task
    with a deadline) and how many fall due from today to Sunday."""
    week_end = today + dt.timedelta(days=6 - today.weekday())
    day = {"today": today.isoformat(), "plan_id": plan_id}
    newly, params = LATE_SQL, day
    if since is not None:
        newly, params = f"{LATE_SQL} AND t.deadline >= :since", {**day, "since": since.isoformat()}

    def count(connection, condition: str, values: dict) -> int:
        return connection.scalar(
            f"SELECT count(*) FROM tasks AS t WHERE t.plan_id = :plan_id "
            f"AND t.deadline IS NOT NULL AND {condition}", values)

    with db.reading() as connection:
        return DeadlineNotice(
            count(connection, newly, params),
            count(connection, _DUE, {**day, "start": today.isoformat(),
                                     "end": week_end.isoformat()}))
