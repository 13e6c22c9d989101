"""Year rollover ("Kế hoạch năm N+1") for the new-plan wizard (Qt-free).

* :func:`compare_templates` — what this year's province plan adds, changes and drops
  compared with last year's: tasks and targets are matched by the similarity of their
  folded texts (:func:`dxdesk.text.fold`), within the same group (pillar / heading) first;
* :func:`unfinished_tasks` — last year's tasks that are not finished, to carry over;
* :func:`start_next_year` — the wizard's starting request for year N+1: every item of the
  new template, each task pre-assigned to the units that led it last year when the
  comparison matches it to last year's task.

What the wizard reads (templates, their outline, units, plans) is in
:mod:`dxdesk.services.plan_sources`.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from sqlalchemy import exists, select
from sqlalchemy.orm import aliased

from dxdesk.domain.status import TaskStatus
from dxdesk.model import Task, Unit, task_co_units
from dxdesk.services.plan_sources import get_plan, plain_number, template_outline
from dxdesk.services.plans import NewPlan, inherit_everything
from dxdesk.store import Database
from dxdesk.text import fold

__all__ = [
    "Change", "ItemChange", "TemplateDiff", "UnfinishedTask", "compare_templates",
    "unfinished_tasks", "start_next_year", "SIMILARITY", "similarity",
]

SIMILARITY = 0.75
"""Two texts at least this similar (difflib ratio of the folded texts) are the same item,
reworded. Across groups a match must be a little closer (:data:`SIMILARITY_MOVED`)."""
SIMILARITY_MOVED = 0.8
_WORD_FLOOR = 0.35  # see _ratio

_FINISHED = [s.value for s in TaskStatus if s.is_finished]


# ------------------------------------------------------------------------- comparison


class Change(str, enum.Enum):
    ADDED = "added"
    CHANGED = "changed"
    DROPPED = "dropped"
    UNCHANGED = "unchanged"

    @property
    def label(self) -> str:
        """The officer's word, as in the wizard's legend."""
        return {"added": "mới", "changed": "thay đổi", "dropped": "bỏ",
                "unchanged": "không đổi"}[self.value]


@dataclass(frozen=True)
class ItemChange:
    """One task or target of the comparison. ``old_*`` is last year's template item
    (None/"" when added), ``new_*`` this year's (None/"" when dropped)."""

    kind: str  # "task" | "target"
    change: Change
    old_id: int | None
    new_id: int | None
    old_text: str = ""
    new_text: str = ""
    old_group: str = ""
    new_group: str = ""
    old_value: float | None = None
    new_value: float | None = None
    similarity: float = 1.0

    @property
    def text(self) -> str:
        return self.new_text or self.old_text

    @property
    def group(self) -> str:
        return self.new_group or self.old_group

    @property
    def details(self) -> str:
        """What changed, in Vietnamese ("" when nothing did)."""
        if self.change is not Change.CHANGED:
            return ""
        parts = []
        if _key(self.old_text) != _key(self.new_text):
            parts.append("sửa nội dung")
        if self.old_value != self.new_value:
            parts.append(f"giá trị {plain_number(self.old_value) or '—'} → "
                         f"{plain_number(self.new_value) or '—'}")
        if fold(self.old_group) != fold(self.new_group):
            parts.append(f"chuyển từ nhóm “{self.old_group or '—'}” sang "
                         f"“{self.new_group or '—'}”")
        return "; ".join(parts)


@dataclass
class TemplateDiff:
    old_template_id: int
    new_template_id: int
    tasks: list[ItemChange] = field(default_factory=list)
    targets: list[ItemChange] = field(default_factory=list)

    def of(self, kind: str, *changes: Change) -> list[ItemChange]:
        items = self.tasks if kind == "task" else self.targets
        return [i for i in items if not changes or i.change in changes]

    @property
    def added(self) -> list[ItemChange]:
        return self.of("task", Change.ADDED) + self.of("target", Change.ADDED)

    @property
    def changed(self) -> list[ItemChange]:
        return self.of("task", Change.CHANGED) + self.of("target", Change.CHANGED)

    @property
    def dropped(self) -> list[ItemChange]:
        return self.of("task", Change.DROPPED) + self.of("target", Change.DROPPED)

    @property
    def unchanged(self) -> list[ItemChange]:
        return self.of("task", Change.UNCHANGED) + self.of("target", Change.UNCHANGED)

    def matches(self, kind: str) -> dict[int, int]:
        """``{new template item id: last year's template item id}`` for matched items."""
        return {i.new_id: i.old_id for i in self.of(kind, Change.CHANGED, Change.UNCHANGED)}

    def counts(self, kind: str) -> dict[Change, int]:
        result = dict.fromkeys(Change, 0)
        for item in self.of(kind):
            result[item.change] += 1
        return result


@dataclass(frozen=True)
class _Item:
    id: int
    position: int
    text: str
    group: str
    value: float | None
    key: str
    group_key: str


def compare_templates(db: Database, old_template_id: int,
                      new_template_id: int) -> TemplateDiff:
    """What ``new_template_id`` adds, changes and drops compared with ``old_template_id``.

    Each list is in the new template's order, dropped items last in the old one's."""
    old = template_outline(db, old_template_id)
    new = template_outline(db, new_template_id)
    diff = TemplateDiff(old_template_id, new_template_id)
    diff.tasks = _compare("task", [_item(t.id, t.position, t.text, t.group, None)
                                   for t in old.tasks],
                          [_item(t.id, t.position, t.text, t.group, None) for t in new.tasks])
    diff.targets = _compare("target", [_item(t.id, t.position, t.text, t.group, t.value)
                                       for t in old.targets],
                            [_item(t.id, t.position, t.text, t.group, t.value)
                             for t in new.targets])
    return diff


def similarity(a: str, b: str) -> float:
    """difflib's ratio of the folded texts (no diacritics, case, end punctuation)."""
    return _ratio(_key(a), _key(b), 0.0)


def _key(text: str) -> str:
    return fold(text or "").rstrip(" ;.,:")


def _item(id_, position, text, group, value) -> _Item:
    return _Item(id_, position, text, group or "", value, _key(text), fold(group or ""))


def _ratio(a: str, b: str, floor: float) -> float:
    """The ratio when it can reach ``floor``, else 0. Cheap tests first: the lengths, then
    the words the two share (texts whose characters are 75 % alike share well over a
    third of their words; unrelated texts of one plan share letters but few words)."""
    if a == b:
        return 1.0
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    if matcher.real_quick_ratio() < floor:
        return 0.0
    words_a, words_b = set(a.split()), set(b.split())
    if 2 * len(words_a & words_b) < _WORD_FLOOR * (len(words_a) + len(words_b)):
        return 0.0
    if matcher.quick_ratio() < floor:
        return 0.0
    return matcher.ratio()


def _compare(kind: str, old: list[_Item], new: list[_Item]) -> list[ItemChange]:
    pairs: dict[int, tuple[_Item, float]] = {}  # new id -> (old item, similarity)
    used: set[int] = set()

    def pair(n: _Item, o: _Item, score: float) -> None:
        pairs[n.id] = (o, score)
        used.add(o.id)

    # 1. the same words: in the same group first, then anywhere (moved to another group)
    for same_group in (True, False):
        by_key: dict[str, list[_Item]] = {}
        for o in old:
            if o.id not in used:
                by_key.setdefault(o.key, []).append(o)
        for n in new:
            if n.id in pairs:
                continue
            for o in by_key.get(n.key, []):
                if o.id not in used and (not same_group or o.group_key == n.group_key):
                    pair(n, o, 1.0)
                    break
    # 2. reworded: the most similar pairs first, in the same group, then across groups
    for same_group, floor in ((True, SIMILARITY), (False, SIMILARITY_MOVED)):
        candidates = []
        for n in new:
            if n.id in pairs:
                continue
            for o in old:
                if o.id in used or (same_group and o.group_key != n.group_key):
                    continue
                score = _ratio(n.key, o.key, floor)
                if score >= floor:
                    candidates.append((-score, abs(n.position - o.position), n.position,
                                       o.position, n, o))
        candidates.sort(key=lambda c: c[:4])
        for minus_score, _, _, _, n, o in candidates:
            if n.id not in pairs and o.id not in used:
                pair(n, o, -minus_score)

    result = []
    for n in new:
        if n.id not in pairs:
            result.append(ItemChange(kind, Change.ADDED, None, n.id, new_text=n.text,
                                     new_group=n.group, new_value=n.value, similarity=0.0))
            continue
        o, score = pairs[n.id]
        same = o.key == n.key and o.value == n.value and o.group_key == n.group_key
        result.append(ItemChange(kind, Change.UNCHANGED if same else Change.CHANGED, o.id, n.id,
                                 o.text, n.text, o.group, n.group, o.value, n.value, score))
    result += [ItemChange(kind, Change.DROPPED, o.id, None, old_text=o.text, old_group=o.group,
                          old_value=o.value, similarity=0.0)
               for o in old if o.id not in used]
    return result


# -------------------------------------------------------------------------- carrying over


@dataclass(frozen=True)
class UnfinishedTask:
    """A task of last year's plan that is not finished (to carry over)."""

    id: int
    position: int
    text: str
    group: str
    lead_unit_name: str
    status: TaskStatus
    progress: int
    deadline: dt.date | None
    deadline_text: str
    source_task_id: int | None


def unfinished_tasks(db: Database, plan_id: int) -> list[UnfinishedTask]:
    """The plan's tasks whose status is not finished (hoàn thành, hoàn thành quá hạn,
    dừng), in plan order — except those already carried over into a later plan."""
    successor = aliased(Task)
    query = (select(Task.id, Task.position, Task.text, Task.group_name, Unit.name,
                    Task.status, Task.progress, Task.deadline, Task.deadline_text,
                    Task.source_task_id)
             .outerjoin(Unit, Unit.id == Task.lead_unit_id)
             .where(Task.plan_id == plan_id, Task.status.not_in(_FINISHED),
                    ~exists().where(successor.carried_over_from_id == Task.id))
             .order_by(Task.position, Task.id))
    with db.transaction() as session:
        get_plan(session, plan_id)
        rows = session.execute(query).all()
    return [UnfinishedTask(i, pos, text, group or "", lead or "", _status(status),
                           progress or 0, deadline, deadline_text or "", source)
            for i, pos, text, group, lead, status, progress, deadline, deadline_text, source
            in rows]


def start_next_year(db: Database, plan_id: int, new_template_id: int,
                    year: int | None = None) -> NewPlan:
    """The wizard's request for the year after plan ``plan_id`` (or ``year``) from the new
    template: everything inherited, and each task whose template item matches one of last
    year's (:func:`compare_templates`) assigned to the same lead unit and co-units as last
    year's task (units merged since then: their successor; deactivated: left out). A task
    the new template gives no deadline gets last year's, moved on by the years between."""
    with db.transaction() as session:
        plan = get_plan(session, plan_id)
        old_year, old_template_id = plan.year, plan.template_id
    year = year if year is not None else old_year + 1
    request = inherit_everything(db, new_template_id, year)
    request.previous_plan_id = plan_id
    if old_template_id is None:
        return request
    matches = compare_templates(db, old_template_id, new_template_id).matches("task")
    last_year = _tasks_by_source(db, plan_id)
    units = _unit_successors(db)
    for choice in request.tasks:
        old = last_year.get(matches.get(choice.source_task_id))
        if old is None:
            continue
        lead = units.get(old.lead_unit_id) if old.lead_unit_id else None
        choice.lead_unit_id = lead
        choice.co_unit_ids = [u for u in dict.fromkeys(units.get(c) for c in old.co_unit_ids)
                              if u is not None and u != lead]
        if choice.deadline is None and not choice.deadline_text:
            if old.deadline is not None:
                choice.deadline = _add_years(old.deadline, year - old_year)
            elif old.deadline_text and not re.search(r"\d", old.deadline_text):
                choice.deadline_text = old.deadline_text  # "Thường xuyên"
    return request


@dataclass(frozen=True)
class _OldTask:
    lead_unit_id: int | None
    co_unit_ids: tuple[int, ...]
    deadline: dt.date | None
    deadline_text: str


def _tasks_by_source(db: Database, plan_id: int) -> dict[int, _OldTask]:
    """Last year's first task (in plan order) made from each template task."""
    with db.transaction() as session:
        rows = session.execute(
            select(Task.id, Task.source_task_id, Task.lead_unit_id, Task.deadline,
                   Task.deadline_text)
            .where(Task.plan_id == plan_id, Task.source_task_id.is_not(None))
            .order_by(Task.position, Task.id)).all()
        co: dict[int, list[int]] = {}
        for task_id, unit_id in session.execute(
                select(task_co_units.c.task_id, task_co_units.c.unit_id)
                .join(Task, Task.id == task_co_units.c.task_id)
                .where(Task.plan_id == plan_id)
                .order_by(task_co_units.c.task_id, task_co_units.c.position)):
            co.setdefault(task_id, []).append(unit_id)
    result: dict[int, _OldTask] = {}
    for task_id, source, lead, deadline, deadline_text in rows:
        if source not in result:
            result[source] = _OldTask(lead, tuple(co.get(task_id, ())), deadline,
                                      deadline_text or "")
    return result


def _unit_successors(db: Database) -> dict[int, int]:
    """Each unit id → the active unit that now does its work (itself, or the unit it was
    merged into); deactivated units are absent."""
    with db.transaction() as session:
        rows = {i: (active, merged) for i, active, merged in session.execute(
            select(Unit.id, Unit.active, Unit.merged_into_id))}
    result = {}
    for unit_id in rows:
        current, seen = unit_id, set()
        while rows[current][1] is not None and current not in seen and rows[current][1] in rows:
            seen.add(current)
            current = rows[current][1]
        if rows[current][0] and rows[current][1] is None:
            result[unit_id] = current
    return result


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _status(value: str) -> TaskStatus:
    try:
        return TaskStatus(value)
    except ValueError:
        return TaskStatus.NOT_STARTED
