"""What the main window shows first: the district's plans and how each stands."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select

from dxdesk.domain.status import TaskStatus
from dxdesk.model import DistrictProfile, Plan, Task
from dxdesk.store import Database

_FINISHED = [s.value for s in TaskStatus if s.is_finished]


@dataclass(frozen=True)
class PlanSummary:
    plan_id: int
    year: int
    title: str
    status: str
    tasks: int
    done: int
    late: int


def district_name(db: Database) -> str | None:
    with db.transaction() as session:
        profile = session.get(DistrictProfile, 1)
        return profile.name if profile else None


def plan_summaries(db: Database, today: dt.date | None = None,
                   plan_id: int | None = None) -> list[PlanSummary]:
    """Every plan (or just ``plan_id``), newest year first, with its task counts (one
    query)."""
    today = today or dt.date.today()
    late = (Task.deadline < today) & Task.status.not_in(_FINISHED)
    done = Task.status.in_([TaskStatus.DONE.value, TaskStatus.DONE_LATE.value])
    query = (
        select(Plan.id, Plan.year, Plan.title, Plan.status, func.count(Task.id),
               func.coalesce(func.sum(case((done, 1), else_=0)), 0),
               func.coalesce(func.sum(case((late, 1), else_=0)), 0))
        .outerjoin(Task, Task.plan_id == Plan.id)
        .group_by(Plan.id)
        .order_by(Plan.year.desc(), Plan.id.desc())
    )
    if plan_id is not None:
        query = query.where(Plan.id == plan_id)
    with db.transaction() as session:
        return [PlanSummary(*row) for row in session.execute(query)]
