"""Progress forms exchanged with the lead units (Qt-free).

* :func:`export_unit_forms` — one .xlsx per lead unit listing its tasks of the plan;
* :func:`preview_import` — reads the forms the units sent back and says, row by row, what
  would change or what is wrong (nothing is written);
* :func:`apply_import` — a backup, then ONE transaction writing every accepted row.

Each accepted row becomes a :class:`~dxdesk.model.ProgressEntry` for the form's period and,
when that period is the task's latest recorded one, sets the task's status and progress —
the rules of :func:`dxdesk.services.progress.record_progress`, which opens a transaction
per call and so cannot be used for an all-or-nothing import. The same audit entries
(``progress.record``) are written, so the task's history and undo see imported entries
like hand-recorded ones, plus one ``progress.import`` entry for the whole import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from dxdesk.documents.xlsx_unit_forms import (ExportedTask, FormHeader, FormRefused, FormRow,
                                              ReturnedForm, cell_note, cell_text,
                                              read_returned_form, task_fingerprint,
                                              write_unit_form)
from dxdesk.domain.holidays import format_date
from dxdesk.domain.period import Period
from dxdesk.domain.status import TaskStatus, parse_progress
from dxdesk.errors import InvalidInput, UserFacingError
from dxdesk.model import DistrictProfile, Plan, ProgressEntry, Task, Unit, utcnow
from dxdesk.services import audit
from dxdesk.services.progress import EVIDENCE_MAX, NOTE_MAX
from dxdesk.store import Database
from dxdesk.store.lock import os_user
from dxdesk.text import clean

__all__ = ["KEEP_DXDESK", "TAKE_UNIT", "RowChange", "RowPreview", "FilePreview",
           "ImportPreview", "ImportChanged", "default_period", "export_unit_forms",
           "files_in", "form_file_name", "read_returned_form", "preview_import",
           "apply_import"]

KEEP_DXDESK = "keep"  # a conflict: keep what dxdesk has
TAKE_UNIT = "take"  # a conflict: take what the unit reported


class ImportChanged(UserFacingError):
    """A task changed between the preview and the apply: nothing was written."""


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class RowChange:
    task_id: int
    period: str  # Period code
    status: TaskStatus
    progress: int
    note: str
    evidence: str


@dataclass(frozen=True)
class RowPreview:
    file: Path
    row: int  # Excel row number
    unit_name: str
    task_id: int | None
    task_text: str
    change: RowChange | None = None
    problem: str = ""  # Vietnamese; the row will not be applied
    conflict: str = ""  # Vietnamese; applied only when the officer takes the unit's values
    current_status: TaskStatus | None = None  # in dxdesk now
    current_progress: int | None = None
    fingerprint_now: str = ""

    @property
    def key(self) -> tuple[str, int]:
        """Identifies the row in ``choices`` of :func:`apply_import`."""
        return (str(self.file), self.row)

    @property
    def is_conflict(self) -> bool:
        return bool(self.conflict) and not self.problem

    @property
    def is_ok(self) -> bool:
        return self.change is not None and not self.problem and not self.conflict

    def describe(self) -> str:
        """What changes, in the officer's words."""
        if self.change is None:
            return ""
        c = self.change
        text = f"{c.status.label}, {c.progress} %"
        if self.current_status is not None:
            text = (f"{self.current_status.label}, {self.current_progress} % → " + text)
        if c.note:
            text += f"; đã làm: {c.note if len(c.note) <= 60 else c.note[:59] + '…'}"
        if c.evidence:
            text += "; có minh chứng"
        return text


@dataclass(frozen=True)
class FilePreview:
    path: Path
    unit_name: str = ""
    period: str = ""
    refusal: str = ""  # the whole file is refused
    rows: tuple[RowPreview, ...] = ()
    unfilled: int = 0  # rows the unit left empty

    @property
    def refused(self) -> bool:
        return bool(self.refusal)

    @property
    def problems(self) -> tuple[RowPreview, ...]:
        return tuple(r for r in self.rows if r.problem)

    @property
    def has_problems(self) -> bool:
        return self.refused or bool(self.problems)


@dataclass(frozen=True)
class ImportPreview:
    files: tuple[FilePreview, ...]
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def rows(self) -> tuple[RowPreview, ...]:
        return tuple(r for f in self.files for r in f.rows)

    @property
    def ready(self) -> tuple[RowPreview, ...]:
        return tuple(r for r in self.rows if r.is_ok)

    @property
    def conflicts(self) -> tuple[RowPreview, ...]:
        return tuple(r for r in self.rows if r.is_conflict)

    @property
    def problems(self) -> tuple[RowPreview, ...]:
        return tuple(r for r in self.rows if r.problem)

    @property
    def refused_files(self) -> tuple[FilePreview, ...]:
        return tuple(f for f in self.files if f.refused)

    def lines(self) -> list[str]:
        """The preview as Vietnamese lines (the CLI prints them)."""
        out = []
        for f in self.files:
            if f.refused:
                out.append(f"✗ {f.path.name}: {f.refusal}")
                continue
            out.append(f"• {f.path.name} — {f.unit_name}, kỳ {f.period}: "
                       f"{len([r for r in f.rows if r.is_ok])} dòng cập nhật, "
                       f"{len([r for r in f.rows if r.is_conflict])} dòng xung đột, "
                       f"{len(f.problems)} dòng lỗi, {f.unfilled} dòng không điền.")
            for r in f.rows:
                label = f"dòng {r.row}" + (f", nhiệm vụ {r.task_id}" if r.task_id else "")
                if r.problem:
                    out.append(f"    ✗ {label}: {r.problem}")
                elif r.conflict:
                    out.append(f"    ! {label}: {r.conflict}")
                else:
                    out.append(f"    ✓ {label}: {r.describe()}")
        return out


# --------------------------------------------------------------------------- export


def default_period(plan_year: int, today: dt.date | None = None) -> Period:
    """The quarter of today in the plan's year; the whole year for another year's plan."""
    today = today or dt.date.today()
    return Period.quarter_of(today) if today.year == plan_year else Period(plan_year)


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def form_file_name(period: Period, short_name: str, unit_id: int) -> str:
    short = _UNSAFE.sub("", clean(short_name or "")).replace(" ", "-").strip(".-")
    return f"tien-do-{period.code}-{short or f'don-vi-{unit_id}'}.xlsx"


def export_unit_forms(db: Database, folder: str | Path, plan_id: int | None = None,
                      period: str | Period | None = None, *, include_finished: bool = False,
                      today: dt.date | None = None) -> list[Path]:
    """Write one form per lead unit of the plan (the newest plan by default) into
    ``folder``; returns the files written. Only unfinished tasks unless
    ``include_finished``."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise InvalidInput(f"Thư mục “{folder}” không tồn tại; hãy chọn một thư mục có sẵn.")
    today = today or dt.date.today()
    with db.transaction() as session:
        plan = _plan(session, plan_id)
        the_period = _period(period, plan.year, today)
        profile = session.scalars(select(DistrictProfile)).first()
        district = (f"{profile.body_abbr or 'UBND'} {profile.name}" if profile else "")
        units = {u.id: u for u in session.scalars(select(Unit))}
        tasks = session.scalars(select(Task).where(Task.plan_id == plan.id,
                                                   Task.lead_unit_id.is_not(None))
                                .order_by(Task.position, Task.id)).all()
        by_unit: dict[int, list[ExportedTask]] = {}
        for task in tasks:
            status = TaskStatus(task.status)
            if status.is_finished and not include_finished:
                continue
            by_unit.setdefault(task.lead_unit_id, []).append(_exported(task))
        plan_title, plan_year, plan_key = plan.title or "", plan.year, plan.id
    exported_at = utcnow().replace(microsecond=0).isoformat() + "Z"
    written, names = [], set()
    for unit_id in sorted(by_unit, key=lambda u: (units[u].position, units[u].id)):
        unit = units[unit_id]
        name = form_file_name(the_period, unit.short_name, unit.id)
        if name.lower() in names:  # two units with the same short name
            name = name[:-5] + f"-{unit.id}.xlsx"
        names.add(name.lower())
        header = FormHeader(plan_id=plan_key, plan_year=plan_year, plan_title=plan_title,
                            period=the_period.code, period_label=the_period.label,
                            unit_id=unit.id, unit_name=unit.name,
                            unit_short_name=unit.short_name or "", district_line=district,
                            exported_at=exported_at)
        written.append(write_unit_form(folder / name, header, by_unit[unit_id]))
    if not written:
        raise InvalidInput("Kế hoạch không có nhiệm vụ nào (chưa hoàn thành) đã giao cho "
                           "đơn vị chủ trì: không có biểu mẫu nào để gửi.")
    return written


def _exported(task: Task) -> ExportedTask:
    return ExportedTask(task_id=task.id, text=task.text or "", deadline=_deadline(task),
                        status_label=TaskStatus(task.status).label,
                        progress=int(task.progress or 0), fingerprint=_fingerprint(task))


def _deadline(task: Task) -> str:
    return format_date(task.deadline) if task.deadline else (task.deadline_text or "")


def _fingerprint(task: Task) -> str:
    return task_fingerprint(task.text, task.deadline, task.deadline_text, task.status,
                            task.progress, task.lead_unit_id)


def _plan(session, plan_id: int | None) -> Plan:
    if plan_id is None:
        plan = session.scalars(select(Plan).order_by(Plan.year.desc(), Plan.id.desc())).first()
        if plan is None:
            raise InvalidInput("Chưa có kế hoạch nào trong tệp dữ liệu; hãy lập kế hoạch trước.")
        return plan
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise InvalidInput(f"Không tìm thấy kế hoạch {plan_id}.")
    return plan


def _period(period: str | Period | None, plan_year: int, today: dt.date) -> Period:
    if period is None or period == "":
        return default_period(plan_year, today)
    the_period = period if isinstance(period, Period) else Period.parse(str(period))
    if the_period.year != plan_year:
        raise InvalidInput(f"Kỳ {the_period.label} không thuộc kế hoạch năm {plan_year}.")
    if the_period.first_day > today:
        raise InvalidInput(f"Chưa đến {the_period.label}: chưa thể lấy báo cáo tiến độ "
                           f"cho kỳ này.")
    return the_period


# --------------------------------------------------------------------------- preview


def preview_import(db: Database, paths: Iterable[str | Path],
                   today: dt.date | None = None) -> ImportPreview:
    """Read every returned form and check every filled row against the database.
    Nothing is written."""
    today = today or dt.date.today()
    files: list[FilePreview] = []
    seen: dict[int, str] = {}  # task id → file where it was first reported
    with db.transaction() as session:
        for path in paths:
            path = Path(path)
            try:
                form = read_returned_form(path)
            except FormRefused as exc:
                files.append(FilePreview(path, refusal=str(exc)))
                continue
            files.append(_preview_file(session, form, today, seen))
    return ImportPreview(tuple(files), today)


def _preview_file(session, form: ReturnedForm, today: dt.date,
                  seen: dict[int, str]) -> FilePreview:
    h, path = form.header, form.path
    unit = session.get(Unit, h.unit_id)
    plan = session.get(Plan, h.plan_id)
    unit_name = unit.name if unit else h.unit_name
    refusal = ""
    if plan is None or plan.year != h.plan_year:
        refusal = (f"Biểu mẫu thuộc kế hoạch năm {h.plan_year} không có trong tệp dữ liệu này "
                   f"(có thể đã xuất từ một tệp dữ liệu khác).")
    elif unit is None:
        refusal = f"Đơn vị “{h.unit_name}” của biểu mẫu không còn trong tệp dữ liệu."
    else:
        try:
            period = _period(h.period, plan.year, today)
        except UserFacingError as exc:
            refusal = str(exc)
    if refusal:
        return FilePreview(path, unit_name, h.period, refusal=f"Tệp “{path.name}”: {refusal}")
    rows, unfilled, in_file = [], 0, set()
    for raw in form.rows:
        if not raw.filled and not _locked_edited_without_id(raw):
            unfilled += 1
            continue
        row = _preview_row(session, form, raw, period, unit_name)
        if row.task_id is not None and not row.problem:
            if row.task_id in in_file:
                row = _with_problem(row, "Nhiệm vụ này xuất hiện hai lần trong biểu mẫu.")
            elif row.task_id in seen:
                row = _with_problem(row, f"Nhiệm vụ này đã có trong tệp “{seen[row.task_id]}”"
                                         f" (chỉ nhận một lần).")
            in_file.add(row.task_id)
            seen.setdefault(row.task_id, path.name)
        rows.append(row)
    return FilePreview(path, unit_name, period.code, rows=tuple(rows), unfilled=unfilled)


def _locked_edited_without_id(raw: FormRow) -> bool:
    """A row typed in by the unit (not one of ours) but with nothing in the fill columns."""
    return raw.task_id is None and not raw.empty


def _with_problem(row: RowPreview, problem: str) -> RowPreview:
    from dataclasses import replace

    return replace(row, problem=problem)


def _preview_row(session, form: ReturnedForm, raw: FormRow, period: Period,
                 unit_name: str) -> RowPreview:
    h = form.header
    base = dict(file=form.path, row=raw.row, unit_name=unit_name)
    text = cell_text(raw.text)
    if raw.formula_cells:
        return RowPreview(**base, task_id=None, task_text=text,
                          problem=f"Ô {', '.join(raw.formula_cells)} chứa công thức; biểu mẫu "
                                  f"chỉ nhận giá trị gõ vào.")
    task_id = _int(raw.task_id)
    if task_id is None:
        shown = cell_text(raw.task_id)
        return RowPreview(**base, task_id=None, task_text=text,
                          problem=(f"Mã nhiệm vụ “{shown}” không hợp lệ." if shown else
                                   "Dòng thêm vào không có mã nhiệm vụ: biểu mẫu chỉ nhận "
                                   "tiến độ của các nhiệm vụ đã gửi."))
    exported = form.tasks.get(task_id)
    task = session.get(Task, task_id)
    if exported is None:
        if task is None:
            problem = f"Không có nhiệm vụ mã {task_id} trong tệp dữ liệu."
        elif task.plan_id != h.plan_id:
            problem = f"Nhiệm vụ mã {task_id} không thuộc kế hoạch năm {h.plan_year}."
        else:
            problem = (f"Nhiệm vụ mã {task_id} không thuộc biểu mẫu gửi {h.unit_name} "
                       f"(do đơn vị khác chủ trì).")
        return RowPreview(**base, task_id=task_id, task_text=text, problem=problem)
    base.update(task_id=task_id, task_text=exported.text)
    edited = _locked_edits(raw, exported)
    if edited:
        return RowPreview(**base, problem=f"Đơn vị đã sửa cột khóa ({', '.join(edited)}); "
                                          f"hãy đề nghị đơn vị dùng đúng biểu mẫu đã gửi.")
    if task is None or task.plan_id != h.plan_id:
        return RowPreview(**base, problem="Nhiệm vụ này đã bị xóa khỏi kế hoạch sau khi gửi "
                                          "biểu mẫu.")
    current = TaskStatus(task.status)
    base.update(current_status=current, current_progress=int(task.progress or 0),
                fingerprint_now=_fingerprint(task))
    try:
        change = _change(raw, exported, task_id, period)
    except InvalidInput as exc:
        return RowPreview(**base, problem=str(exc))
    if base["fingerprint_now"] != exported.fingerprint:
        what = []
        if task.lead_unit_id != h.unit_id:
            what.append("đơn vị chủ trì")
        if (task.text or "") != exported.text:
            what.append("nội dung")
        if _deadline(task) != exported.deadline:
            what.append("thời hạn")
        if current.label != exported.status_label or task.progress != exported.progress:
            what.append("trạng thái/tiến độ")
        conflict = (f"Nhiệm vụ đã được cập nhật trong dxdesk sau khi gửi biểu mẫu "
                    f"({', '.join(what) or 'thông tin'}): dxdesk có “{current.label}, "
                    f"{task.progress} %”, đơn vị báo “{change.status.label}, "
                    f"{change.progress} %”. Chọn giữ của dxdesk hoặc lấy của đơn vị.")
        return RowPreview(**base, change=change, conflict=conflict)
    return RowPreview(**base, change=change)


def _locked_edits(raw: FormRow, exported: ExportedTask) -> list[str]:
    edited = []
    if cell_text(raw.text) != clean(exported.text):
        edited.append("Nhiệm vụ")
    if cell_text(raw.deadline) != clean(exported.deadline):
        edited.append("Thời hạn")
    if cell_text(raw.status_now) != clean(exported.status_label):
        edited.append("Trạng thái hiện tại")
    if _int(raw.progress_now) != exported.progress:
        edited.append("Tiến độ hiện tại")
    return edited


def _change(raw: FormRow, exported: ExportedTask, task_id: int, period: Period) -> RowChange:
    """The row's values checked with record_progress's rules; InvalidInput otherwise."""
    label = cell_text(raw.status).lower()
    if label:
        status = _status(label)
    else:
        status = TaskStatus.from_label(exported.status_label)
    if raw.progress is None or cell_text(raw.progress) == "":
        progress = 100 if status in (TaskStatus.DONE, TaskStatus.DONE_LATE) else exported.progress
    else:
        progress = _progress(raw.progress)
    if status in (TaskStatus.DONE, TaskStatus.DONE_LATE) and progress != 100:
        raise InvalidInput(f"Trạng thái “{status.label}” đi với tiến độ 100 %, "
                           f"không phải {progress} %.")
    note, evidence = cell_note(raw.note), cell_note(raw.evidence)
    if len(note) > NOTE_MAX:
        raise InvalidInput(f"Phần “đã thực hiện được” quá dài (tối đa {NOTE_MAX} ký tự).")
    if len(evidence) > EVIDENCE_MAX:
        raise InvalidInput(f"Phần minh chứng quá dài (tối đa {EVIDENCE_MAX} ký tự).")
    return RowChange(task_id, period.code, status, progress, note, evidence)


def _status(label: str) -> TaskStatus:
    for status in TaskStatus:
        if status.label == label or status.value == label:
            return status
    choices = ", ".join(f"“{s.label}”" for s in TaskStatus)
    raise InvalidInput(f"Trạng thái “{label}” không có trong danh sách ({choices}).")


def _progress(value) -> int:
    """The rule every progress % goes through (domain), for a cell's value."""
    if isinstance(value, bool):
        value = str(value)
    return parse_progress(value)


def _int(value) -> int | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = clean(str(value))
    return int(text) if text.isdigit() else None


# --------------------------------------------------------------------------- apply


def apply_import(db: Database, preview: ImportPreview,
                 choices: Mapping[tuple[str, int], str] | None = None,
                 today: dt.date | None = None) -> int:
    """Write the rows without problems, and the conflicts whose choice is
    :data:`TAKE_UNIT`; returns how many entries were written. A backup first, then one
    transaction: any error writes nothing. Refused when a task changed since the preview."""
    choices = choices or {}
    today = today or preview.today
    accepted: list[RowPreview] = [r for r in preview.rows if r.change is not None
                                  and not r.problem
                                  and (not r.conflict or choices.get(r.key) == TAKE_UNIT)]
    if not accepted:
        return 0
    db.backup("before-progress-import")
    with db.transaction() as session:
        for row in accepted:
            _apply_row(session, row, today)
        audit.record(session, "progress.import", entity="task", entity_id=None,
                     task_ids=[r.task_id for r in accepted],
                     files=sorted({r.file.name for r in accepted}),
                     periods=sorted({r.change.period for r in accepted}))
    return len(accepted)


def _apply_row(session, row: RowPreview, today: dt.date) -> None:
    from dxdesk.services.progress import _latest_entry_id  # the rule: latest period governs

    change = row.change
    task = session.get(Task, change.task_id)
    if task is None:
        raise ImportChanged(f"Nhiệm vụ mã {change.task_id} đã bị xóa sau khi xem trước: "
                            f"không cập nhật gì; hãy xem trước lại.")
    if _fingerprint(task) != row.fingerprint_now:
        raise ImportChanged(f"Nhiệm vụ mã {change.task_id} vừa thay đổi sau khi xem trước: "
                            f"không cập nhật gì; hãy xem trước lại.")
    # The rules of record_progress, checked again: a hand-made preview cannot slip through.
    status = TaskStatus(change.status)
    progress = _progress(change.progress)
    if status in (TaskStatus.DONE, TaskStatus.DONE_LATE) and progress != 100:
        raise InvalidInput(f"Nhiệm vụ mã {task.id}: trạng thái “{status.label}” đi với tiến "
                           f"độ 100 %, không phải {progress} %.")
    period = Period.parse(change.period)
    if period.first_day > today:
        raise InvalidInput(f"Chưa đến {period.label}: chưa thể ghi nhận tiến độ cho kỳ này.")
    plan_year = session.scalar(select(Plan.year).where(Plan.id == task.plan_id))
    if plan_year is not None and period.year != plan_year:
        raise InvalidInput(f"Kỳ {period.label} không thuộc kế hoạch năm {plan_year}.")
    note = clean(change.note or "", keep_newlines=True)
    evidence = clean(change.evidence or "", keep_newlines=True)
    if len(note) > NOTE_MAX or len(evidence) > EVIDENCE_MAX:
        raise InvalidInput(f"Nhiệm vụ mã {task.id}: phần đã làm hoặc minh chứng quá dài.")
    old_status, old_progress = task.status, task.progress
    entry = ProgressEntry(task_id=task.id, period=period.code, status=status.value,
                          progress=progress, note=note, evidence=evidence,
                          recorded_by=os_user(), recorded_at=utcnow())
    session.add(entry)
    session.flush()
    governs = _latest_entry_id(session, task.id) == entry.id
    if governs:
        task.status, task.progress, task.updated_at = status.value, progress, utcnow()
    audit.record(session, "progress.record", entity="task", entity_id=task.id,
                 entry_id=entry.id, period=period.code, status=status.value,
                 progress=progress, task_updated=governs, old_status=old_status,
                 old_progress=old_progress, source="unit-form", file=row.file.name)
    session.flush()


def files_in(paths: Sequence[str | Path]) -> list[Path]:
    """The given paths, folders expanded to the .xlsx files they hold."""
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.glob("*.xls*")) if p.is_dir() else [p])
    return out
