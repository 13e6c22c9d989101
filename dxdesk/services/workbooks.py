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
from pathlib import Path

from sqlalchemy import select

from dxdesk.documents.xlsx_province import (CountLine, ProvinceWorkbookData, TargetLine,
                                            TaskLike, write_province_workbook)
from dxdesk.domain.status import TaskStatus, is_late
from dxdesk.model import DistrictProfile, Plan, Target, TargetActual
from dxdesk.services.task_queries import load_rows
from dxdesk.store import Database
from dxdesk.text import sort_key

__all__ = ["export_province_xlsx", "load_province_data", "summarise"]

NO_PILLAR = "Khác"
NO_UNIT = "Chưa giao đơn vị"
_DONE = (TaskStatus.DONE, TaskStatus.DONE_LATE)


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
    rows = load_rows(db, plan_id)  # the task list's own fast loader
    target_lines = [TargetLine(stt, text or "", value, unit, province, baseline,
                               actuals.get(i, {}))
                    for stt, (i, text, value, unit, province, baseline) in enumerate(targets, 1)]
    return ProvinceWorkbookData(year=year, title=title or "", district=district, tasks=rows,
                                targets=target_lines, summary=summarise(rows, today),
                                today=today)


def summarise(tasks: Sequence[TaskLike], today: dt.date) -> list[CountLine]:
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
