"""Targets (chỉ tiêu) of a plan: listing with the latest actual, editing, actuals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from dxdesk.domain.period import Period
from dxdesk.domain.targets import is_at_risk, latest_by_period
from dxdesk.errors import InvalidInput
from dxdesk.model import Plan, Target, TargetActual, utcnow
from dxdesk.services import audit
from dxdesk.store import Database
from dxdesk.text import clean

EDITABLE = ("text", "value", "unit", "baseline")


@dataclass(frozen=True)
class TargetRow:
    id: int
    position: int
    text: str
    value: float | None
    unit: str | None
    province_value: float | None
    baseline: float | None
    latest_period: str | None
    latest_actual: float | None
    at_risk: bool = False  # behind the share of the year gone (domain.targets)

    @property
    def reached_percent(self) -> float | None:
        """How far the latest actual has come towards the plan value, in %."""
        if self.value in (None, 0) or self.latest_actual is None:
            return None
        return round(100 * self.latest_actual / self.value, 1)


def list_targets(db: Database, plan_id: int, today: dt.date | None = None) -> list[TargetRow]:
    today = today or dt.date.today()
    with db.transaction() as session:
        year = session.scalar(select(Plan.year).where(Plan.id == plan_id))
        targets = session.scalars(select(Target).where(Target.plan_id == plan_id)
                                  .order_by(Target.position)).all()
        latest = latest_by_period(
            (target_id, period, value) for target_id, period, value in session.execute(
                select(TargetActual.target_id, TargetActual.period, TargetActual.value)
                .join(Target).where(Target.plan_id == plan_id)))
        rows = []
        for t in targets:
            period, value = latest.get(t.id, (None, None))
            rows.append(TargetRow(t.id, t.position, t.text, t.value, t.unit, t.province_value,
                                  t.baseline, period, value,
                                  is_at_risk(t.value, t.baseline, value, year, today)))
        return rows


def update_target(db: Database, target_id: int, **changes) -> dict:
    """Change text, value, unit or baseline; returns the old values (for undo)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    with db.transaction() as session:
        target = session.get(Target, target_id)
        if target is None:
            raise InvalidInput("Chỉ tiêu này không còn trong kế hoạch.")
        old = {key: getattr(target, key) for key in changes}
        for key, value in changes.items():
            if key in ("text", "unit"):
                value = clean(value or "") or None
                if key == "text" and not value:
                    raise InvalidInput("Nội dung chỉ tiêu không được để trống.")
            elif value is not None:
                value = float(value)
                if value < 0:
                    raise InvalidInput("Giá trị chỉ tiêu không được âm.")
            setattr(target, key, value)
        audit.record(session, "target.update", entity="target", entity_id=target_id,
                     old=old, new=changes)
        return old


def set_actual(db: Database, target_id: int, period: str, value: float | None,
               note: str = "") -> float | None:
    """Record the value reached in ``period`` (None clears it); returns the old value."""
    code = Period.parse(period).code
    with db.transaction() as session:
        if session.get(Target, target_id) is None:
            raise InvalidInput("Chỉ tiêu này không còn trong kế hoạch.")
        actual = session.scalar(select(TargetActual).where(TargetActual.target_id == target_id,
                                                           TargetActual.period == code))
        old = actual.value if actual else None
        if value is None:
            if actual is not None:
                session.delete(actual)
        elif actual is None:
            session.add(TargetActual(target_id=target_id, period=code, value=float(value),
                                     note=clean(note)))
        else:
            actual.value, actual.note, actual.recorded_at = float(value), clean(note), utcnow()
        audit.record(session, "target.actual", entity="target", entity_id=target_id,
                     period=code, old=old, new=value)
        return old


def actuals_for(db: Database, plan_id: int, period: str) -> dict[int, float | None]:
    """The value each target of the plan reached in ``period`` (only those recorded)."""
    code = Period.parse(period).code
    with db.transaction() as session:
        return dict(session.execute(
            select(TargetActual.target_id, TargetActual.value).join(Target)
            .where(Target.plan_id == plan_id, TargetActual.period == code)).all())
