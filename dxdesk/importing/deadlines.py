"""Deadlines written without their year (``Trước 30/6``, ``31/12``, ``Trước ngày 15
tháng 10``): a plan for one year (``Kế hoạch chuyển đổi số năm 2025``) means that year, so
such a deadline is the ISO date of that day in the plan's year, as the contract wants for
any written date. A plan for a period (``giai đoạn 2021-2025``) does not say which year:
its deadline stays as written. Forms without a day (``Quý II``, ``Tháng 6``, ``6 tháng
đầu năm``) are not dates and are kept as written whatever the plan.
"""

from __future__ import annotations

import re

from dxdesk.importing.model import Task
from dxdesk.importing.numbers import DEADLINE_LEAD, iso_date
from dxdesk.text import fold

__all__ = ["plan_year", "complete_years"]

_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
# A year that is not the plan's own: the end of a horizon ("đến năm 2030", "tầm nhìn
# 2045") or either end of a period ("2021-2025", "giai đoạn 2021 - 2025").
_HORIZON_BEFORE_RE = re.compile(r"(?:\bden|\btoi|\btam nhin|\bdinh huong)\s+(?:nam\s+)?$")
_PERIOD_RE = re.compile(r"\b(?:19|20)\d\d\s*(?:-|–|—|den)\s*(?:nam\s+)?(?:19|20)\d\d\b")
_DAY_MONTH_RE = re.compile(
    DEADLINE_LEAD + r"(\d{1,2})\s*(?:[/.\-]|\s+thang\s+)\s*(\d{1,2})\s*[.;]?$")


def plan_year(title: str | None) -> int | None:
    """The one year a plan's title is for (``… năm 2025``, ``… năm 2025, định hướng đến
    năm 2030``), or None for a period (``giai đoạn 2021-2025``) or no year."""
    if not title:
        return None
    key = fold(title)
    if _PERIOD_RE.search(key) or "giai doan" in key:
        return None
    years = {int(m.group()) for m in _YEAR_RE.finditer(key)
             if not _HORIZON_BEFORE_RE.search(key[:m.start()])}
    return years.pop() if len(years) == 1 else None


def complete_years(tasks: list[Task], year: int | None) -> None:
    """Give a deadline that names a day and month but no year (``Trước 30/6``) the plan's
    ``year``: it becomes an ISO date."""
    if year is None:
        return
    for task in tasks:
        if not task.deadline or not any(ch.isdigit() for ch in task.deadline):
            continue
        m = _DAY_MONTH_RE.match(fold(task.deadline))
        if m is None:
            continue
        iso = iso_date(int(m.group(1)), int(m.group(2)), year)
        if iso is not None:
            task.deadline = iso
