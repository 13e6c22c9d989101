"""What a new plan is made from, as plain snapshots for the new-plan wizard (Qt-free):
the imported province plans (:func:`list_templates`) and their outline
(:func:`template_outline`), the units a task can be given to (:func:`list_units`), the
plans already made (:func:`plan_info`, :func:`plan_years`) and the district's profile
(:func:`district_ready`) — so that the GUI never touches SQL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dxdesk.errors import InvalidInput
from dxdesk.model import (DistrictProfile, Plan, Task, Template, TemplateBasis,
                          TemplateHeading, TemplateTarget, TemplateTask, Unit)
from dxdesk.store import Database
from dxdesk.text.numbers import format_number

__all__ = [
    "TemplateInfo", "TemplateOutline", "HeadingInfo", "TargetInfo", "TaskInfo", "UnitInfo",
    "PlanInfo", "list_templates", "template_outline", "list_units", "plan_info",
    "plan_years", "district_ready", "get_plan", "plain_number",
]


@dataclass(frozen=True)
class TemplateInfo:
    id: int
    doc_type: str
    title: str
    number: str
    issued_on: dt.date | None
    issuer: str
    year: int | None
    source_name: str
    imported_at: dt.datetime | None
    targets: int = 0
    tasks: int = 0
    bases: int = 0

    @property
    def reference(self) -> str:
        """"Kế hoạch số 215/KH-UBND ngày 12/12/2025" — how the officer names it."""
        text = (self.doc_type or "Kế hoạch").capitalize()
        if self.number:
            text += f" số {self.number}"
        if self.issued_on:
            text += f" ngày {self.issued_on:%d/%m/%Y}"
        return text


@dataclass(frozen=True)
class HeadingInfo:
    id: int
    parent_id: int | None
    position: int
    label: str
    title: str
    kind: str


@dataclass(frozen=True)
class TargetInfo:
    id: int
    position: int
    text: str
    value: float | None
    unit: str
    horizon: int | None
    path: tuple[str, ...]
    heading_id: int | None  # the deepest heading its path names
    group: str  # that heading's title


@dataclass(frozen=True)
class TaskInfo:
    id: int
    position: int
    text: str
    group: str
    path: tuple[str, ...]
    heading_id: int | None
    lead: str  # the lead unit as the province wrote it
    co: tuple[str, ...]
    deadline: str  # ISO date or the text as written


@dataclass(frozen=True)
class TemplateOutline:
    template: TemplateInfo
    headings: list[HeadingInfo]
    bases: list[str]
    targets: list[TargetInfo]
    tasks: list[TaskInfo]

    def label_path(self, heading_id: int | None) -> str:
        """"III.1" — the numbering of a heading as in the document."""
        by_id = {h.id: h for h in self.headings}
        labels = []
        while heading_id is not None and heading_id in by_id:
            labels.append(by_id[heading_id].label)
            heading_id = by_id[heading_id].parent_id
        return ".".join(reversed(labels))


@dataclass(frozen=True)
class UnitInfo:
    id: int
    name: str
    short_name: str
    kind: str


@dataclass(frozen=True)
class PlanInfo:
    id: int
    year: int
    title: str
    template_id: int | None
    tasks: int


def _template_info(t: Template, counts: tuple[int, int, int] = (0, 0, 0)) -> TemplateInfo:
    return TemplateInfo(t.id, t.doc_type or "", t.title or t.source_name, t.number or "",
                        t.issued_on, t.issuer or "", t.year, t.source_name, t.imported_at,
                        *counts)


def list_templates(db: Database) -> list[TemplateInfo]:
    """The imported province plans, newest first (plan year, issue date, import), each
    with its numbers of targets, tasks and bases."""
    with db.transaction() as session:
        counts: dict[int, list[int]] = {}
        for position, model in enumerate((TemplateTarget, TemplateTask, TemplateBasis)):
            for template_id, count in session.execute(
                    select(model.template_id, func.count()).group_by(model.template_id)):
                counts.setdefault(template_id, [0, 0, 0])[position] = count
        infos = [_template_info(t, tuple(counts.get(t.id, (0, 0, 0))))
                 for t in session.scalars(select(Template))]
    return sorted(infos, key=lambda t: (t.year or 0, t.issued_on or dt.date.min, t.id),
                  reverse=True)


def template_outline(db: Database, template_id: int) -> TemplateOutline:
    """A template's headings, bases, targets and tasks, each target and task placed under
    the heading its path names."""
    with db.transaction() as session:
        template = session.get(Template, template_id)
        if template is None:
            raise InvalidInput(f"Không tìm thấy mẫu kế hoạch số {template_id}.")
        headings = [HeadingInfo(h.id, h.parent_id, h.position, h.label, h.title, h.kind)
                    for h in session.scalars(select(TemplateHeading)
                                             .where(TemplateHeading.template_id == template_id)
                                             .order_by(TemplateHeading.position))]
        place = _heading_finder(headings)
        titles = {h.id: h.title for h in headings}
        targets = []
        for t in template.targets:
            heading_id = place(t.path)
            targets.append(TargetInfo(t.id, t.position, t.text, t.value, t.unit or "",
                                      t.horizon, tuple(t.path or ()), heading_id,
                                      titles.get(heading_id, "")))
        tasks = []
        for t in template.tasks:
            heading_id = place(t.path)
            tasks.append(TaskInfo(t.id, t.position, t.text,
                                  t.group_name or titles.get(heading_id, ""),
                                  tuple(t.path or ()), heading_id, t.lead or "",
                                  tuple(t.co or ()), t.deadline or ""))
        counts = (len(targets), len(tasks), len(template.bases))
        return TemplateOutline(_template_info(template, counts), headings,
                               [b.text for b in template.bases], targets, tasks)


def _heading_finder(headings: Sequence[HeadingInfo]):
    children: dict[int | None, dict[str, int]] = {}
    for h in headings:
        children.setdefault(h.parent_id, {}).setdefault(_label_key(h.label), h.id)

    def find(path: Iterable[str] | None) -> int | None:
        found, parent = None, None
        for label in path or ():
            child = children.get(parent, {}).get(_label_key(label))
            if child is None:
                break
            found = parent = child
        return found

    return find


def _label_key(label: str) -> str:
    return (label or "").strip().rstrip(".)").upper()


def list_units(db: Database, include_ids: Iterable[int] = ()) -> list[UnitInfo]:
    """Units a task can be given to (active, not merged away), plus ``include_ids``, in
    the directory's order (phòng, ban first, then xã, thị trấn, as the officer set it)."""
    extra = set(include_ids)
    with db.transaction() as session:
        rows = session.execute(select(Unit.id, Unit.name, Unit.short_name, Unit.kind,
                                      Unit.active, Unit.merged_into_id)
                               .order_by(Unit.position, Unit.id)).all()
    return [UnitInfo(i, name, short or "", kind or "office")
            for i, name, short, kind, active, merged in rows
            if (active and merged is None) or i in extra]


def plan_info(db: Database, plan_id: int) -> PlanInfo:
    with db.transaction() as session:
        plan = get_plan(session, plan_id)
        count = len(session.scalars(select(Task.id).where(Task.plan_id == plan_id)).all())
        return PlanInfo(plan.id, plan.year, plan.title, plan.template_id, count)


def plan_years(db: Database) -> dict[int, int]:
    """``{year: number of plans}`` of the plans already in the database."""
    with db.transaction() as session:
        years = session.scalars(select(Plan.year)).all()
    result: dict[int, int] = {}
    for year in years:
        result[year] = result.get(year, 0) + 1
    return result


def district_ready(db: Database) -> str | None:
    """The district's name when its profile is set up (a plan needs it), else None."""
    with db.transaction() as session:
        profile = session.get(DistrictProfile, 1)
        return profile.name if profile else None


def get_plan(session: Session, plan_id: int) -> Plan:
    """The plan ``plan_id``; refused (InvalidInput) when there is none."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise InvalidInput(f"Không tìm thấy kế hoạch số {plan_id}.")
    return plan


def plain_number(value: float | None) -> str:
    """A target's value as its wording writes it and the officer types it: up to two
    decimals after a comma, no thousands dots (80 → "80", 12.5 → "12,5", 1079 → "1079");
    "" for None. :func:`dxdesk.text.numbers.format_number` does the formatting."""
    return format_number(value, 2).replace(".", "")
