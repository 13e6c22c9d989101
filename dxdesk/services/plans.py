"""Drafting a district plan from a province template (the "new plan" wizard's service).

The outline is pre-filled the way a finished district plan is laid out (the Ba Tơ plan of
``shared/seeds``): I. Căn cứ (the province's plan first, then its bases), II. Mục tiêu with
the adapted targets, III. Nhiệm vụ grouped by pillar, IV. Giải pháp, V. Kinh phí, VI. Tổ
chức thực hiện generated from the assignments (each unit with its tasks). Every inherited
item keeps a link to its source in the template.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from dxdesk.domain.status import TaskStatus
from dxdesk.errors import InvalidInput
from dxdesk.model import (DistrictProfile, Plan, PlanBasis, PlanSection, Target, Task,
                          Template, TemplateTask, Unit, task_co_units)
from dxdesk.services import audit
from dxdesk.store import Database
from dxdesk.text import clean

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

SOLUTIONS_TEXT = ("Nâng cao vai trò, trách nhiệm của người đứng đầu các cơ quan, đơn vị, địa "
                  "phương trong chỉ đạo, tổ chức thực hiện chuyển đổi số; huy động các nguồn "
                  "lực, tăng cường hợp tác với doanh nghiệp công nghệ số; kiểm tra, đánh giá, "
                  "khen thưởng kịp thời.")
FUNDING_TEXT = ("Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách nhà nước theo phân cấp "
                "hiện hành, lồng ghép trong các chương trình, đề án và các nguồn kinh phí hợp "
                "pháp khác.")


@dataclass
class TargetChoice:
    """An inherited target, adapted to the district (value and wording)."""

    source_target_id: int
    text: str | None = None  # None: the template's wording
    value: float | None = None  # None: the template's value


@dataclass
class TaskChoice:
    """An inherited task with its assignment."""

    source_task_id: int
    lead_unit_id: int | None = None
    co_unit_ids: Sequence[int] = ()
    deadline: dt.date | None = None
    deadline_text: str = ""
    text: str | None = None


@dataclass
class NewPlan:
    template_id: int
    year: int
    targets: list[TargetChoice] = field(default_factory=list)
    tasks: list[TaskChoice] = field(default_factory=list)
    inherit_bases: bool = True
    title: str | None = None  # default: "Chuyển đổi số <huyện> năm <year>"
    previous_plan_id: int | None = None  # last year's plan, for a rollover


def inherit_everything(db: Database, template_id: int, year: int) -> NewPlan:
    """The wizard's starting point: every target and task checked, nothing assigned yet."""
    with db.transaction() as session:
        template = _template(session, template_id)
        return NewPlan(
            template_id=template_id, year=year,
            targets=[TargetChoice(t.id) for t in template.targets],
            tasks=[TaskChoice(t.id, deadline=_iso_date(t.deadline),
                              deadline_text="" if _iso_date(t.deadline) else (t.deadline or ""))
                   for t in template.tasks])


def create_plan(db: Database, request: NewPlan, *, carried: Sequence[int] = ()) -> int:
    """Create the plan in one transaction; ``carried`` are ids of last year's unfinished
    tasks to carry over (see ``rollover``). Returns the new plan's id."""
    if not 2000 <= request.year <= 2100:
        raise InvalidInput(f"Năm kế hoạch không hợp lệ: {request.year}.")
    if carried:  # a rollover also marks last year's tasks: keep a copy first
        db.backup("before-rollover")
    with db.transaction() as session:
        template = _template(session, request.template_id)
        profile = session.get(DistrictProfile, 1)
        if profile is None:
            raise InvalidInput("Hãy nhập thông tin huyện (Thiết lập › Thông tin huyện) "
                               "trước khi lập kế hoạch.")
        _check_units(session, request.tasks)
        plan = Plan(year=request.year, template_id=template.id,
                    previous_plan_id=request.previous_plan_id,
                    issuer_lines=profile.issuer_lines, place_name=profile.place_name,
                    title=clean(request.title or
                                f"Chuyển đổi số {profile.name} năm {request.year}"))
        session.add(plan)
        session.flush()
        builder = _OutlineBuilder(session, plan)
        _add_bases(session, builder, plan, template, profile, request.inherit_bases)
        _add_targets(session, builder, plan, template, request.targets)
        groups = _add_tasks(session, builder, plan, template, request.tasks)
        _carry_over(session, builder, plan, groups, carried)
        builder.section("IV", "GIẢI PHÁP", "solutions", _template_text(template, "solutions")
                        or SOLUTIONS_TEXT)
        builder.section("V", "KINH PHÍ", "funding",
                        _template_text(template, "funding") or FUNDING_TEXT)
        _add_organization(session, builder, plan, profile)
        audit.record(session, "plan.create", entity="plan", entity_id=plan.id,
                     template_id=template.id, year=request.year,
                     tasks=len(request.tasks) + len(carried))
        return plan.id


class _OutlineBuilder:
    def __init__(self, session: Session, plan: Plan):
        self.session, self.plan, self.position = session, plan, 0

    def section(self, label: str, title: str, kind: str, body: str = "",
                parent: PlanSection | None = None, source_heading_id: int | None = None
                ) -> PlanSection:
        item = PlanSection(plan_id=self.plan.id, parent_id=parent.id if parent else None,
                           position=self.position, label=label, title=title, kind=kind,
                           body=body, source_heading_id=source_heading_id)
        self.position += 1
        self.session.add(item)
        self.session.flush()
        return item


def _template(session: Session, template_id: int) -> Template:
    template = session.get(Template, template_id)
    if template is None:
        raise InvalidInput(f"Không tìm thấy mẫu kế hoạch số {template_id}.")
    return template


def _check_units(session: Session, tasks: Sequence[TaskChoice]) -> None:
    wanted = {t.lead_unit_id for t in tasks if t.lead_unit_id} | {
        u for t in tasks for u in t.co_unit_ids}
    if wanted:
        known = set(session.scalars(select(Unit.id).where(Unit.id.in_(wanted))))
        if wanted - known:
            raise InvalidInput("Có đơn vị được giao không còn trong danh mục đơn vị.")


def _add_bases(session, builder, plan, template, profile, inherit: bool) -> None:
    builder.section("I", "CĂN CỨ LẬP KẾ HOẠCH", "bases")
    texts = [province_plan_reference(template, profile)]
    if inherit:
        texts += [b.text for b in template.bases]
    session.add_all(PlanBasis(plan_id=plan.id, position=i, text=text,
                              source_basis_id=None if i == 0 else template.bases[i - 1].id)
                    for i, text in enumerate(texts))


def province_plan_reference(template: Template, profile: DistrictProfile) -> str:
    """"Kế hoạch số 189/KH-UBND ngày 09/12/2022 của UBND tỉnh Quảng Ngãi về Chuyển đổi số
    tỉnh Quảng Ngãi năm 2023" — the first căn cứ of a district plan."""
    kind = (template.doc_type or "Kế hoạch").capitalize()
    text = kind
    if template.number:
        text += f" số {template.number}"
    if template.issued_on:
        text += f" ngày {template.issued_on.day:02d}/{template.issued_on.month:02d}/" \
                f"{template.issued_on.year}"
    issuer = f"UBND {profile.province}" if profile.province else _issuer_short(template.issuer)
    if issuer:
        text += f" của {issuer}"
    if template.title:
        text += f" về {template.title}"
    return clean(text)


def _issuer_short(issuer: str | None) -> str:
    if not issuer:
        return ""
    return clean(issuer.replace("ỦY BAN NHÂN DÂN", "UBND").title().replace("Ubnd", "UBND"))


def _add_targets(session, builder, plan, template, choices: Sequence[TargetChoice]) -> None:
    section = builder.section("II", "MỤC TIÊU", "objectives",
                              _template_text(template, "objectives"))
    sources = {t.id: t for t in template.targets}
    for position, choice in enumerate(choices):
        source = sources.get(choice.source_target_id)
        if source is None:
            raise InvalidInput("Chỉ tiêu được chọn không thuộc mẫu kế hoạch này.")
        session.add(Target(
            plan_id=plan.id, section_id=section.id, position=position,
            text=clean(choice.text) if choice.text else source.text,
            value=choice.value if choice.value is not None else source.value,
            unit=source.unit, horizon=plan.year, province_value=source.value,
            source_target_id=source.id))


def _add_tasks(session, builder, plan, template, choices: Sequence[TaskChoice]) -> dict:
    """III. NHIỆM VỤ with one sub-section per group (pillar), in the template's order."""
    tasks_section = builder.section("III", "NHIỆM VỤ", "tasks")
    sources = {t.id: t for t in template.tasks}
    groups: dict[str, PlanSection] = {}
    rows = []
    for choice in choices:
        source: TemplateTask | None = sources.get(choice.source_task_id)
        if source is None:
            raise InvalidInput("Nhiệm vụ được chọn không thuộc mẫu kế hoạch này.")
        group = source.group_name or "Nhiệm vụ khác"
        if group not in groups:
            groups[group] = builder.section(str(len(groups) + 1), group, "group",
                                            parent=tasks_section)
        rows.append(_task_row(plan, groups[group], group, choice, source))
    _insert_tasks(session, rows)
    groups["__section__"] = tasks_section
    return groups


def _task_row(plan, section, group, choice: TaskChoice, source: TemplateTask) -> dict:
    return {
        "plan_id": plan.id, "section_id": section.id, "text":
        clean(choice.text) if choice.text else source.text.rstrip(";. "),
        "group_name": group, "lead_unit_id": choice.lead_unit_id,
        "co_unit_ids": list(choice.co_unit_ids), "deadline": choice.deadline,
        "deadline_text": clean(choice.deadline_text or ""), "source_task_id": source.id,
        "output": source.output or "",  # the product the province's plan names
        "status": TaskStatus.NOT_STARTED.value, "progress": 0,
    }


def _insert_tasks(session: Session, rows: list[dict]) -> None:
    """Bulk insert with explicit ids (fast for thousands), co-units in order."""
    first = (session.scalar(select(func.max(Task.id))) or 0) + 1
    start = (session.scalar(select(func.max(Task.position)).where(
        Task.plan_id == rows[0]["plan_id"])) if rows else None)
    start = -1 if start is None else start
    co_rows = []
    for offset, row in enumerate(rows):
        row["id"] = first + offset
        row["position"] = start + 1 + offset
        for position, unit_id in enumerate(dict.fromkeys(row.pop("co_unit_ids"))):
            if unit_id != row["lead_unit_id"]:
                co_rows.append({"task_id": row["id"], "unit_id": unit_id,
                                "position": position})
    # Core executemany: the ORM's per-row bookkeeping would triple the time for 20,000.
    if rows:
        session.execute(insert(Task.__table__), rows)
    if co_rows:
        session.execute(insert(task_co_units), co_rows)


def _carry_over(session, builder, plan, groups: dict, task_ids: Collection[int]) -> None:
    """Copy last year's unfinished tasks into the new plan, marked chuyển tiếp and linked to
    their history; the old task is marked chuyển tiếp too."""
    if not task_ids:
        return
    old_tasks = session.scalars(select(Task).where(Task.id.in_(list(task_ids)))
                                .order_by(Task.position)).all()
    rows = []
    for old in old_tasks:
        if TaskStatus(old.status).is_finished:
            raise InvalidInput(f"Nhiệm vụ “{old.text[:60]}” đã xong, không chuyển tiếp.")
        group = old.group_name or "Nhiệm vụ chuyển tiếp"
        if group not in groups:
            groups[group] = builder.section(str(len(groups)), group, "group",
                                            parent=groups["__section__"])
        rows.append({
            "plan_id": plan.id, "section_id": groups[group].id, "text": old.text,
            "group_name": group, "lead_unit_id": old.lead_unit_id,
            "co_unit_ids": [u.id for u in old.co_units], "deadline": None,
            "deadline_text": "", "source_task_id": old.source_task_id,
            "status": TaskStatus.CARRIED_OVER.value, "progress": old.progress,
            "carried_over_from_id": old.id, "is_carried_over": True,
            "output": old.output, "budget_note": old.budget_note,
        })
        old.status = TaskStatus.CARRIED_OVER.value
    _insert_tasks(session, rows)


def _add_organization(session, builder, plan, profile) -> None:
    """VI. TỔ CHỨC THỰC HIỆN: the drafting office first, then each lead unit with its
    tasks, in the units directory's order."""
    section = builder.section(
        "VI", "TỔ CHỨC THỰC HIỆN", "organization",
        "Các cơ quan, đơn vị, UBND các xã, thị trấn căn cứ nhiệm vụ được giao tổ chức triển "
        "khai thực hiện; báo cáo kết quả hằng quý trước ngày 12 của tháng cuối quý và báo "
        f"cáo năm trước ngày 15 tháng 11 về {profile.office_name} để tổng hợp.")
    session.flush()
    rows = session.execute(
        select(Unit.id, Unit.name, Task.text).join(Task, Task.lead_unit_id == Unit.id)
        .where(Task.plan_id == plan.id).order_by(Unit.position, Unit.id, Task.position)).all()
    by_unit: dict[int, tuple[str, list[str]]] = {}
    for unit_id, name, text in rows:
        by_unit.setdefault(unit_id, (name, []))[1].append(text)
    offices = sorted(by_unit.items(), key=lambda kv: kv[1][0] != profile.office_name)
    for number, (_, (name, texts)) in enumerate(offices, start=1):
        body = "Chủ trì thực hiện các nhiệm vụ:\n" + "\n".join(f"- {t};" for t in texts)
        builder.section(str(number), name, "group", body.rstrip(";") + ".", parent=section)


def _template_text(template: Template, kind: str) -> str:
    for heading in template.headings:
        if heading.kind == kind and heading.text:
            return heading.text
    return ""


def _iso_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None
