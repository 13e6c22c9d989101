"""What the main window shows first: the district's plans and how each stands.

The first screen's reads (here and in ``dashboard``) are plain SQL through
``Database.reading()``: the window paints before SQLAlchemy, the ORM and the model are
imported, and the queries walk the tasks' overview indexes (migration 0002) instead of the whole table.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dxdesk.domain.status import TaskStatus
from dxdesk.store import Database

if TYPE_CHECKING:
    from dxdesk.services.dashboard import Dashboard  # (dashboard imports this module)


def _sql_list(statuses) -> str:
    return "(" + ", ".join(f"'{s.value}'" for s in statuses) + ")"  # our own constants


FINISHED_SQL = _sql_list(s for s in TaskStatus if s.is_finished)
DONE_SQL = _sql_list((TaskStatus.DONE, TaskStatus.DONE_LATE))
# domain.status.is_late in SQL, for a tasks table aliased ``t`` and a :today parameter
# (tests check that the two agree).
LATE_SQL = (f"(t.status = '{TaskStatus.OVERDUE.value}' OR (t.deadline < :today "
            f"AND t.status NOT IN {FINISHED_SQL}))")


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
    with db.reading() as connection:
        return connection.scalar("SELECT name FROM district_profile WHERE id = 1")


_SUMMARIES = f"""
SELECT p.id, p.year, p.title, p.status, count(t.id),
       coalesce(sum(CASE WHEN t.status IN {DONE_SQL} THEN 1 ELSE 0 END), 0),
       coalesce(sum(CASE WHEN {LATE_SQL} THEN 1 ELSE 0 END), 0)
FROM plans AS p LEFT OUTER JOIN tasks AS t ON t.plan_id = p.id
{{where}}
GROUP BY p.id, p.year, p.title, p.status
ORDER BY p.year DESC, p.id DESC
"""


def plan_summaries(db: Database, today: dt.date | None = None,
                   plan_id: int | None = None) -> list[PlanSummary]:
    """Every plan (or just ``plan_id``), newest year first, with its task counts (one
    query)."""
    today = today or dt.date.today()
    with db.reading() as connection:
        where = "" if plan_id is None else "WHERE p.id = :plan_id"
        rows = connection.execute(_SUMMARIES.format(where=where),
                                  {"today": today.isoformat(), "plan_id": plan_id})
        return [PlanSummary(*row) for row in rows]


@dataclass(frozen=True)
class FirstScreen:
    """What the main window shows when it opens: read while Qt loads (see gui.app)."""
    district: str | None
    summaries: list[PlanSummary]
    board: Dashboard | None  # of the newest plan (the one usually opened)

    @property
    def plan_id(self) -> int | None:
        return self.summaries[0].plan_id if self.summaries else None


def first_screen(db: Database, today: dt.date | None = None) -> FirstScreen:
    from dxdesk.services.dashboard import build_dashboard

    today = today or dt.date.today()
    summaries = plan_summaries(db, today)
    board = build_dashboard(db, summaries[0].plan_id, today) if summaries else None
    return FirstScreen(district_name(db), summaries, board)
