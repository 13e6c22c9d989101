"""What the document builders read: plain dataclasses, loaded once from the database.

The builders (``build_plan``, ``build_report``, ``build_reminder``) are pure functions from
these to an ``AdminDocument``; ``dxdesk.services.documents`` fills them in one transaction.
Nothing here knows about SQLAlchemy or Qt, so a test can build a document from hand-made
data as easily as from a database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from dxdesk.domain.period import Period
from dxdesk.domain.status import TaskStatus

__all__ = [
    "DistrictData", "PlanRef", "SectionData", "TargetData", "TaskData", "SignerData",
    "PlanData", "ReportData", "ReminderData",
]


@dataclass(frozen=True)
class DistrictData:
    """The district's names as printed (``DistrictProfile``)."""

    name: str  # "huyện Sơn Hà Mẫu"
    place_name: str  # "Sơn Hà Mẫu"
    issuer_lines: tuple[str, ...]  # ("ỦY BAN NHÂN DÂN", "HUYỆN SƠN HÀ MẪU")
    province: str = ""  # "tỉnh Quảng Mẫu"
    body_abbr: str = "UBND"
    office_name: str = "Phòng Văn hóa và Thông tin"
    office_abbr: str = "VHTT"

    @property
    def issuer_name(self) -> str:
        """``Ủy ban nhân dân huyện Sơn Hà Mẫu`` (in sentences and appendix references)."""
        return f"Ủy ban nhân dân {self.name}".strip()


@dataclass(frozen=True)
class PlanRef:
    """The plan as referred to: year, summary, number and date once issued."""

    id: int
    year: int
    title: str  # the trích yếu: "Chuyển đổi số huyện Sơn Hà Mẫu năm 2026"
    number: int | None = None  # 5 for "05/KH-UBND"; None = draft
    issued_on: dt.date | None = None

    @property
    def is_issued(self) -> bool:
        return self.number is not None and self.issued_on is not None


@dataclass(frozen=True)
class SectionData:
    """A heading of the plan's outline (``PlanSection``); ``parent_id`` nests it."""

    id: int
    label: str
    title: str
    kind: str = "other"  # bases / objectives / tasks / group / solutions / funding / ...
    body: str = ""
    parent_id: int | None = None


@dataclass(frozen=True)
class TargetData:
    """A chỉ tiêu; ``actual`` is the value reached in the report's period (if any)."""

    id: int
    text: str
    value: float | None = None
    unit: str | None = None
    section_id: int | None = None
    baseline: float | None = None
    actual: float | None = None
    actual_note: str = ""


@dataclass(frozen=True)
class TaskData:
    """A nhiệm vụ; ``entry_*`` is what was reported for it in the report's period."""

    id: int
    text: str
    group_name: str = ""
    section_id: int | None = None
    lead_unit: str = ""
    co_units: tuple[str, ...] = ()
    deadline: dt.date | None = None
    deadline_text: str = ""  # "Thường xuyên", "Quý IV/2026" when there is no date
    output: str = ""
    status: TaskStatus = TaskStatus.NOT_STARTED
    progress: int = 0
    entry_note: str = ""
    entry_evidence: str = ""
    entry_progress: int | None = None

    def is_late(self, today: dt.date) -> bool:
        """Quá hạn: marked so, or past its deadline and not finished."""
        if self.status is TaskStatus.OVERDUE:
            return True
        return (self.deadline is not None and self.deadline < today
                and not self.status.is_finished)

    def is_due_soon(self, today: dt.date, days: int) -> bool:
        """Not finished, deadline within ``days`` days from ``today`` (not late yet)."""
        return (self.deadline is not None and not self.status.is_finished
                and self.status is not TaskStatus.OVERDUE
                and today <= self.deadline <= today + dt.timedelta(days=days))


@dataclass(frozen=True)
class SignerData:
    lines: tuple[str, ...] = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    name: str = ""


@dataclass
class PlanData:
    district: DistrictData
    plan: PlanRef
    bases: list[str] = field(default_factory=list)
    sections: list[SectionData] = field(default_factory=list)  # outline order
    targets: list[TargetData] = field(default_factory=list)
    tasks: list[TaskData] = field(default_factory=list)  # plan order
    recipients: list[str] = field(default_factory=list)
    signer: SignerData = field(default_factory=SignerData)


@dataclass
class ReportData:
    """A progress report on ``plan`` for ``period``, written on ``as_of``."""

    district: DistrictData
    plan: PlanRef
    period: Period
    as_of: dt.date
    sections: list[SectionData] = field(default_factory=list)
    targets: list[TargetData] = field(default_factory=list)
    tasks: list[TaskData] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signer: SignerData = field(default_factory=SignerData)
    addressee: str = ""  # Kính gửi: the Sở (empty: derived from the district's province)
    year_to_date: bool = False  # a report without a period: the year up to ``as_of``


@dataclass
class ReminderData:
    """A công văn đôn đốc written on ``today``: late tasks and those due within
    ``due_within_days``; units must answer by ``reply_by``."""

    district: DistrictData
    plan: PlanRef
    today: dt.date
    reply_by: dt.date
    tasks: list[TaskData] = field(default_factory=list)  # every task; the builder picks
    due_within_days: int = 30
    recipients: list[str] = field(default_factory=list)
    signer: SignerData = field(default_factory=SignerData)
