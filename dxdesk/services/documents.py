"""Issuing documents: load a plan's data (one transaction), build a Kế hoạch, Báo cáo or
Công văn đôn đốc, write it as .docx or .pdf; record a plan's number and date of issue.

``document_for(db, kind, ...)`` is the one entry point the CLI and the GUI use; the GUI can
also ``load_sources`` once and ``build`` again as the officer edits recipients and signer.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dxdesk.documents.build_plan import build_plan
from dxdesk.documents.build_reminder import build_reminder, reminder_units
from dxdesk.documents.build_report import build_report
from dxdesk.documents.model import AdminDocument
from dxdesk.documents.sources import (DistrictData, PlanData, PlanRef, ReminderData,
                                      ReportData, SectionData, SignerData, TargetData,
                                      TaskData)
from dxdesk.domain.holidays import is_day_off
from dxdesk.domain.period import Period
from dxdesk.domain.status import PlanStatus, TaskStatus
from dxdesk.errors import InvalidInput, UserFacingError, describe_os_error
from dxdesk.model import (DistrictProfile, Plan, PlanBasis, PlanSection, ProgressEntry,
                          RecipientPreset, SignerPreset, Target, TargetActual, Task, Unit,
                          task_co_units)
from dxdesk.services import audit
from dxdesk.store import Database

KINDS = ("plan", "report", "reminder")
KIND_LABELS = {"plan": "Kế hoạch", "report": "Báo cáo kết quả thực hiện",
               "reminder": "Công văn đôn đốc"}
DUE_SOON_DAYS = 30
REPLY_WORKING_DAYS = 7

Sources = PlanData | ReportData | ReminderData


class NoPlan(UserFacingError):
    def __init__(self, plan: int | None = None):
        super().__init__(
            "Chưa có kế hoạch nào trong tệp dữ liệu; hãy lập kế hoạch trước." if plan is None
            else f"Không tìm thấy kế hoạch {plan}.")


class NoDistrict(UserFacingError):
    def __init__(self):
        super().__init__("Hãy nhập thông tin huyện (Thiết lập › Thông tin huyện) trước khi "
                         "xuất văn bản.")


class ExportFailed(UserFacingError):
    pass


@dataclass(frozen=True)
class RecipientChoice:
    id: int
    name: str
    doc_kind: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class SignerChoice:
    id: int
    name: str
    lines: tuple[str, ...]
    signer_name: str


def normalise_kind(kind: str) -> str:
    value = getattr(kind, "value", kind)
    value = {"letter": "reminder"}.get(str(value).strip().lower(), str(value).strip().lower())
    if value not in KINDS:
        raise InvalidInput(f"Loại văn bản không hợp lệ: {kind!r} (chọn plan, report hoặc "
                           f"reminder).")
    return value


def _period(period: str | Period | None) -> Period | None:
    if period is None or isinstance(period, Period):
        return period
    text = str(period).strip()
    return Period.parse(text) if text else None


def reply_by_date(today: dt.date, working_days: int = REPLY_WORKING_DAYS) -> dt.date:
    """``working_days`` working days after ``today`` (weekends and public holidays skipped)."""
    day, left = today, working_days
    while left:
        day += dt.timedelta(days=1)
        if not is_day_off(day):
            left -= 1
    return day


def parse_plan_number(number: str | int | None) -> int | None:
    """``"05/KH-UBND"`` or ``5`` → 5; ``None``/blank → None."""
    if number is None:
        return None
    if isinstance(number, int):
        return number
    match = re.match(r"\s*(\d+)", str(number))
    return int(match.group(1)) if match else None


# --- loading ------------------------------------------------------------------------------


def _district(session: Session) -> DistrictData:
    profile = session.get(DistrictProfile, 1) or session.scalars(select(DistrictProfile)).first()
    if profile is None:
        raise NoDistrict()
    return DistrictData(
        name=profile.name, place_name=profile.place_name,
        issuer_lines=tuple(x.strip() for x in profile.issuer_lines.splitlines() if x.strip()),
        province=profile.province or "", body_abbr=profile.body_abbr or "UBND",
        office_name=profile.office_name or "Phòng Văn hóa và Thông tin",
        office_abbr=profile.office_abbr or "VHTT")


def _plan(session: Session, plan_id: int | None) -> Plan:
    if plan_id is None:
        plan = session.scalars(select(Plan).order_by(Plan.year.desc(), Plan.id.desc())).first()
    else:
        plan = session.get(Plan, plan_id)
    if plan is None:
        raise NoPlan(plan_id)
    return plan


def plan_id_for_year(db: Database, year: int) -> int:
    """The plan of ``year`` (the newest if several)."""
    with db.transaction() as session:
        found = session.scalar(select(Plan.id).where(Plan.year == year).order_by(Plan.id.desc()))
    if found is None:
        raise InvalidInput(f"Không có kế hoạch năm {year} trong tệp dữ liệu.")
    return found


def _sections(session: Session, plan_id: int) -> list[SectionData]:
    rows = session.execute(
        select(PlanSection.id, PlanSection.label, PlanSection.title, PlanSection.kind,
               PlanSection.body, PlanSection.parent_id)
        .where(PlanSection.plan_id == plan_id).order_by(PlanSection.position, PlanSection.id))
    return [SectionData(i, label or "", title or "", kind or "other", body or "", parent)
            for i, label, title, kind, body, parent in rows]


def _targets(session: Session, plan_id: int, period: Period | None) -> list[TargetData]:
    rows = session.execute(
        select(Target.id, Target.text, Target.value, Target.unit, Target.section_id,
               Target.baseline)
        .where(Target.plan_id == plan_id).order_by(Target.position, Target.id)).all()
    actuals: dict[int, tuple[Period, float | None, str]] = {}
    if period is not None and rows:
        found = session.execute(
            select(TargetActual.target_id, TargetActual.period, TargetActual.value,
                   TargetActual.note)
            .join(Target, Target.id == TargetActual.target_id)
            .where(Target.plan_id == plan_id, TargetActual.period.in_(_codes_within(period))))
        for target_id, code, value, note in found:
            p = Period.parse(code)
            best = actuals.get(target_id)
            if best is None or p.recency > best[0].recency:
                actuals[target_id] = (p, value, note or "")
    out = []
    for i, text, value, unit, section_id, baseline in rows:
        actual = actuals.get(i)
        out.append(TargetData(i, text, value, unit, section_id, baseline,
                              actual[1] if actual else None, actual[2] if actual else ""))
    return out


def _codes_within(period: Period) -> list[str]:
    """Period codes lying inside ``period`` (a year holds its quarters and 6 months)."""
    candidates = [Period(period.year, part) for part in ("Q1", "Q2", "Q3", "Q4", "H1", "")]
    return [p.code for p in candidates
            if p.first_day >= period.first_day and p.last_day <= period.last_day]


def _tasks(session: Session, plan_id: int, period: Period | None) -> list[TaskData]:
    rows = session.execute(
        select(Task.id, Task.text, Task.group_name, Task.section_id, Unit.name, Task.deadline,
               Task.deadline_text, Task.output, Task.status, Task.progress)
        .outerjoin(Unit, Unit.id == Task.lead_unit_id)
        .where(Task.plan_id == plan_id).order_by(Task.position, Task.id)).all()
    co: dict[int, list[str]] = {}
    for task_id, name in session.execute(
            select(task_co_units.c.task_id, Unit.name)
            .join(Unit, Unit.id == task_co_units.c.unit_id)
            .join(Task, Task.id == task_co_units.c.task_id)
            .where(Task.plan_id == plan_id)
            .order_by(task_co_units.c.task_id, task_co_units.c.position)):
        co.setdefault(task_id, []).append(name)
    entries: dict[int, tuple] = {}
    if period is not None:
        for task_id, note, evidence, progress in session.execute(
                select(ProgressEntry.task_id, ProgressEntry.note, ProgressEntry.evidence,
                       ProgressEntry.progress)
                .join(Task, Task.id == ProgressEntry.task_id)
                .where(Task.plan_id == plan_id,
                       ProgressEntry.period.in_(_codes_within(period)))
                .order_by(ProgressEntry.recorded_at, ProgressEntry.id)):
            entries[task_id] = (note or "", evidence or "", progress)  # the latest wins
    out = []
    for (i, text, group, section_id, lead, deadline, deadline_txt, output, status,
         progress) in rows:
        try:
            status_value = TaskStatus(status)
        except ValueError:
            status_value = TaskStatus.NOT_STARTED
        entry = entries.get(i)
        out.append(TaskData(
            id=i, text=text, group_name=group or "", section_id=section_id,
            lead_unit=lead or "", co_units=tuple(co.get(i, ())), deadline=deadline,
            deadline_text=deadline_txt or "", output=output or "", status=status_value,
            progress=progress or 0,
            entry_note=entry[0] if entry else "", entry_evidence=entry[1] if entry else "",
            entry_progress=entry[2] if entry else None))
    return out


def _recipients(session: Session, kind: str, given: Sequence[str] | None) -> list[str]:
    if given is not None:
        return [str(x) for x in given]
    preset = session.scalars(select(RecipientPreset).where(RecipientPreset.doc_kind == kind)
                             .order_by(RecipientPreset.position, RecipientPreset.id)).first()
    return list(preset.items or []) if preset else []


def _signer(session: Session, preset_id: int | None) -> SignerData:
    if preset_id is not None:
        preset = session.get(SignerPreset, preset_id)
        if preset is None:
            raise InvalidInput(f"Không tìm thấy mẫu người ký số {preset_id}.")
    else:
        preset = session.scalars(select(SignerPreset).order_by(SignerPreset.position,
                                                               SignerPreset.id)).first()
    if preset is None:
        return SignerData()
    lines = tuple(str(x) for x in (preset.lines or []) if str(x).strip())
    return SignerData(lines or SignerData().lines, preset.signer_name or "")


def _plan_ref(plan: Plan) -> PlanRef:
    number = parse_plan_number(plan.number)
    issued = plan.issued_on if number else None
    return PlanRef(plan.id, plan.year, plan.title or "", number if issued else None, issued)


def _addressee(recipients: Sequence[str], preset_items: Sequence[str], district: DistrictData
               ) -> str:
    for item in [*recipients, *preset_items]:
        text = str(item).strip().lstrip("- ").rstrip(" ;.")
        if text.startswith("Sở "):
            return text
    return f"Sở Khoa học và Công nghệ {district.province}".strip()


def load_sources(db: Database, kind: str, plan_id: int | None = None,
                 period: str | Period | None = None, recipients: Sequence[str] | None = None,
                 signer_preset_id: int | None = None, today: dt.date | None = None) -> Sources:
    """Everything a builder needs, read in one transaction."""
    kind = normalise_kind(kind)
    today = today or dt.date.today()
    wanted = _period(period)
    with db.transaction() as session:
        district = _district(session)
        plan = _plan(session, plan_id)
        ref = _plan_ref(plan)
        recips = _recipients(session, kind, recipients)
        signer = _signer(session, signer_preset_id)
        if kind == "plan":
            bases = list(session.scalars(select(PlanBasis.text).where(PlanBasis.plan_id == plan.id)
                                         .order_by(PlanBasis.position, PlanBasis.id)))
            return PlanData(district, ref, bases, _sections(session, plan.id),
                            _targets(session, plan.id, None), _tasks(session, plan.id, None),
                            recips, signer)
        if kind == "report":
            year_to_date = wanted is None
            report_period = wanted or Period(plan.year)
            if report_period.year != plan.year:
                raise InvalidInput(f"Kỳ báo cáo {report_period.label} không thuộc kế hoạch năm "
                                   f"{plan.year}.")
            if report_period.first_day > today:
                raise InvalidInput(f"Kỳ báo cáo {report_period.label} chưa bắt đầu (hôm nay "
                                   f"là {today:%d/%m/%Y}).")
            as_of = min(today, report_period.last_day) if year_to_date else today
            preset_items = _recipients(session, "report", None)
            return ReportData(district, ref, report_period, as_of,
                              _sections(session, plan.id),
                              _targets(session, plan.id, report_period),
                              _tasks(session, plan.id, report_period), recips, signer,
                              addressee=_addressee(recips, preset_items, district),
                              year_to_date=year_to_date)
        return ReminderData(district, ref, today, reply_by_date(today),
                            _tasks(session, plan.id, None), DUE_SOON_DAYS, recips, signer)


def build(data: Sources) -> AdminDocument:
    if isinstance(data, PlanData):
        return build_plan(data)
    if isinstance(data, ReportData):
        return build_report(data)
    return build_reminder(data)


def with_choices(data: Sources, *, recipients: Sequence[str] | None = None,
                 signer: SignerData | None = None) -> Sources:
    """The same data with other recipients and/or signer (the GUI's edits, no reload)."""
    changes: dict = {}
    if recipients is not None:
        changes["recipients"] = list(recipients)
    if signer is not None:
        changes["signer"] = signer
    return replace(data, **changes) if changes else data


def units_named(data: Sources) -> list[str]:
    """Units the document speaks of (for “Thêm các đơn vị trong văn bản”): a plan's lead and
    co-operating units, a report's lead units, a reminder's addressees."""
    if isinstance(data, ReminderData):
        try:
            return [unit for unit, _ in reminder_units(data)]
        except UserFacingError:
            return []
    names: dict[str, None] = {}
    for task in data.tasks:
        if task.lead_unit:
            names[task.lead_unit] = None
    if isinstance(data, PlanData):
        for task in data.tasks:
            for unit in task.co_units:
                names[unit] = None
    return list(names)


def document_for(db: Database, kind: str, plan_id: int | None = None,
                 period: str | Period | None = None, recipients: Sequence[str] | None = None,
                 signer_preset_id: int | None = None, today: dt.date | None = None
                 ) -> AdminDocument:
    """The document of ``kind`` (plan / report / reminder) for the plan ``plan_id`` (the
    latest plan when None). A report without ``period`` covers the plan's year up to
    ``today``. ``recipients`` replaces the preset's Nơi nhận; ``Lưu: VT, …`` is added."""
    return build(load_sources(db, kind, plan_id, period, recipients, signer_preset_id, today))


def _write(path: str | os.PathLike, writer, doc: AdminDocument) -> Path:
    """Write to a temporary file beside ``path``, then replace it (never a half file)."""
    target = Path(path).expanduser().absolute()
    if not target.parent.is_dir():
        raise ExportFailed(f"Thư mục “{target.parent}” không tồn tại.")
    fd, temp = tempfile.mkstemp(prefix=".dxdesk-", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    try:
        writer(doc, temp)
        os.replace(temp, target)
    except PermissionError as exc:
        raise ExportFailed(f"Không ghi được tệp “{target}”: tệp đang mở trong chương trình "
                           f"khác hoặc không có quyền ghi. Hãy đóng tệp rồi thử lại.") from exc
    except OSError as exc:
        raise ExportFailed(f"Không ghi được tệp “{target}”: {describe_os_error(exc)}.") from exc
    finally:
        if os.path.exists(temp):
            os.remove(temp)
    return target


def write_document(doc: AdminDocument, path: str | os.PathLike) -> Path:
    """``.pdf`` → the PDF writer, anything else → .docx."""
    if Path(path).suffix.lower() == ".pdf":
        from dxdesk.documents.pdf_writer import write_pdf

        return _write(path, write_pdf, doc)
    from dxdesk.documents.docx_writer import write_docx

    return _write(path, write_docx, doc)


def export_docx(db: Database, path: str | os.PathLike, **options) -> Path:
    """``document_for(db, **options)`` written as .docx at ``path``."""
    from dxdesk.documents.docx_writer import write_docx

    return _write(path, write_docx, document_for(db, **options))


def export_pdf(db: Database, path: str | os.PathLike, **options) -> Path:
    from dxdesk.documents.pdf_writer import write_pdf

    return _write(path, write_pdf, document_for(db, **options))


def record_issue(db: Database, plan_id: int, number: int | str, issued_on: dt.date) -> str:
    """The plan was signed: store its number (``05/KH-UBND``) and date; status "issued".
    Returns the number as stored."""
    n = parse_plan_number(number)
    if n is None or n < 1:
        raise InvalidInput(f"Số văn bản không hợp lệ: {number!r} (ví dụ: 5 hoặc 05/KH-UBND).")
    if not isinstance(issued_on, dt.date):
        raise InvalidInput("Ngày ban hành không hợp lệ.")
    with db.transaction() as session:
        plan = session.get(Plan, plan_id)
        if plan is None:
            raise NoPlan(plan_id)
        if issued_on.year not in (plan.year - 1, plan.year):
            raise InvalidInput(f"Ngày ban hành {issued_on:%d/%m/%Y} không hợp với kế hoạch năm "
                               f"{plan.year}.")
        district = _district(session)
        stored = f"{n:02d}/KH-{district.body_abbr or 'UBND'}"
        previous = {"number": plan.number, "issued_on": plan.issued_on.isoformat()
                    if plan.issued_on else None, "status": plan.status}
        plan.number, plan.issued_on = stored, issued_on
        plan.status = PlanStatus.ISSUED.value
        audit.record(session, "plan.issue", entity="plan", entity_id=plan.id, number=stored,
                     issued_on=issued_on.isoformat(), previous=previous)
    return stored


def recipient_presets(db: Database, kind: str | None = None) -> list[RecipientChoice]:
    query = select(RecipientPreset).order_by(RecipientPreset.position, RecipientPreset.id)
    if kind is not None:
        query = query.where(RecipientPreset.doc_kind == normalise_kind(kind))
    with db.transaction() as session:
        return [RecipientChoice(p.id, p.name, p.doc_kind, tuple(p.items or ()))
                for p in session.scalars(query)]


def signer_presets(db: Database) -> list[SignerChoice]:
    with db.transaction() as session:
        return [SignerChoice(p.id, p.name, tuple(p.lines or ()), p.signer_name or "")
                for p in session.scalars(select(SignerPreset).order_by(SignerPreset.position,
                                                                       SignerPreset.id))]
