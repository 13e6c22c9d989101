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

from sqlalchemy import func, insert, select

from dxdesk.domain.period import Period
from dxdesk.domain.status import TaskStatus
from dxdesk.errors import InvalidInput
from dxdesk.model import (DistrictProfile, Plan, PlanBasis, PlanSection, ProgressEntry,
                          RecipientPreset, SignerPreset, Target, TargetActual, Task, Template,
                          Unit, task_co_units)
from dxdesk.paths import resources_dir
from dxdesk.services import audit
from dxdesk.services import demo_data as data
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
    """Fill an empty database with the demo; returns the plan's id."""
    from dxdesk.importing import parse_file

    today = today or dt.date.today()
    parsed = parse_file(sample_template_path())
    summary = store_template(db, parsed.to_json_dict(), parsed.source_sha256)
    rng = random.Random(20231)
    with db.transaction() as session:
        session.add(DistrictProfile(id=1, **data.DISTRICT))
        units = [Unit(name=n, short_name=s, kind=k, position=i)
                 for i, (n, s, k) in enumerate(data.UNITS)]
        session.add_all(units)
        for i, (name, kind, items) in enumerate(data.RECIPIENT_PRESETS):
            session.add(RecipientPreset(name=name, doc_kind=kind, items=items, position=i))
        for i, (name, lines, signer) in enumerate(data.SIGNER_PRESETS):
            session.add(SignerPreset(name=name, lines=lines, signer_name=signer, position=i))
        template = session.get(Template, summary.template_id)
        plan = Plan(year=today.year, template_id=template.id,
                    issuer_lines=data.DISTRICT["issuer_lines"],
                    place_name=data.DISTRICT["place_name"],
                    title=f"Chuyển đổi số {data.DISTRICT['name']} năm {today.year}")
        session.add(plan)
        session.flush()
        sections = _add_outline(session, plan, template)
        _add_targets(session, plan, template, sections["objectives"], today, rng)
        by_short = {u.short_name: u for u in units}
        count = _add_tasks(session, plan, template, sections, by_short, size, today, rng)
        audit.record(session, "demo.create", entity="plan", entity_id=plan.id, tasks=count)
        return plan.id


def _add_outline(session, plan: Plan, template: Template) -> dict:
    """The outline of a district plan, the way the Ba Tơ plan is laid out."""
    def section(position, label, title, kind, body="", parent=None):
        item = PlanSection(plan_id=plan.id, parent_id=parent.id if parent else None,
                           position=position, label=label, title=title, kind=kind, body=body)
        session.add(item)
        session.flush()
        return item

    section(0, "I", "CĂN CỨ LẬP KẾ HOẠCH", "bases")
    province = f"{template.doc_type or 'Kế hoạch'} số {template.number or '…'}"
    if template.issued_on:
        province += f" ngày {template.issued_on:%d/%m/%Y}"
    province += f" của UBND {data.DISTRICT['province']} về {template.title or 'chuyển đổi số'}"
    texts = [province.replace("KẾ HOẠCH", "Kế hoạch")] + [b.text for b in template.bases]
    session.add_all(PlanBasis(plan_id=plan.id, position=i, text=t) for i, t in enumerate(texts))
    objectives = section(1, "II", "MỤC TIÊU", "objectives",
                         "Đẩy mạnh chuyển đổi số trên địa bàn huyện, góp phần nâng cao chỉ số "
                         "chuyển đổi số (DTI) của huyện.")
    tasks = section(2, "III", "NHIỆM VỤ", "tasks")
    groups = {pillar: section(3 + i, str(i + 1), pillar, "group", parent=tasks)
              for i, pillar in enumerate(data.PILLARS)}
    section(20, "IV", "GIẢI PHÁP", "solutions",
            "Tăng cường vai trò người đứng đầu; huy động nguồn lực; kiểm tra, đánh giá hằng năm.")
    section(21, "V", "KINH PHÍ", "funding",
            "Kinh phí thực hiện từ ngân sách huyện theo phân cấp và các nguồn hợp pháp khác.")
    section(22, "VI", "TỔ CHỨC THỰC HIỆN", "organization",
            "Các cơ quan, đơn vị, UBND các xã, thị trấn báo cáo kết quả thực hiện hằng quý "
            "trước ngày 12 của tháng cuối quý về Phòng Văn hóa và Thông tin.")
    return {"objectives": objectives, "tasks": tasks, "groups": groups}


def _add_targets(session, plan, template, section, today, rng) -> None:
    past_quarters = [Period(today.year, f"Q{q}") for q in range(1, 5)
                     if Period(today.year, f"Q{q}").last_day < today]
    for i, source in enumerate(template.targets):
        value = source.value
        target = Target(plan_id=plan.id, section_id=section.id, position=i, text=source.text,
                        value=value, unit=source.unit, horizon=plan.year,
                        province_value=value, source_target_id=source.id,
                        baseline=round(value * rng.uniform(0.3, 0.7), 1) if value else None)
        session.add(target)
        session.flush()
        if value is None:
            continue
        reached = target.baseline or 0
        for period in past_quarters:
            reached = min(value * 1.05, reached + value * rng.uniform(0.05, 0.2))
            session.add(TargetActual(target_id=target.id, period=period.code,
                                     value=round(reached, 1)))


def _add_tasks(session, plan, template, sections, units, size, today, rng) -> int:
    """``size`` tasks: the template's, then variations of them per commune. Bulk inserts
    with explicit ids so that 20,000 tasks take a second or two."""
    sources = list(template.tasks)
    first_id = (session.scalar(select(func.max(Task.id))) or 0) + 1
    unit_list = list(units.values())
    year_start, year_end = dt.date(plan.year, 1, 15), dt.date(plan.year, 12, 31)
    span = (year_end - year_start).days
    tasks, co_rows, entries = [], [], []
    for n in range(size):
        source = sources[n % len(sources)]
        group = source.group_name if source.group_name in sections["groups"] else data.PILLARS[n % 10]
        rounds = n // len(sources)
        text = source.text.rstrip(";.")
        if rounds:
            commune = data.COMMUNES[(rounds - 1) % len(data.COMMUNES)]
            text = f"{text} tại {commune}" + (f" (đợt {rounds})" if rounds > len(data.COMMUNES) else "")
        deadline = year_start + dt.timedelta(days=rng.randrange(span))
        status, progress = _status_for(deadline, today, rng)
        task_id = first_id + n
        lead = units[data.PILLAR_LEADS.get(group, "VHTT")]
        tasks.append({
            "id": task_id, "plan_id": plan.id, "section_id": sections["groups"][group].id,
            "position": n, "text": text, "group_name": group, "lead_unit_id": lead.id,
            "deadline": deadline, "status": status.value, "progress": progress,
            "source_task_id": source.id, "output": "Báo cáo kết quả thực hiện",
            "deadline_text": "", "budget_note": "", "is_carried_over": False,
        })
        for position, unit in enumerate(rng.sample(unit_list, rng.randrange(3))):
            if unit.id != lead.id:
                co_rows.append({"task_id": task_id, "unit_id": unit.id, "position": position})
        entries.extend(_history(task_id, status, progress, deadline, today, rng))
    session.execute(insert(Task), tasks)
    if co_rows:
        session.execute(insert(task_co_units), co_rows)
    if entries:
        session.execute(insert(ProgressEntry), entries)
    return len(tasks)


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


def _history(task_id, status, progress, deadline, today, rng):
    """One progress entry per past quarter, rising to the current progress."""
    quarters = [Period(today.year, f"Q{q}") for q in range(1, 5)]
    past = [p for p in quarters if p.last_day < today and p.first_day <= deadline]
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
