"""Task status — the officers' vocabulary (trạng thái nhiệm vụ)."""

from __future__ import annotations

import enum

from dxdesk.errors import InvalidInput


class TaskStatus(str, enum.Enum):
    """Stored by value (English code); shown by ``label`` (Vietnamese)."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"
    CARRIED_OVER = "carried_over"
    STOPPED = "stopped"

    @property
    def label(self) -> str:
        return _LABELS[self]

    @property
    def is_finished(self) -> bool:
        """Finished tasks are not carried over to the next year and are never late."""
        return self in (TaskStatus.DONE, TaskStatus.DONE_LATE, TaskStatus.STOPPED)

    @classmethod
    def coerce(cls, value: "TaskStatus | str | None") -> "TaskStatus":
        """A status from its code (``done``) or its Vietnamese label (``hoàn thành``)."""
        if isinstance(value, cls):
            return value
        try:
            return cls(value)
        except ValueError:
            return cls.from_label(str(value or ""))

    @classmethod
    def from_label(cls, label: str) -> "TaskStatus":
        for status, text in _LABELS.items():
            if text == label.strip().lower():
                return status
        raise InvalidInput(f"Trạng thái không hợp lệ: {label!r}")


_LABELS = {
    TaskStatus.NOT_STARTED: "chưa triển khai",
    TaskStatus.IN_PROGRESS: "đang thực hiện",
    TaskStatus.DONE: "hoàn thành",
    TaskStatus.DONE_LATE: "hoàn thành quá hạn",
    TaskStatus.OVERDUE: "quá hạn",
    TaskStatus.CARRIED_OVER: "chuyển tiếp",
    TaskStatus.STOPPED: "dừng",
}


class PlanStatus(str, enum.Enum):
    DRAFT = "draft"
    ISSUED = "issued"

    @property
    def label(self) -> str:
        return {"draft": "dự thảo", "issued": "đã ban hành"}[self.value]


class UnitKind(str, enum.Enum):
    """Kind of a unit (cơ quan, đơn vị)."""

    OFFICE = "office"  # phòng, ban, trung tâm cấp huyện
    COMMUNE = "commune"  # xã, thị trấn
    DEPARTMENT = "department"  # sở, ngành cấp tỉnh
    OTHER = "other"  # doanh nghiệp, đoàn thể, ...

    @property
    def label(self) -> str:
        return {
            "office": "phòng, ban",
            "commune": "xã, thị trấn",
            "department": "sở, ngành",
            "other": "khác",
        }[self.value]


def is_late(status: TaskStatus, deadline, today) -> bool:
    """Late (quá hạn): marked so by the officer, or past its deadline and not finished.
    The one rule every view and report uses."""
    if status is TaskStatus.OVERDUE:
        return True
    return deadline is not None and deadline < today and not status.is_finished


def parse_progress(value) -> int:
    """A progress percentage as typed or read from a form: 40, "40", "40 %", "40,0" → 40.
    Whole numbers from 0 to 100 only."""
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            number = float(str(value).strip().rstrip("%").strip().replace(",", "."))
        except ValueError:
            raise InvalidInput(f"Tiến độ phải là một số từ 0 đến 100 (%), "
                               f"không phải “{value}”.") from None
        if number != int(number):
            raise InvalidInput("Tiến độ phải là số nguyên từ 0 đến 100 (%).")
        value = int(number)
    if not 0 <= value <= 100:
        raise InvalidInput(f"Tiến độ phải từ 0 đến 100 (%), không phải {value}.")
    return value
