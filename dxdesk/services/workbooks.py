"""Workbooks (.xlsx) for the province: load a plan's tasks, targets and summary in one
transaction, then write them with :mod:`dxdesk.documents.xlsx_province`.

The summary ("Tổng hợp") is counted from the very task rows written on "Nhiệm vụ", so the
two sheets always agree; it uses the dashboard's rules (``domain.status.is_late``; "done"
is hoàn thành or hoàn thành quá hạn; no pillar → "Khác", no lead unit → "Chưa giao đơn vị").
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Integer, String, select, type_coerce

from dxdesk.documents.xlsx_province import (CountLine, ProvinceWorkbookData, TargetLine,
                                            write_province_workbook)
from dxdesk.domain.status import TaskStatus, is_late
from dxdesk.model import DistrictProfile, Plan, Target, TargetActual, Task, Unit, task_co_units
from dxdesk.store import Database
from dxdesk.text import sort_key

__all__ = ["WorkbookTask", "export_province_xlsx", "load_province_data", "summarise"]

NO_PILLAR = "Khác"
NO_UNIT = "Chưa giao đơn vị"
_DONE = (TaskStatus.DONE, TaskStatus.DONE_LATE)
_STATUSES = {s.value: s for s in TaskStatus}


@dataclass(frozen=True, slots=True)
class WorkbookTask:
    """One task as the workbook shows it (``xlsx_province.TaskLike``)."""

    stt: int
    text: str
    group: str
    lead_unit_name: str
    co_unit_names: tuple[str, ...]
    deadline: dt.date | None
    deadline_text: str
    status: TaskStatus
    progress: int
    output: str
    is_carried_over: bool


def export_province_xlsx(db: Database, path: str | os.PathLike, plan_id: int | None = None,
                         today: dt.date | None = None) -> Path:
    """The province workbook of ``plan_id`` (default: the newest plan) written at ``path``."""
    return write_province_workbook(load_province_data(db, plan_id, today), path)


def load_province_data(db: Database, plan_id: int | None = None,
                       today: dt.date | None = None) -> ProvinceWorkbookData:
    from dxdesk.services.documents import NoPlan

    today = today or dt.date.today()
    with db.transaction() as session:
        query = select(Plan.id, Plan.year, Plan.title)
        plan = (session.execute(query.order_by(Plan.year.desc(), Plan.id.desc())).first()
                if plan_id is None else session.execute(query.where(Plan.id == plan_id)).first())
        if plan is None:
            raise NoPlan(plan_id)
        plan_id, year, title = plan
        district = session.scalar(select(DistrictProfile.name).order_by(DistrictProfile.id)) or ""
        connection = session.connection()
        units = dict(connection.execute(select(Unit.__table__.c.id, Unit.__table__.c.name)).all())
        c = Task.__table__.c
        # Core rows, dates read as text: the ORM's row processing doubles the time at 20,000.
        tasks = connection.execute(
            select(c.id, c.text, c.group_name, c.lead_unit_id, type_coerce(c.deadline, String),
                   c.deadline_text, c.status, c.progress, c.output,
                   type_coerce(c.is_carried_over, Integer))
            .where(c.plan_id == plan_id).order_by(c.position, c.id)).all()
        co: dict[int, list[str]] = {}
        for task_id, unit_id in connection.execute(
                select(task_co_units.c.task_id, task_co_units.c.unit_id)
                .join(Task.__table__, c.id == task_co_units.c.task_id)
                .where(c.plan_id == plan_id)
                .order_by(task_co_units.c.task_id, task_co_units.c.position)):
            co.setdefault(task_id, []).append(units.get(unit_id, ""))
        targets = session.execute(
            select(Target.id, Target.text, Target.value, Target.unit, Target.province_value,
                   Target.baseline)
            .where(Target.plan_id == plan_id).order_by(Target.position, Target.id)).all()
        actuals: dict[int, dict[str, float | None]] = {}
        for target_id, period, value in session.execute(
                select(TargetActual.target_id, TargetActual.period, TargetActual.value)
                .join(Target, Target.id == TargetActual.target_id)
                .where(Target.plan_id == plan_id)):
            actuals.setdefault(target_id, {})[period] = value
    dates: dict = {None: None, "": None}
    rows = []
    for stt, (task_id, text, group, lead, deadline, deadline_text, status, progress, output,
              carried) in enumerate(tasks, 1):
        day = dates.get(deadline, dates)
        if day is dates:
            day = dates[deadline] = (dt.date.fromisoformat(deadline)
                                     if isinstance(deadline, str) else deadline)
        rows.append(WorkbookTask(
            stt, text or "", group or "", units.get(lead, "") if lead else "",
            tuple(co.get(task_id, ())), day, deadline_text or "",
            _STATUSES.get(status, TaskStatus.NOT_STARTED), progress or 0, output or "",
            bool(carried)))
    target_lines = [TargetLine(stt, text or "", value, unit, province, baseline,
                               actuals.get(i, {}))
                    for stt, (i, text, value, unit, province, baseline) in enumerate(targets, 1)]
    return ProvinceWorkbookData(year=year, title=title or "", district=district, tasks=rows,
                                targets=target_lines, summary=summarise(rows, today),
                                today=today)


def summarise(tasks: Sequence[WorkbookTask], today: dt.date) -> list[CountLine]:
    """Counts for "Tổng hợp": the total, then by status (every status, in the enum's
    order), by pillar (plan order) and by lead unit (most tasks first)."""
    by: dict[str, dict[str, list]] = {"status": {}, "pillar": {}, "unit": {}}
    total = [0, 0, 0, 0]
    for task in tasks:
        done = 1 if task.status in _DONE else 0
        late = 1 if is_late(task.status, task.deadline, today) else 0
        for kind, name in (("status", task.status.value), ("pillar", task.group or NO_PILLAR),
                           ("unit", task.lead_unit_name or NO_UNIT)):
            entry = by[kind].get(name)
            if entry is None:
                entry = by[kind][name] = [0, 0, 0, 0]
            entry[0] += 1
            entry[1] += done
            entry[2] += late
            entry[3] += task.progress
        total[0] += 1
        total[1] += done
        total[2] += late
        total[3] += task.progress

    def line(kind: str, name: str, n: int, done: int, late: int, progress: int) -> CountLine:
        return CountLine(kind, name, n, done, late, progress / n if n else 0.0)

    lines = [line("Tổng số", "Tất cả nhiệm vụ", *total)]
    for status in TaskStatus:
        entry = by["status"].get(status.value, [0, 0, 0, 0])
        lines.append(line("Trạng thái", status.label[:1].upper() + status.label[1:], *entry))
    lines += [line("Trụ cột/nhóm", name, *entry) for name, entry in by["pillar"].items()]
    lines += [line("Đơn vị chủ trì", name, *entry) for name, entry in
              sorted(by["unit"].items(), key=lambda kv: (-kv[1][0], sort_key(kv[0])))]
    return lines
