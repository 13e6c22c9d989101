"""The new-plan wizard's draft (Qt-free): what the officer has chosen so far, and the
rules of editing it — a target's value typed as Vietnamese write it and carried into its
wording, deadlines that fall on a day off.

The wizard's pages show and edit one :class:`Draft`, so going back and forth keeps every
edit; Finish hands :meth:`Draft.request` to :func:`dxdesk.services.plans.create_plan`.
"""

from __future__ import annotations

import datetime as dt
import re

from dxdesk.domain.holidays import holiday_name, is_day_off
from dxdesk.services.plan_sources import TargetInfo, TaskInfo, TemplateOutline, plain_number
from dxdesk.services.plans import NewPlan, TargetChoice, TaskChoice
from dxdesk.services.rollover import TemplateDiff, UnfinishedTask

__all__ = ["Draft", "parse_number", "previous_working_day", "replace_number",
           "short_warning"]


class Draft:
    """What the officer has chosen so far: a request for ``create_plan`` being edited."""

    def __init__(self, outline: TemplateOutline, request: NewPlan):
        self.outline = outline
        self.template_id = request.template_id
        self.year = request.year
        self.targets: dict[int, TargetChoice] = {c.source_target_id: c for c in request.targets}
        self.tasks: dict[int, TaskChoice] = {c.source_task_id: c for c in request.tasks}
        # Last year's assignment, as pre-filled (to mark what came from last year).
        self.prefilled: set[int] = {c.source_task_id for c in request.tasks if c.lead_unit_id}
        self.chosen_targets: set[int] = set(self.targets)
        self.chosen_tasks: set[int] = set(self.tasks)
        self.inherit_bases = True
        self.title: str | None = None
        self.diff: TemplateDiff | None = None
        self.unfinished: list[UnfinishedTask] = []
        self.carried: set[int] = set()

    def chosen_target_infos(self) -> list[TargetInfo]:
        return [t for t in self.outline.targets if t.id in self.chosen_targets]

    def chosen_task_infos(self) -> list[TaskInfo]:
        return [t for t in self.outline.tasks if t.id in self.chosen_tasks]

    def request(self) -> NewPlan:
        return NewPlan(
            template_id=self.template_id, year=self.year,
            targets=[self.targets[t.id] for t in self.chosen_target_infos()],
            tasks=[self.tasks[t.id] for t in self.chosen_task_infos()],
            inherit_bases=self.inherit_bases, title=self.title or None)

    def carried_ids(self) -> list[int]:
        return [t.id for t in self.unfinished if t.id in self.carried]


def short_warning(day: dt.date | None) -> str:
    """"Thứ Bảy", "Quốc khánh": why a deadline is flagged ("" when it is a working day)."""
    if day is None or not is_day_off(day):
        return ""
    return holiday_name(day) or ("Thứ Bảy" if day.weekday() == 5 else "Chủ nhật")


def previous_working_day(day: dt.date) -> dt.date:
    while is_day_off(day):
        day -= dt.timedelta(days=1)
    return day


def parse_number(value) -> float | None | bool:
    """"12,5" → 12.5; "" → None; not a number → False."""
    if value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace("%", "").replace(" ", "")
    if not text:
        return None
    if "," in text and "." in text:  # 1.000,5
        text = text.replace(".", "")
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return False
    return number if number >= 0 else False


def replace_number(text: str, old: float, new: float) -> str | None:
    """The wording with its first ``old`` number written as ``new`` ("80% hồ sơ" → "70%
    hồ sơ"), or None when the wording does not contain it."""
    pattern = re.escape(plain_number(old))
    match = re.search(rf"(?<![\d,.]){pattern}(?![\d]|[,.]\d)", text)
    if match is None and float(old).is_integer() is False:
        match = re.search(rf"(?<![\d,.]){re.escape(str(old))}(?![\d]|[,.]\d)", text)
    if match is None:
        return None
    return text[:match.start()] + plain_number(new) + text[match.end():]

