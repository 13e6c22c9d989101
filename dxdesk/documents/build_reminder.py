"""Công văn đôn đốc: ``ReminderData`` → ``AdminDocument``.

``Số: …/UBND-VHTT`` with ``V/v đôn đốc thực hiện nhiệm vụ chuyển đổi số năm N`` under it;
``Kính gửi:`` the units leading a late or soon-due task; for each unit its tasks and their
deadlines; what they must do and by when (``reply_by``); Nơi nhận beginning ``Như trên``.
"""

from __future__ import annotations

import datetime as dt

from dxdesk.documents.build_common import (bullets, clean, date_text, deadline_text,
                                           header_for, item_text, plan_reference,
                                           qty, recipients_for, signer_for, symbol_for)
from dxdesk.documents.model import (AdminDocument, Align, Appendix, Block, Column,
                                    DocumentKind, GroupRow, Heading, Paragraph, Row, Table,
                                    format_appendix_reference, roman)
from dxdesk.documents.sources import ReminderData, TaskData
from dxdesk.errors import UserFacingError


# Up to this many tasks are listed in the letter itself, under each unit; more go to a
# Phụ lục table and the letter gives each unit's count (a công văn stays short).
INLINE_LIMIT = 15

APPENDIX_COLUMNS = (
    Column("STT", 13, Align.CENTER),
    Column("Nhiệm vụ", 84, Align.JUSTIFY),
    Column("Thời hạn", 24, Align.CENTER),
    Column("Tình trạng", 36, Align.CENTER),
)


class NothingToRemind(UserFacingError):
    """No late or soon-due task with a lead unit: there is no one to write to."""

    def __init__(self, today: dt.date, days: int):
        super().__init__(
            f"Không có nhiệm vụ nào quá hạn hoặc sắp đến hạn (trong {days} ngày tới, tính từ "
            f"ngày {date_text(today)}) có đơn vị chủ trì, nên không cần công văn đôn đốc.")


def reminder_tasks(data: ReminderData) -> list[TaskData]:
    """The tasks the letter is about: late, or due within ``due_within_days``, with a lead
    unit — in plan order."""
    return [t for t in data.tasks if clean(t.lead_unit)
            and (t.is_late(data.today) or t.is_due_soon(data.today, data.due_within_days))]


def reminder_units(data: ReminderData) -> list[tuple[str, list[TaskData]]]:
    """(unit, its tasks) in the order the units first appear in the plan."""
    units: dict[str, list[TaskData]] = {}
    for task in reminder_tasks(data):
        units.setdefault(clean(task.lead_unit), []).append(task)
    for items in units.values():  # the most overdue first, then by deadline
        items.sort(key=lambda t: (t.deadline is None, t.deadline or data.today))
    return list(units.items())


def _task_line(task: TaskData, today: dt.date) -> str:
    when = deadline_text(task) or "chưa xác định"
    if task.deadline is not None:
        days = (task.deadline - today).days
        if days < 0:
            state = f"đã quá hạn {-days} ngày"
        elif days == 0:
            state = "đến hạn hôm nay"
        else:
            state = f"còn {days} ngày"
        return f"{item_text(task.text)} (thời hạn: {when}, {state})"
    return f"{item_text(task.text)} (thời hạn: {when}, đã quá hạn)"


def build_reminder(data: ReminderData) -> AdminDocument:
    district, plan, today = data.district, data.plan, data.today
    units = reminder_units(data)
    if not units:
        raise NothingToRemind(today, data.due_within_days)
    tasks = [t for _, items in units for t in items]
    late = sum(1 for t in tasks if t.is_late(today))
    soon = len(tasks) - late
    header = header_for(district, symbol_for(None, district), year=today.year)
    situation = []
    if late:
        situation.append(f"{qty(late)} nhiệm vụ đã quá thời hạn hoàn thành")
    if soon:
        situation.append(f"{qty(soon)} nhiệm vụ sắp đến hạn (trong {data.due_within_days} ngày "
                         f"tới) nhưng chưa hoàn thành")
    blocks: list[Block] = [
        Paragraph(f"Thực hiện {plan_reference(plan, district)}; qua theo dõi, đến ngày "
                  f"{date_text(today)} còn {' và '.join(situation)}, cụ thể:"),
    ]
    appendices: tuple[Appendix, ...] = ()
    symbol = symbol_for(None, district)
    if len(tasks) <= INLINE_LIMIT:
        for k, (unit, items) in enumerate(units, start=1):
            blocks.append(Heading(2, unit, str(k)))
            blocks.extend(bullets([_task_line(t, today) for t in items]))
        what = "các nhiệm vụ được giao nêu trên"
    else:
        blocks.extend(bullets([f"{unit}: {_unit_counts(items, today)}" for unit, items in units]))
        blocks.append(Paragraph("Danh sách nhiệm vụ cụ thể tại Phụ lục kèm theo Công văn này."))
        appendices = (Appendix(
            title="Danh sách nhiệm vụ chuyển đổi số quá hạn, sắp đến hạn",
            blocks=(_task_table(units, today),),
            reference=format_appendix_reference("Công văn", None, symbol, None, header.year,
                                                district.issuer_name),
            landscape=False),)
        what = "các nhiệm vụ được giao tại Phụ lục kèm theo"
    blocks += [
        Paragraph(f"Để bảo đảm tiến độ thực hiện Kế hoạch, Chủ tịch {district.issuer_name} yêu "
                  f"cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, thị "
                  f"trấn có tên nêu trên:"),
        *bullets([
            f"Khẩn trương triển khai, hoàn thành {what}; báo cáo kết "
            f"quả thực hiện về {district.issuer_name} (qua {district.office_name}) trước ngày "
            f"{date_text(data.reply_by)}",
            "Đối với nhiệm vụ không thể hoàn thành đúng thời hạn, nêu rõ nguyên nhân, khó "
            "khăn, vướng mắc và đề xuất giải pháp, thời gian hoàn thành",
        ]),
        Paragraph(f"Giao {district.office_name} theo dõi, đôn đốc, tổng hợp, báo cáo "
                  f"{district.issuer_name} kết quả thực hiện."),
    ]
    return AdminDocument(
        kind=DocumentKind.LETTER,
        header=header,
        summary=(f"đôn đốc thực hiện nhiệm vụ chuyển đổi số năm {plan.year}",),
        addressees=tuple(unit for unit, _ in units),
        blocks=tuple(blocks),
        recipients=recipients_for(data.recipients, district, first="Như trên",
                                  exclude=[unit for unit, _ in units]),
        signer=signer_for(data.signer),
        appendices=appendices,
    )


def _unit_counts(items: list[TaskData], today: dt.date) -> str:
    late = sum(1 for t in items if t.is_late(today))
    parts = []
    if late:
        parts.append(f"{qty(late)} nhiệm vụ quá hạn")
    if len(items) - late:
        parts.append(f"{qty(len(items) - late)} nhiệm vụ sắp đến hạn")
    return ", ".join(parts)


def _state(task: TaskData, today: dt.date) -> str:
    if task.deadline is None:
        return "Quá hạn"
    days = (task.deadline - today).days
    if days < 0:
        return f"Quá hạn {-days} ngày"
    return "Đến hạn hôm nay" if days == 0 else f"Còn {days} ngày"


def _task_table(units: list[tuple[str, list[TaskData]]], today: dt.date) -> Table:
    rows: list[Row | GroupRow] = []
    n = 0
    for k, (unit, items) in enumerate(units, start=1):
        rows.append(GroupRow(unit, label=roman(k)))
        for task in items:
            n += 1
            rows.append(Row((str(n), item_text(task.text), deadline_text(task) or "",
                             _state(task, today))))
    return Table(APPENDIX_COLUMNS, tuple(rows), font_size=12)
