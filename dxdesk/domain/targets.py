"""When a target (chỉ tiêu) is at risk."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypeVar

from dxdesk.domain.period import Period

A = TypeVar("A")

# How far behind the calendar a target may fall before it is flagged.
TOLERANCE = 0.25


def progress_share(value: float | None, baseline: float | None,
                   actual: float | None) -> float | None:
    """How much of the way from the baseline to the plan value the actual has come (0–1+)."""
    if value is None or actual is None:
        return None
    start = baseline if baseline is not None and baseline < value else 0.0
    if value == start:
        return 1.0 if actual >= value else 0.0
    return (actual - start) / (value - start)


def is_at_risk(value: float | None, baseline: float | None, actual: float | None,
               year: int, as_of: dt.date) -> bool:
    """Behind the share of the year that has passed by more than the tolerance. A target
    with no actual yet is at risk once a quarter of the year is gone."""
    elapsed = (as_of - dt.date(year, 1, 1)).days / 365
    elapsed = min(max(elapsed, 0.0), 1.0)
    share = progress_share(value, baseline, actual)
    if value is None:
        return False
    if share is None:
        return elapsed > TOLERANCE
    return share < elapsed - TOLERANCE


def latest_by_period(actuals: Iterable[tuple[int, str, A]]) -> dict[int, tuple[str, A]]:
    """Per target, its actual of the latest period (``Period.recency``):
    ``(target_id, period code, anything)`` → ``{target_id: (period code, anything)}``."""
    latest: dict[int, tuple[Period, str, A]] = {}
    for target_id, code, item in actuals:
        period = Period.parse(code)
        known = latest.get(target_id)
        if known is None or period.recency > known[0].recency:
            latest[target_id] = (period, code, item)
    return {target_id: (code, item) for target_id, (_, code, item) in latest.items()}
