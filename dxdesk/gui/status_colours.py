"""The colours of task statuses — defined once, used by the task list, its legend and
every other view that shows a status.

Pale backgrounds with dark text of the same hue for the ordinary statuses; a late task
(quá hạn: marked so, or past its deadline and not finished) gets a solid red background
with white bold text, so that it cannot be overlooked on a long list.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from dxdesk.domain.status import TaskStatus

__all__ = ["LATE", "LATE_ROW_TINT", "LegendItem", "StatusColours", "colours_for",
           "legend_items", "status_text"]


@dataclass(frozen=True)
class StatusColours:
    background: QColor
    foreground: QColor
    bold: bool = False


_COLOURS: dict[TaskStatus, StatusColours] = {
    TaskStatus.NOT_STARTED: StatusColours(QColor("#eceff1"), QColor("#37474f")),
    TaskStatus.IN_PROGRESS: StatusColours(QColor("#dbeafe"), QColor("#1e40af")),
    TaskStatus.DONE: StatusColours(QColor("#dcfce7"), QColor("#166534")),
    TaskStatus.DONE_LATE: StatusColours(QColor("#fef3c7"), QColor("#92400e")),
    TaskStatus.CARRIED_OVER: StatusColours(QColor("#ede9fe"), QColor("#5b21b6")),
    TaskStatus.STOPPED: StatusColours(QColor("#d6d3d1"), QColor("#44403c")),
}
LATE = StatusColours(QColor("#c62828"), QColor("#ffffff"), bold=True)
_COLOURS[TaskStatus.OVERDUE] = LATE
# The other cells of a late task's row: a light red, so that the row stands out too.
LATE_ROW_TINT = QColor("#fde2e2")


def colours_for(status: TaskStatus, late: bool = False) -> StatusColours:
    """The colours of a status cell; ``late`` (see task_queries.is_late) wins."""
    return LATE if late else _COLOURS[status]


def status_text(status: TaskStatus) -> str:
    """The Vietnamese label as shown in a cell: "Đang thực hiện"."""
    label = status.label
    return label[:1].upper() + label[1:]


@dataclass(frozen=True)
class LegendItem:
    text: str
    colours: StatusColours
    tooltip: str = ""


def legend_items() -> list[LegendItem]:
    """One item per colour, in the order the officer meets them during the year."""
    items = [LegendItem(status_text(s), _COLOURS[s]) for s in (
        TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, TaskStatus.DONE,
        TaskStatus.DONE_LATE, TaskStatus.CARRIED_OVER, TaskStatus.STOPPED)]
    items.append(LegendItem("Quá hạn", LATE,
                            "Đã qua thời hạn mà chưa hoàn thành, hoặc được đánh dấu quá hạn"))
    return items
