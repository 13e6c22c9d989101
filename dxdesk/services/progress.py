"""Progress entries (ghi nhận tiến độ) of a task, and a task's history (Qt-free).

Each call is one transaction with one audit-log entry. An entry of the task's latest
period (the period that ends last; the newest entry wins a tie) also sets the task's
status and progress; an entry for an earlier period is kept as history only.

:func:`delete_progress` returns the entry's data, so that :func:`restore_progress` can
put it back (undo), including the task's status and progress as they were.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from dxdesk.domain.holidays import format_date
from dxdesk.domain.period import Period
from dxdesk.domain.status import TaskStatus, parse_progress
from dxdesk.errors import InvalidInput
from dxdesk.model import AuditEntry, Plan, ProgressEntry, Task, Unit, task_co_units, utcnow
from dxdesk.services import audit
from dxdesk.store import Database
from dxdesk.store.lock import os_user
from dxdesk.text import clean

__all__ = ["AuditChange", "ProgressRecord", "TaskFacts", "TaskHistory", "delete_progress",
           "describe_change", "local_time", "period_choices", "record_progress",
           "restore_progress", "task_history"]

NOTE_MAX = 4000
EVIDENCE_MAX = 2000


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class TaskFacts:
    id: int
    stt: int
    text: str
    group: str
    lead_unit_name: str
    co_unit_names: tuple[str, ...]
    deadline: dt.date | None
    deadline_text: str
    output: str
    status: TaskStatus
    progress: int
    plan_year: int


@dataclass(frozen=True)
class ProgressRecord:
    id: int
    period: Period
    status: TaskStatus
    progress: int
    note: str
    evidence: str
    recorded_by: str
    recorded_at: dt.datetime  # naive UTC, as stored


@dataclass(frozen=True)
class AuditChange:
    at: dt.datetime  # naive UTC, as stored
    user: str
    action: str
    text: str  # Vietnamese: "đổi trạng thái → hoàn thành"


@dataclass(frozen=True)
class TaskHistory:
    task: TaskFacts
    entries: tuple[ProgressRecord, ...]  # newest period first
    changes: tuple[AuditChange, ...]  # newest first


def local_time(stored: dt.datetime) -> dt.datetime:
    """A stored (naive UTC) time in the computer's own time zone, naive."""
    return stored.replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


def period_choices(year: int) -> list[Period]:
    """The periods of a plan's year, in the order the officer reports them."""
    return [Period(year, "Q1"), Period(year, "Q2"), Period(year, "H1"), Period(year, "Q3"),
            Period(year, "Q4"), Period(year)]


# --------------------------------------------------------------------------- recording


def record_progress(db: Database, task_id: int, period: str | Period,
                    status: TaskStatus | str, progress: int, note: str = "",
                    evidence: str = "", today: dt.date | None = None) -> int:
    """Add what was done in ``period``; returns the new entry's id. When ``period`` is the
    task's latest recorded period, the task takes the entry's status and progress."""
    today = today or dt.date.today()
    period = period if isinstance(period, Period) else Period.parse(str(period or ""))
    status = TaskStatus.coerce(status)
    progress = parse_progress(progress)
    if status in (TaskStatus.DONE, TaskStatus.DONE_LATE) and progress != 100:
        raise InvalidInput(f"Trạng thái “{status.label}” đi với tiến độ 100 %, "
                           f"không phải {progress} %.")
    note = clean(str(note or ""), keep_newlines=True)
    evidence = clean(str(evidence or ""), keep_newlines=True)
    if len(note) > NOTE_MAX:
        raise InvalidInput(f"Phần “đã làm được” quá dài (tối đa {NOTE_MAX} ký tự).")
    if len(evidence) > EVIDENCE_MAX:
        raise InvalidInput(f"Phần minh chứng quá dài (tối đa {EVIDENCE_MAX} ký tự).")
    if period.first_day > today:
        raise InvalidInput(f"Chưa đến {period.label}: chưa thể ghi nhận tiến độ cho kỳ này.")
    with db.transaction() as session:
        task = _task(session, task_id)
        plan_year = session.scalar(select(Plan.year).where(Plan.id == task.plan_id))
        if plan_year is not None and period.year != plan_year:
            raise InvalidInput(f"Kỳ {period.label} không thuộc kế hoạch năm {plan_year}.")
        old_status, old_progress = task.status, task.progress
        entry = ProgressEntry(task_id=task_id, period=period.code, status=status.value,
                              progress=progress, note=note, evidence=evidence,
                              recorded_by=os_user(), recorded_at=utcnow())
        session.add(entry)
        session.flush()
        governs = _latest_entry_id(session, task_id) == entry.id
        if governs:
            task.status, task.progress, task.updated_at = status.value, progress, utcnow()
        audit.record(session, "progress.record", entity="task", entity_id=task_id,
                     entry_id=entry.id, period=period.code, status=status.value,
                     progress=progress, task_updated=governs,
                     old_status=old_status, old_progress=old_progress)
        return entry.id


def delete_progress(db: Database, entry_id: int) -> dict[str, Any]:
    """Remove an entry; returns its data (for :func:`restore_progress`). When the entry
    had set the task's status, the task goes back to what it was before the entry (or,
    if that is unknown, to its latest remaining entry)."""
    with db.transaction() as session:
        entry = session.get(ProgressEntry, entry_id)
        if entry is None:
            raise InvalidInput("Không tìm thấy lần ghi nhận tiến độ này: có thể nó đã bị "
                               "xóa ở nơi khác.")
        task = _task(session, entry.task_id)
        data = {
            "id": entry.id, "task_id": entry.task_id, "period": entry.period,
            "status": entry.status, "progress": entry.progress, "note": entry.note,
            "evidence": entry.evidence, "recorded_by": entry.recorded_by,
            "recorded_at": entry.recorded_at.isoformat(),
            "task_status": task.status, "task_progress": task.progress,
        }
        governs = _latest_entry_id(session, task.id) == entry.id
        session.delete(entry)
        session.flush()
        if governs and (task.status, task.progress) == (entry.status, entry.progress):
            before = _status_before(session, task.id, entry_id)
            if before is None:
                latest = session.get(ProgressEntry, _latest_entry_id(session, task.id) or -1)
                before = (latest.status, latest.progress) if latest else None
            if before is not None and before != (task.status, task.progress):
                task.status, task.progress, task.updated_at = before[0], before[1], utcnow()
        audit.record(session, "progress.delete", entity="task", entity_id=task.id,
                     entry_id=entry_id, period=data["period"], status=data["status"],
                     progress=data["progress"])
    return data


def restore_progress(db: Database, data: dict[str, Any]) -> int:
    """Put back an entry removed by :func:`delete_progress` (same author and time), and
    the task's status and progress as they were then. Returns the entry's id."""
    with db.transaction() as session:
        task = _task(session, data["task_id"])
        entry_id = data.get("id")
        if entry_id is not None and session.get(ProgressEntry, entry_id) is not None:
            entry_id = None  # taken meanwhile: a new id
        entry = ProgressEntry(
            id=entry_id, task_id=task.id, period=data["period"], status=data["status"],
            progress=data["progress"], note=data["note"], evidence=data["evidence"],
            recorded_by=data["recorded_by"],
            recorded_at=dt.datetime.fromisoformat(data["recorded_at"]))
        session.add(entry)
        session.flush()
        if (task.status, task.progress) != (data["task_status"], data["task_progress"]):
            task.status, task.progress = data["task_status"], data["task_progress"]
            task.updated_at = utcnow()
        audit.record(session, "progress.restore", entity="task", entity_id=task.id,
                     entry_id=entry.id, period=data["period"], status=data["status"],
                     progress=data["progress"])
        return entry.id


# --------------------------------------------------------------------------- history


def task_history(db: Database, task_id: int) -> TaskHistory:
    """The task's facts, its progress entries and the changes the audit log holds."""
    with db.transaction() as session:
        task = _task(session, task_id)
        plan_year = session.scalar(select(Plan.year).where(Plan.id == task.plan_id))
        names = dict(session.execute(select(Unit.id, Unit.name)).all())
        co_ids = session.scalars(select(task_co_units.c.unit_id)
                                 .where(task_co_units.c.task_id == task_id)
                                 .order_by(task_co_units.c.position)).all()
        facts = TaskFacts(
            id=task.id, stt=task.position + 1, text=task.text, group=task.group_name or "",
            lead_unit_name=names.get(task.lead_unit_id, "") if task.lead_unit_id else "",
            co_unit_names=tuple(names.get(u, "") for u in co_ids),
            deadline=task.deadline, deadline_text=task.deadline_text or "",
            output=task.output or "", status=TaskStatus(task.status),
            progress=task.progress or 0, plan_year=plan_year or task.created_at.year)
        rows = session.scalars(select(ProgressEntry)
                               .where(ProgressEntry.task_id == task_id)).all()
        entries = sorted(
            (ProgressRecord(e.id, Period.parse(e.period), TaskStatus(e.status), e.progress,
                            e.note or "", e.evidence or "", e.recorded_by or "",
                            e.recorded_at) for e in rows),
            key=lambda r: (r.period.last_day, r.recorded_at, r.id), reverse=True)
        audit_rows = session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "task",
                                     or_(AuditEntry.entity_id == task_id,
                                         AuditEntry.entity_id.is_(None)))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())).all()
        changes = tuple(
            AuditChange(a.at, a.os_user, a.action, describe_change(a.action, a.detail or {},
                                                                   names))
            for a in audit_rows
            if a.entity_id == task_id or task_id in (a.detail or {}).get("task_ids", ()))
    return TaskHistory(facts, tuple(entries), changes)


_FIELD_LABELS = {
    "text": "nội dung", "group": "trụ cột", "lead_unit": "đơn vị chủ trì",
    "co_units": "đơn vị phối hợp", "deadline": "thời hạn", "output": "sản phẩm",
    "progress": "tiến độ", "status": "trạng thái",
}


def describe_change(action: str, detail: dict, unit_names: dict[int, str] | None = None) -> str:
    """An audit entry in the officer's words: "đổi trạng thái → hoàn thành"."""
    names = unit_names or {}
    if action in ("progress.record", "progress.delete", "progress.restore"):
        verb = {"progress.record": "ghi nhận tiến độ", "progress.delete": "xóa ghi nhận tiến độ",
                "progress.restore": "khôi phục ghi nhận tiến độ"}[action]
        return (f"{verb} {_period_label(detail.get('period'))}: "
                f"{_status_label(detail.get('status'))}, {detail.get('progress', 0)} %")
    if action == "task.set_status":
        text = f"đổi trạng thái → {_status_label(detail.get('status'))}"
        if detail.get("progress") is not None:
            text += f", {detail['progress']} %"
        return text
    for prefix, verb in (("task.set_", "đổi"), ("task.restore_", "hoàn tác, đưa")):
        if action.startswith(prefix):
            field = action[len(prefix):]
            label = _FIELD_LABELS.get(field, field)
            if prefix == "task.restore_":
                return f"hoàn tác thay đổi {label}"
            return f"{verb} {label} → {_value_text(field, detail.get('value'), names)}"
    return action


def _value_text(field: str, value: Any, names: dict[int, str]) -> str:
    if value is None or value == "" or value == []:
        return "(để trống)"
    if field == "lead_unit":
        return names.get(value, f"đơn vị số {value}")
    if field == "co_units":
        return ", ".join(names.get(v, f"đơn vị số {v}") for v in value)
    if field == "deadline":
        try:
            return format_date(dt.date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if field == "progress":
        return f"{value} %"
    if field == "status":
        return _status_label(value)
    text = str(value)
    return text if len(text) <= 80 else text[:79] + "…"


def _status_label(code: Any) -> str:
    try:
        return TaskStatus(code).label
    except ValueError:
        return str(code)


def _period_label(code: Any) -> str:
    try:
        return Period.parse(str(code)).label
    except InvalidInput:
        return str(code)


# --------------------------------------------------------------------------- helpers


def _task(session: Session, task_id: int) -> Task:
    task = session.get(Task, task_id) if isinstance(task_id, int) else None
    if task is None:
        raise InvalidInput(f"Không tìm thấy nhiệm vụ số {task_id}.")
    return task


def _latest_entry_id(session: Session, task_id: int) -> int | None:
    """The entry that sets the task's status: its period ends last; the newest wins."""
    rows = session.execute(select(ProgressEntry.id, ProgressEntry.period,
                                  ProgressEntry.recorded_at)
                           .where(ProgressEntry.task_id == task_id)).all()
    if not rows:
        return None
    return max(rows, key=lambda r: (Period.parse(r.period).last_day, r.recorded_at, r.id)).id


def _status_before(session: Session, task_id: int, entry_id: int) -> tuple[str, int] | None:
    """The task's status and progress before ``entry_id`` was recorded (audit log)."""
    for detail in session.scalars(select(AuditEntry.detail)
                                  .where(AuditEntry.action == "progress.record",
                                         AuditEntry.entity_id == task_id)
                                  .order_by(AuditEntry.id.desc())):
        if detail and detail.get("entry_id") == entry_id and detail.get("task_updated"):
            return detail.get("old_status"), detail.get("old_progress")
    return None
