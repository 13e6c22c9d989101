"""Editing tasks field by field, one task or many (Qt-free).

Each edit is one transaction with one audit-log entry and returns a :class:`FieldChange`
holding every task's previous value, so that the GUI can undo it with :func:`restore`
(again one transaction). A change to more than ``BULK_BACKUP_THRESHOLD`` tasks is
preceded by a backup. Status goes through :func:`dxdesk.services.tasks.set_status`.

Fields and the values they take:

========== ==========================================================================
field      value
========== ==========================================================================
text       non-empty text (the task's wording)
group      text (trụ cột / nhóm), may be empty
lead_unit  a unit id, or None
co_units   a sequence of unit ids (the task's own lead unit is left out)
deadline   a date (its year within the plan's year −1 … +10), None (no deadline), or
           a text such as "Thường xuyên" (kept as the deadline's wording, no date)
output     text (sản phẩm), may be empty
progress   a whole number 0–100
status     a TaskStatus (or its code or Vietnamese label)
========== ==========================================================================
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from dxdesk.domain.holidays import deadline_warning, format_date
from dxdesk.domain.status import TaskStatus, parse_progress
from dxdesk.errors import InvalidInput
from dxdesk.model import Plan, Task, Unit, task_co_units, utcnow
from dxdesk.services import audit
from dxdesk.services.tasks import BULK_BACKUP_THRESHOLD, set_status
from dxdesk.store import Database
from dxdesk.text import clean

__all__ = ["DEADLINE_YEARS_AFTER", "DEADLINE_YEARS_BEFORE", "Field", "FieldChange",
           "deadline_range", "restore", "set_field"]

_CHUNK = 500  # SQLite's bound-parameter limit, with room to spare
DEADLINE_YEARS_BEFORE = 1
DEADLINE_YEARS_AFTER = 10


class Field(str, enum.Enum):
    TEXT = "text"
    GROUP = "group"
    LEAD_UNIT = "lead_unit"
    CO_UNITS = "co_units"
    DEADLINE = "deadline"
    OUTPUT = "output"
    PROGRESS = "progress"
    STATUS = "status"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Field.TEXT: "nội dung nhiệm vụ", Field.GROUP: "trụ cột/nhóm",
    Field.LEAD_UNIT: "đơn vị chủ trì", Field.CO_UNITS: "đơn vị phối hợp",
    Field.DEADLINE: "thời hạn", Field.OUTPUT: "sản phẩm", Field.PROGRESS: "tiến độ",
    Field.STATUS: "trạng thái",
}


@dataclass(frozen=True)
class FieldChange:
    """What an edit did: ``old`` maps each task id to its previous value (the form
    :func:`restore` takes: for ``deadline`` a ``(date | None, text)`` pair, for
    ``status`` a ``(TaskStatus, progress)`` pair, for ``co_units`` a tuple of ids),
    ``new`` is the value set. ``task_ids`` is empty when nothing needed to change."""

    field: Field
    task_ids: tuple[int, ...]
    old: Mapping[int, Any]
    new: Any
    warning: str | None = None  # e.g. "Thời hạn 25/01/2025 rơi vào Thứ Bảy"
    changed: bool = field(default=True)


def deadline_range(plan_year: int) -> tuple[dt.date, dt.date]:
    """The deadlines accepted for a plan of ``plan_year``."""
    return (dt.date(plan_year - DEADLINE_YEARS_BEFORE, 1, 1),
            dt.date(plan_year + DEADLINE_YEARS_AFTER, 12, 31))


def set_field(db: Database, task_ids: Sequence[int], field: Field | str,
              value: Any) -> FieldChange:
    """Set ``field`` of every task in ``task_ids`` to ``value``, all or none."""
    field = _field(field)
    ids = sorted(set(task_ids))
    value = _coerce(field, value)
    warning = deadline_warning(value) if isinstance(value, dt.date) else None
    if not ids:
        return FieldChange(field, (), {}, value, warning, changed=False)
    if field is Field.STATUS:
        return _set_status(db, ids, value)
    if len(ids) > BULK_BACKUP_THRESHOLD:
        db.backup("before-bulk-change")
    with db.transaction() as session:
        old = _read(session, ids, field)
        new = {task_id: value for task_id in ids}
        if field is Field.DEADLINE:
            _check_deadline(session, ids, value)
            new = {task_id: _deadline_pair(value) for task_id in ids}
        elif field is Field.LEAD_UNIT and value is not None:
            _check_units(session, [value])
        elif field is Field.CO_UNITS:
            _check_units(session, value)
            new = _co_units_without_lead(session, ids, value)
        if all(old[task_id] == new[task_id] for task_id in ids):
            return FieldChange(field, tuple(ids), old, value, warning, changed=False)
        _write(session, field, new)
        audit.record(session, f"task.set_{field.value}", entity="task",
                     entity_id=ids[0] if len(ids) == 1 else None, task_ids=ids,
                     value=_json(value), old={str(k): _json(v) for k, v in old.items()})
    return FieldChange(field, tuple(ids), old, value, warning)


def restore(db: Database, change: FieldChange) -> FieldChange:
    """Put back the values ``change`` replaced (undo), in one transaction. Returns the
    change this makes, whose ``old`` holds the values it replaced (for redo)."""
    if not change.changed or not change.old:
        return FieldChange(change.field, change.task_ids, {}, None, changed=False)
    ids = sorted(change.old)
    if len(ids) > BULK_BACKUP_THRESHOLD:
        db.backup("before-bulk-change")
    with db.transaction() as session:
        current = _read(session, ids, change.field)
        _write(session, change.field, dict(change.old))
        audit.record(session, f"task.restore_{change.field.value}", entity="task",
                     entity_id=ids[0] if len(ids) == 1 else None, task_ids=ids,
                     old={str(k): _json(v) for k, v in current.items()},
                     value={str(k): _json(v) for k, v in change.old.items()})
    return FieldChange(change.field, tuple(ids), current, None)


# --------------------------------------------------------------------------- helpers


def _field(field: Field | str) -> Field:
    try:
        return Field(field)
    except ValueError:
        raise InvalidInput(f"Không sửa được trường “{field}” của nhiệm vụ.") from None


def _coerce(field: Field, value: Any) -> Any:
    """Check and normalise a value; raises InvalidInput with a Vietnamese message."""
    if field is Field.TEXT:
        text = clean(str(value or ""))
        if not text:
            raise InvalidInput("Nội dung nhiệm vụ không được để trống.")
        return text
    if field in (Field.GROUP, Field.OUTPUT):
        return clean(str(value or ""), keep_newlines=field is Field.OUTPUT)
    if field is Field.LEAD_UNIT:
        if value is None or value == "":
            return None
        return _unit_id(value)
    if field is Field.CO_UNITS:
        if value is None:
            return ()
        if isinstance(value, (str, bytes, int)):
            raise InvalidInput("Đơn vị phối hợp phải là một danh sách đơn vị.")
        return tuple(dict.fromkeys(_unit_id(v) for v in value))
    if field is Field.DEADLINE:
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            return clean(value) or None
        raise InvalidInput("Thời hạn phải là một ngày (dd/mm/yyyy) hoặc để trống.")
    if field is Field.PROGRESS:
        return parse_progress(value)
    if field is Field.STATUS:
        return TaskStatus.coerce(value)
    raise AssertionError(field)


def _unit_id(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(f"Đơn vị không hợp lệ: {value!r}.")
    return value


def _deadline_pair(value: dt.date | str | None) -> tuple[dt.date | None, str]:
    if isinstance(value, dt.date):
        return value, ""
    return None, value or ""


def _check_deadline(session: Session, ids: Sequence[int], value) -> None:
    if not isinstance(value, dt.date):
        return
    years = set()
    for chunk in _chunks(ids):
        years.update(session.scalars(select(Plan.year).join(Task, Task.plan_id == Plan.id)
                                     .where(Task.id.in_(chunk))))
    for year in sorted(years):
        first, last = deadline_range(year)
        if not first <= value <= last:
            raise InvalidInput(
                f"Thời hạn {format_date(value)} nằm ngoài khoảng hợp lý cho kế hoạch năm "
                f"{year} (từ {format_date(first)} đến {format_date(last)}): hãy kiểm tra "
                "lại năm.")


def _check_units(session: Session, unit_ids: Sequence[int]) -> None:
    if not unit_ids:
        return
    found = {i: merged for i, merged in session.execute(
        select(Unit.id, Unit.merged_into_id).where(Unit.id.in_(list(unit_ids))))}
    missing = [i for i in unit_ids if i not in found]
    if missing:
        raise InvalidInput(f"Không tìm thấy đơn vị số {', '.join(map(str, missing))}.")
    merged = [i for i in unit_ids if found[i] is not None]
    if merged:
        names = session.scalars(select(Unit.name).where(Unit.id.in_(merged)))
        raise InvalidInput(f"Đơn vị “{', '.join(names)}” đã được gộp vào đơn vị khác: "
                           "hãy chọn đơn vị mới.")


def _co_units_without_lead(session: Session, ids: Sequence[int],
                           unit_ids: tuple[int, ...]) -> dict[int, tuple[int, ...]]:
    leads = {}
    for chunk in _chunks(ids):
        leads.update(session.execute(select(Task.id, Task.lead_unit_id)
                                     .where(Task.id.in_(chunk))).all())
    return {task_id: tuple(u for u in unit_ids if u != leads.get(task_id)) for task_id in ids}


_COLUMNS = {
    Field.TEXT: (Task.text,), Field.GROUP: (Task.group_name,),
    Field.LEAD_UNIT: (Task.lead_unit_id,), Field.DEADLINE: (Task.deadline, Task.deadline_text),
    Field.OUTPUT: (Task.output,), Field.PROGRESS: (Task.progress,),
    Field.STATUS: (Task.status, Task.progress),
}


def _read(session: Session, ids: Sequence[int], field: Field) -> dict[int, Any]:
    """Every task's current value of ``field``; InvalidInput when a task is missing."""
    old: dict[int, Any] = {}
    for chunk in _chunks(ids):
        if field is Field.CO_UNITS:
            for task_id in session.scalars(select(Task.id).where(Task.id.in_(chunk))):
                old[task_id] = ()
            for task_id, unit_id in session.execute(
                    select(task_co_units.c.task_id, task_co_units.c.unit_id)
                    .where(task_co_units.c.task_id.in_(chunk))
                    .order_by(task_co_units.c.task_id, task_co_units.c.position)):
                old[task_id] = (*old[task_id], unit_id)
            continue
        columns = _COLUMNS[field]
        for task_id, *values in session.execute(select(Task.id, *columns)
                                                .where(Task.id.in_(chunk))):
            if field is Field.DEADLINE:
                old[task_id] = (values[0], values[1] or "")
            elif field is Field.STATUS:
                old[task_id] = (TaskStatus(values[0]), values[1])
            else:
                old[task_id] = values[0]
    missing = [i for i in ids if i not in old]
    if missing:
        raise InvalidInput(f"Không tìm thấy nhiệm vụ số {', '.join(map(str, missing[:10]))}.")
    return old


def _write(session: Session, field: Field, values: Mapping[int, Any]) -> None:
    """Give each task its own value (as _read returns them), updated_at now."""
    now = utcnow()
    ids = sorted(values)
    if field is Field.CO_UNITS:
        for chunk in _chunks(ids):
            session.execute(delete(task_co_units).where(task_co_units.c.task_id.in_(chunk)))
        links = [{"task_id": task_id, "unit_id": unit_id, "position": position}
                 for task_id in ids for position, unit_id in enumerate(values[task_id])]
        if links:
            session.execute(insert(task_co_units), links)
        for chunk in _chunks(ids):
            session.execute(update(Task).where(Task.id.in_(chunk)).values(updated_at=now))
        return
    distinct = set(values.values())
    if len(distinct) == 1:  # the usual case: one statement per 500 tasks
        row = _columns_of(field, distinct.pop())
        for chunk in _chunks(ids):
            session.execute(update(Task).where(Task.id.in_(chunk)).values(**row, updated_at=now))
        return
    session.execute(update(Task), [{"id": task_id, **_columns_of(field, values[task_id]),
                                    "updated_at": now} for task_id in ids])


def _columns_of(field: Field, value: Any) -> dict[str, Any]:
    if field is Field.DEADLINE:
        return {"deadline": value[0], "deadline_text": value[1]}
    if field is Field.STATUS:
        return {"status": TaskStatus(value[0]).value, "progress": value[1]}
    column = _COLUMNS[field][0]
    return {column.key: value}


def _set_status(db: Database, ids: list[int], status: TaskStatus) -> FieldChange:
    with db.transaction() as session:  # read only: the previous values, for undo
        old = _read(session, ids, Field.STATUS)
    if all(s is status for s, _progress in old.values()) and \
            (status not in (TaskStatus.DONE, TaskStatus.DONE_LATE)
             or all(p == 100 for _s, p in old.values())):
        return FieldChange(Field.STATUS, tuple(ids), old, status, changed=False)
    set_status(db, ids, status)  # one transaction, audit entry, backup when bulk
    return FieldChange(Field.STATUS, tuple(ids), old, status)


def _chunks(ids: Sequence[int]):
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start:start + _CHUNK])


def _json(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, TaskStatus):
        return value.value
    if isinstance(value, tuple):
        return [_json(v) for v in value]
    return value
