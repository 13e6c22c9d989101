"""The units directory (Qt-free): list, add, rename, kind, move, deactivate, reactivate
and merge units.

One function per user action, one transaction each, one audit entry each; bad input is
refused with :class:`~dxdesk.errors.InvalidInput` and changes nothing. The directory is
ordered by ``Unit.position``: active units first, dense ``0..n-1``, then the inactive
(deactivated or merged) ones after them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from dxdesk.domain.status import UnitKind
from dxdesk.errors import InvalidInput
from dxdesk.model import Task, Unit, task_co_units, utcnow
from dxdesk.services import audit
from dxdesk.services.field_checks import InvalidField, check_abbreviation, required_text
from dxdesk.store import Database

__all__ = [
    "MergeResult", "UnitRow",
    "list_units", "get_unit", "add_unit", "rename_unit", "set_unit_kind", "move_unit",
    "merge_preview", "merge_units", "deactivate_unit", "reactivate_unit",
]


@dataclass(frozen=True)
class UnitRow:
    id: int
    name: str
    short_name: str
    kind: UnitKind
    position: int
    active: bool
    merged_into_id: int | None
    lead_tasks: int  # tasks (of every plan) this unit leads
    co_tasks: int  # tasks it co-operates on


@dataclass(frozen=True)
class MergeResult:
    """What a merge did (or, from :func:`merge_preview`, would do)."""

    source_name: str
    target_name: str
    lead_moved: int  # tasks whose lead unit became the target
    co_moved: int  # co-unit links handed to the target
    co_dropped: int  # links removed: the target already co-operated, or now leads the task
    task_ids: tuple[int, ...] = field(default=(), repr=False)  # every task touched


def list_units(db: Database, include_inactive: bool = False) -> list[UnitRow]:
    """The units directory in its order (active units first), with task counts."""
    with db.transaction() as session:
        return _unit_rows(session, include_inactive)


def get_unit(db: Database, unit_id: int) -> UnitRow:
    with db.transaction() as session:
        _unit(session, unit_id)
        return next(r for r in _unit_rows(session, True) if r.id == unit_id)


def _unit_rows(session: Session, include_inactive: bool) -> list[UnitRow]:
    lead = dict(session.execute(select(Task.lead_unit_id, func.count())
                                .where(Task.lead_unit_id.is_not(None))
                                .group_by(Task.lead_unit_id)).all())
    co = dict(session.execute(select(task_co_units.c.unit_id, func.count())
                              .group_by(task_co_units.c.unit_id)).all())
    query = select(Unit).order_by(Unit.active.desc(), Unit.position, Unit.id)
    if not include_inactive:
        query = query.where(Unit.active.is_(True))
    return [UnitRow(id=u.id, name=u.name, short_name=u.short_name or "",
                    kind=_kind_or_other(u.kind), position=u.position, active=bool(u.active),
                    merged_into_id=u.merged_into_id, lead_tasks=lead.get(u.id, 0),
                    co_tasks=co.get(u.id, 0))
            for u in session.scalars(query)]


def _kind_or_other(value: str) -> UnitKind:
    try:
        return UnitKind(value)
    except ValueError:
        return UnitKind.OTHER


def add_unit(db: Database, name: str, short_name: str = "",
             kind: UnitKind | str = UnitKind.OFFICE) -> int:
    """Add a unit at the end of the active units. Returns its id."""
    name, short_name, kind = _unit_name(name), _short_name(short_name), _kind(kind)
    with db.transaction() as session:
        _check_unique(session, name, short_name)
        unit = Unit(name=name, short_name=short_name, kind=kind.value, active=True,
                    position=_active_count(session))
        session.add(unit)
        session.flush()
        _renumber(session)
        audit.record(session, "unit.add", entity="unit", entity_id=unit.id, name=name,
                     short_name=short_name, kind=kind.value)
        return unit.id


def rename_unit(db: Database, unit_id: int, name: str, short_name: str) -> tuple[str, str]:
    """Change a unit's name and short name. Returns the old ``(name, short_name)``."""
    name, short_name = _unit_name(name), _short_name(short_name)
    with db.transaction() as session:
        unit = _unit(session, unit_id)
        old = (unit.name, unit.short_name or "")
        if unit.active:
            _check_unique(session, name, short_name, except_id=unit_id)
        unit.name, unit.short_name = name, short_name
        audit.record(session, "unit.rename", entity="unit", entity_id=unit_id,
                     old_name=old[0], old_short_name=old[1], name=name, short_name=short_name)
        return old


def set_unit_kind(db: Database, unit_id: int, kind: UnitKind | str) -> UnitKind:
    """Change a unit's kind. Returns the old kind."""
    kind = _kind(kind)
    with db.transaction() as session:
        unit = _unit(session, unit_id)
        old = _kind_or_other(unit.kind)
        unit.kind = kind.value
        audit.record(session, "unit.set_kind", entity="unit", entity_id=unit_id,
                     old=old.value, kind=kind.value)
        return old


def move_unit(db: Database, unit_id: int, new_position: int) -> int:
    """Move an active unit to ``new_position`` (0-based, among the active units); the others
    shift. Returns its old position (move it back there to undo)."""
    with db.transaction() as session:
        unit = _unit(session, unit_id)
        if not unit.active:
            raise InvalidInput(f"Đơn vị “{unit.name}” đã ngừng sử dụng nên không sắp xếp lại "
                               "được; hãy dùng lại đơn vị trước.")
        _renumber(session)
        units = list(session.scalars(select(Unit).where(Unit.active.is_(True))
                                     .order_by(Unit.position, Unit.id)))
        if not 0 <= new_position < len(units):
            raise InvalidInput(f"Vị trí phải từ 1 đến {len(units)}.")
        old = units.index(unit)
        units.insert(new_position, units.pop(old))
        for position, each in enumerate(units):
            if each.position != position:
                each.position = position
        audit.record(session, "unit.move", entity="unit", entity_id=unit_id, old=old,
                     new=new_position)
        return old


def deactivate_unit(db: Database, unit_id: int) -> int:
    """Stop offering a unit for new assignments (its tasks keep it). The unit goes after the
    active ones. Returns its old position (for :func:`reactivate_unit`)."""
    with db.transaction() as session:
        unit = _unit(session, unit_id)
        if not unit.active:
            raise InvalidInput(f"Đơn vị “{unit.name}” đã ngừng sử dụng từ trước.")
        _renumber(session)
        old = unit.position
        unit.active = False
        _renumber(session)
        audit.record(session, "unit.deactivate", entity="unit", entity_id=unit_id,
                     old_position=old)
        return old


def reactivate_unit(db: Database, unit_id: int, position: int | None = None) -> None:
    """Use a deactivated unit again, at ``position`` among the active units (default: last).
    A unit merged into another cannot come back (its tasks have moved)."""
    with db.transaction() as session:
        unit = _unit(session, unit_id)
        if unit.active:
            raise InvalidInput(f"Đơn vị “{unit.name}” đang được sử dụng.")
        if unit.merged_into_id is not None:
            target = session.get(Unit, unit.merged_into_id)
            raise InvalidInput(f"Đơn vị “{unit.name}” đã được gộp vào “"
                               f"{target.name if target else '?'}” nên không dùng lại được; "
                               "hãy thêm đơn vị mới nếu cần.")
        _check_unique(session, unit.name, unit.short_name or "", except_id=unit_id)
        _renumber(session)
        count = _active_count(session)
        if position is None or not 0 <= position <= count:
            position = count
        for other in session.scalars(select(Unit).where(Unit.active.is_(True),
                                                        Unit.position >= position)):
            other.position += 1
        unit.active, unit.position = True, position
        _renumber(session)
        audit.record(session, "unit.reactivate", entity="unit", entity_id=unit_id,
                     position=position)


def merge_preview(db: Database, source_id: int, target_id: int) -> MergeResult:
    """What :func:`merge_units` would do, without changing anything (for the confirmation)."""
    with db.transaction() as session:
        source, target = _merge_pair(session, source_id, target_id)
        plan = _merge_plan(session, source_id, target_id)
        return _merge_result(source, target, plan)


def merge_units(db: Database, source_id: int, target_id: int) -> MergeResult:
    """Merge ``source`` into ``target``, all or nothing: every task led by the source is led
    by the target; the source's co-unit links go to the target, except where the target
    already co-operates on the task or leads it (those links are dropped); the source
    becomes inactive with ``merged_into_id``. A backup is made first."""
    with db.transaction() as session:
        _merge_pair(session, source_id, target_id)  # refuse before making a backup
    db.backup("before-merge")
    with db.transaction() as session:
        source, target = _merge_pair(session, source_id, target_id)
        plan = _merge_plan(session, source_id, target_id)
        result = _merge_result(source, target, plan)
        now = utcnow()
        for chunk in _chunks(plan["lead"]):
            session.execute(update(Task).where(Task.id.in_(chunk))
                            .values(lead_unit_id=target_id, updated_at=now))
        for chunk in _chunks(plan["move"]):
            session.execute(update(task_co_units)
                            .where(task_co_units.c.unit_id == source_id,
                                   task_co_units.c.task_id.in_(chunk))
                            .values(unit_id=target_id))
        for chunk in _chunks(plan["drop_source"]):
            session.execute(delete(task_co_units)
                            .where(task_co_units.c.unit_id == source_id,
                                   task_co_units.c.task_id.in_(chunk)))
        for chunk in _chunks(plan["drop_target"]):
            session.execute(delete(task_co_units)
                            .where(task_co_units.c.unit_id == target_id,
                                   task_co_units.c.task_id.in_(chunk)))
        touched = sorted((set(plan["move"]) | set(plan["drop_source"])
                          | set(plan["drop_target"])) - set(plan["lead"]))
        for chunk in _chunks(touched):
            session.execute(update(Task).where(Task.id.in_(chunk)).values(updated_at=now))
        session.execute(update(Unit).where(Unit.merged_into_id == source_id)
                        .values(merged_into_id=target_id))
        source.active, source.merged_into_id = False, target_id
        session.flush()
        _renumber(session)
        audit.record(session, "unit.merge", entity="unit", entity_id=source_id,
                     target_id=target_id, source_name=source.name, target_name=target.name,
                     lead_task_ids=plan["lead"], co_moved_task_ids=plan["move"],
                     co_dropped_task_ids=sorted(set(plan["drop_source"])
                                                | set(plan["drop_target"])))
        return result


def _merge_pair(session: Session, source_id: int, target_id: int) -> tuple[Unit, Unit]:
    if source_id == target_id:
        raise InvalidInput("Không gộp được một đơn vị vào chính nó: hãy chọn đơn vị khác.")
    source, target = _unit(session, source_id), _unit(session, target_id)
    for unit in (source, target):
        if not unit.active:
            raise InvalidInput(f"Đơn vị “{unit.name}” đã ngừng sử dụng nên không gộp được.")
    return source, target


def _merge_plan(session: Session, source_id: int, target_id: int) -> dict[str, list[int]]:
    lead = list(session.scalars(select(Task.id).where(Task.lead_unit_id == source_id)
                                .order_by(Task.id)))
    led_by_target = set(lead) | set(session.scalars(
        select(Task.id).where(Task.lead_unit_id == target_id)))
    source_co = list(session.scalars(select(task_co_units.c.task_id)
                                     .where(task_co_units.c.unit_id == source_id)
                                     .order_by(task_co_units.c.task_id)))
    target_co = set(session.scalars(select(task_co_units.c.task_id)
                                    .where(task_co_units.c.unit_id == target_id)))
    move = [t for t in source_co if t not in led_by_target and t not in target_co]
    drop_source = [t for t in source_co if t in led_by_target or t in target_co]
    # The target now leads the source's tasks: it cannot also co-operate on them.
    drop_target = sorted(set(lead) & target_co)
    return {"lead": lead, "move": move, "drop_source": drop_source, "drop_target": drop_target}


def _merge_result(source: Unit, target: Unit, plan: dict[str, list[int]]) -> MergeResult:
    touched = set().union(*plan.values())
    return MergeResult(source_name=source.name, target_name=target.name,
                       lead_moved=len(plan["lead"]), co_moved=len(plan["move"]),
                       co_dropped=len(plan["drop_source"]) + len(plan["drop_target"]),
                       task_ids=tuple(sorted(touched)))


def _chunks(ids: Sequence[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])


def _unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise InvalidInput(f"Không tìm thấy đơn vị số {unit_id}; có thể đơn vị đã bị xóa.")
    return unit


def _unit_name(name: str) -> str:
    return required_text(name, "Tên đơn vị", 300, "ví dụ “Phòng Nội vụ”", field="name")


def _short_name(short_name: str) -> str:
    return check_abbreviation(short_name, "Tên viết tắt của đơn vị", example="NV",
                              required=False, field="short_name")


def _kind(kind: UnitKind | str) -> UnitKind:
    try:
        return UnitKind(kind)
    except ValueError:
        labels = ", ".join(f"“{k.label}”" for k in UnitKind)
        raise InvalidInput(f"Loại đơn vị không hợp lệ: {kind!r}; chọn một trong "
                           f"{labels}.") from None


def _check_unique(session: Session, name: str, short_name: str,
                  except_id: int | None = None) -> None:
    for other in session.scalars(select(Unit).where(Unit.active.is_(True))):
        if other.id == except_id:
            continue
        if other.name.casefold() == name.casefold():
            raise InvalidField(f"Đã có đơn vị “{other.name}” trong danh mục; hãy đặt tên khác "
                               "hoặc dùng đơn vị đã có.", "name")
        if short_name and (other.short_name or "") == short_name:
            raise InvalidField(f"Tên viết tắt “{short_name}” đã dùng cho “{other.name}”; hãy "
                               "chọn tên viết tắt khác.", "short_name")


def _active_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Unit).where(Unit.active.is_(True)))


def _renumber(session: Session) -> None:
    """Dense positions 0..n-1: active units in their order, then the inactive ones."""
    session.flush()
    units = session.scalars(select(Unit).order_by(Unit.active.desc(), Unit.position, Unit.id))
    for position, unit in enumerate(units):
        if unit.position != position:
            unit.position = position

