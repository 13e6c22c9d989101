"""``dxdesk demo``: a realistic demo database for a fictional district.

Sơn Hà Mẫu district, its units, the sample province plan of ``resources/samples`` imported
as a template, and the district's plan for the current year with ``size`` tasks over the
ten pillars — deadlines spread over the year, some late, progress history, targets with
actuals. Built in one transaction; fast enough for ``--size 20000``.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import bindparam, insert, select, update

from dxdesk.domain.period import Period
from dxdesk.domain.status import TaskStatus
from dxdesk.errors import InvalidInput
from dxdesk.model import (DistrictProfile, Plan, ProgressEntry, RecipientPreset,
                          SignerPreset, TargetActual, Task, TemplateTask, Unit)
from dxdesk.paths import resources_dir
from dxdesk.services import audit
from dxdesk.services import demo_data as data
from dxdesk.services.plans import NewPlan, TaskChoice, create_plan, inherit_everything
from dxdesk.services.templates import store_template
from dxdesk.store import Database, create_database

DEFAULT_SIZE = 60


def sample_template_path() -> Path:
    return resources_dir() / data.SAMPLE_TEMPLATE


def create_demo_database(path: Path, *, size: int = DEFAULT_SIZE,
                         today: dt.date | None = None) -> Path:
    """A new database file at ``path`` (which must not exist) holding the demo."""
    if size < 1:
        raise InvalidInput("Số nhiệm vụ mẫu phải lớn hơn 0.")
    return create_database(path, populate=lambda db: populate_demo(db, size=size, today=today))


def populate_demo(db: Database, *, size: int = DEFAULT_SIZE,
                  today: dt.date | None = None) -> int:
    """Fill an empty database with the demo, through the same services an officer uses:
    import the province plan, set up the district, draft the plan, then a year of
    follow-up. Returns the plan's id."""
    from dxdesk.importing import parse_file

    today = today or dt.date.today()
    rng = random.Random(20231)
    parsed = parse_file(sample_template_path())
    template_id = store_template(db, parsed.to_json_dict(), parsed.source_sha256).template_id
    units = _set_up_district(db)
    request = inherit_everything(db, template_id, today.year)
    request.tasks = _assignments(db, request, units, size, today.year, rng)
    plan_id = create_plan(db, request)
    _simulate_follow_up(db, plan_id, today, rng)
    return plan_id


def _set_up_district(db: Database) -> dict[str, int]:
    with db.transaction() as session:
        session.add(DistrictProfile(id=1, **data.DISTRICT))
        units = [Unit(name=n, short_name=s, kind=k, position=i)
                 for i, (n, s, k) in enumerate(data.UNITS)]
        session.add_all(units)
        for i, (name, kind, items) in enumerate(data.RECIPIENT_PRESETS):
            session.add(RecipientPreset(name=name, doc_kind=kind, items=items, position=i))
        for i, (name, lines, signer) in enumerate(data.SIGNER_PRESETS):
            session.add(SignerPreset(name=name, lines=lines, signer_name=signer, position=i))
        session.flush()
        return {u.short_name: u.id for u in units}


def _assignments(db, request: NewPlan, units: dict[str, int], size: int, year: int,
                 rng: random.Random) -> list[TaskChoice]:
    """``size`` tasks: the template's, then the same per commune, each with a lead unit by
    pillar, a co-unit or two and a deadline somewhere in the year."""
    with db.transaction() as session:
        groups = dict(session.execute(
            select(TemplateTask.id, TemplateTask.group_name)
            .where(TemplateTask.template_id == request.template_id)).all())
        texts = dict(session.execute(
            select(TemplateTask.id, TemplateTask.text)
            .where(TemplateTask.template_id == request.template_id)).all())
    sources = [choice.source_task_id for choice in request.tasks]
    unit_ids = list(units.values())
    first, span = dt.date(year, 1, 15), 350
    choices = []
    for n in range(size):
        source = sources[n % len(sources)]
        rounds = n // len(sources)
        text = None
        if rounds:
            commune = data.COMMUNES[(rounds - 1) % len(data.COMMUNES)]
            text = f"{texts[source].rstrip(';. ')} tại {commune}"
            if rounds > len(data.COMMUNES):
                text += f" (đợt {rounds})"
        lead = units[data.PILLAR_LEADS.get(groups[source] or "", "VHTT")]
        choices.append(TaskChoice(
            source_task_id=source, text=text, lead_unit_id=lead,
            co_unit_ids=[u for u in rng.sample(unit_ids, rng.randrange(3)) if u != lead],
            deadline=first + dt.timedelta(days=rng.randrange(span))))
    return choices


def _simulate_follow_up(db: Database, plan_id: int, today: dt.date,
                        rng: random.Random) -> None:
    """Statuses as the year has gone (some late), quarterly progress entries, actuals."""
    with db.transaction() as session:
        plan = session.get(Plan, plan_id)
        rows = session.execute(select(Task.id, Task.deadline).where(Task.plan_id == plan_id)
                               .order_by(Task.id)).all()
        quarters = [p for p in (Period(today.year, f"Q{q}") for q in range(1, 5))
                    if p.last_day < today]
        updates, entries = [], []
        for task_id, deadline in rows:
            status, progress = _status_for(deadline, today, rng)
            updates.append({"task": task_id, "new_status": status.value, "new_progress": progress})
            entries.extend(_history(task_id, status, progress, deadline, quarters, rng))
        table = Task.__table__
        session.execute(update(table).where(table.c.id == bindparam("task"))
                        .values(status=bindparam("new_status"),
                                progress=bindparam("new_progress")), updates)
        if entries:
            session.execute(insert(ProgressEntry.__table__), entries)
        _add_actuals(session, plan, today, rng)
        audit.record(session, "demo.create", entity="plan", entity_id=plan_id,
                     tasks=len(rows))


def _add_actuals(session, plan: Plan, today: dt.date, rng: random.Random) -> None:
    past_quarters = [Period(plan.year, f"Q{q}") for q in range(1, 5)
                     if Period(plan.year, f"Q{q}").last_day < today]
    for target in plan.targets:
        if target.value is None:
            continue
        target.baseline = round(target.value * rng.uniform(0.3, 0.7), 1)
        reached = target.baseline
        for period in past_quarters:
            reached = min(target.value * 1.05, reached + target.value * rng.uniform(0.05, 0.2))
            session.add(TargetActual(target_id=target.id, period=period.code,
                                     value=round(reached, 1)))


def _status_for(deadline: dt.date, today: dt.date, rng: random.Random):
    roll = rng.random()
    if deadline < today:
        if roll < 0.65:
            return TaskStatus.DONE, 100
        if roll < 0.75:
            return TaskStatus.DONE_LATE, 100
        if roll < 0.95:
            return TaskStatus.OVERDUE, rng.choice([20, 40, 60, 80])
        return TaskStatus.STOPPED, rng.choice([0, 30])
    if roll < 0.55:
        return TaskStatus.IN_PROGRESS, rng.choice([10, 25, 40, 50, 70, 90])
    return TaskStatus.NOT_STARTED, 0


def _history(task_id, status, progress, deadline, quarters, rng):
    """One progress entry per past quarter up to the deadline, rising to the progress."""
    past = [p for p in quarters if p.first_day <= deadline]
    rows = []
    for i, period in enumerate(past):
        last = i == len(past) - 1
        value = progress if last else int(progress * (i + 1) / (len(past) + 1))
        rows.append({
            "task_id": task_id, "period": period.code,
            "status": status.value if last else TaskStatus.IN_PROGRESS.value,
            "progress": value, "note": rng.choice(data.PROGRESS_NOTES),
            "evidence": f"Báo cáo số {rng.randrange(10, 300)}/BC-UBND",
            "recorded_by": "demo",
            "recorded_at": dt.datetime.combine(period.last_day, dt.time(9, 0)),
        })
    return rows
