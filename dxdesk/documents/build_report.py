"""Báo cáo kết quả thực hiện: ``ReportData`` → ``AdminDocument``.

The usual district outline (``nd30-layout.md``): an opening sentence citing the plan;
I. Công tác lãnh đạo, chỉ đạo; II. Kết quả thực hiện (overall counts by status, targets
plan vs result, then each pillar with what the units reported in the period, kinh phí);
III. Đánh giá chung (ưu điểm; tồn tại, hạn chế — the late tasks; nguyên nhân); IV and V
with a placeholder sentence for the officer; "Trên đây là báo cáo …./."; Kính gửi the Sở;
a landscape Phụ lục with targets and tasks, plan vs result.

Counts are the tasks' status at the time of writing (``as_of``); what was done comes from
the progress entries of the period.
"""

from __future__ import annotations

from collections import Counter

from dxdesk.documents.build_common import (bullets, clean, date_text, deadline_text,
                                           header_for, item_text, number_text, percent,
                                           plan_reference, qty, recipients_for, sentence,
                                           signer_for, symbol_for, task_groups)
from dxdesk.documents.model import (AdminDocument, Align, Appendix, Block, Column,
                                    DocumentKind, GroupRow, Heading, Paragraph, Row, Span,
                                    Table, format_appendix_reference, roman)
from dxdesk.documents.sources import ReportData, TargetData, TaskData
from dxdesk.domain.status import TaskStatus

PLACEHOLDER_PREFIX = "[Bổ sung:"
# The body names at most this many reported tasks per pillar and late tasks; the appendix
# lists every task (a 1,000-task report stays readable).
ENTRIES_PER_GROUP = 10
LATE_IN_BODY = 30
APPENDIX_SENTENCE = "Kết quả thực hiện từng chỉ tiêu, nhiệm vụ tại Phụ lục kèm theo Báo cáo này."

APPENDIX_COLUMNS = (
    Column("STT", 11, Align.CENTER),
    Column("Nhiệm vụ / chỉ tiêu", 78, Align.JUSTIFY),
    Column("Kế hoạch", 24, Align.CENTER),
    Column("Kết quả", 46, Align.CENTER),
    Column("Tỷ lệ %", 17, Align.CENTER),
    Column("Đơn vị chủ trì", 32, Align.CENTER),
    Column("Tình trạng", 22, Align.CENTER),
    Column("Ghi chú", 28, Align.CENTER),
)

STATUS_ORDER = (TaskStatus.DONE, TaskStatus.DONE_LATE, TaskStatus.IN_PROGRESS,
                TaskStatus.NOT_STARTED, TaskStatus.OVERDUE, TaskStatus.CARRIED_OVER,
                TaskStatus.STOPPED)


def placeholder(text: str) -> Paragraph:
    """A sentence the officer completes in Word (italic, in brackets)."""
    return Paragraph((Span(f"{PLACEHOLDER_PREFIX} {text}]", italic=True),))


def period_label(data: ReportData) -> str:
    """``quý III năm 2026``; a year-to-date report: ``năm 2026``."""
    return data.period.label


def status_counts(tasks: list[TaskData]) -> Counter:
    return Counter(t.status for t in tasks)


def count_phrase(counts: Counter) -> str:
    """``hoàn thành 3, đang thực hiện 2, quá hạn 1`` (statuses present only)."""
    return ", ".join(f"{s.label} {qty(counts[s])}" for s in STATUS_ORDER if counts[s])


def target_ratio(t: TargetData) -> float | None:
    if t.actual is None or not t.value:
        return None
    return 100.0 * t.actual / t.value


def build_report(data: ReportData) -> AdminDocument:
    district, plan = data.district, data.plan
    symbol = symbol_for("BC", district)
    header = header_for(district, symbol, year=data.as_of.year)
    label = period_label(data)
    addressee = clean(data.addressee) or f"Sở Khoa học và Công nghệ {district.province}".strip()
    until = f" (tính đến ngày {date_text(data.as_of)})" if data.year_to_date else ""
    intro = Paragraph(f"Thực hiện {plan_reference(plan, district)}, {district.issuer_name} "
                      f"báo cáo kết quả thực hiện {label}{until} như sau:")
    blocks = [*_leadership(data), *_results(data), *_assessment(data), *_next_steps(data)]
    blocks.append(Paragraph(f"Trên đây là báo cáo kết quả thực hiện Kế hoạch chuyển đổi số "
                            f"{label} của {district.issuer_name}."))
    appendix = Appendix(
        title=f"Kết quả thực hiện chỉ tiêu, nhiệm vụ chuyển đổi số {label}",
        blocks=(report_table(data),),
        label="Phụ lục",
        reference=format_appendix_reference("Báo cáo", None, symbol, None, header.year,
                                            district.issuer_name),
        landscape=True,
    )
    return AdminDocument(
        kind=DocumentKind.REPORT,
        header=header,
        summary=(f"Kết quả thực hiện Kế hoạch chuyển đổi số {label}",),
        addressees=(addressee,),
        intro=(intro,),
        blocks=tuple(blocks),
        recipients=recipients_for(data.recipients, district, first="Như trên",
                                  exclude=(addressee,)),
        signer=signer_for(data.signer),
        appendices=(appendix,),
    )


def _leadership(data: ReportData) -> list[Block]:
    district, plan = data.district, data.plan
    leads = {clean(t.lead_unit) for t in data.tasks if clean(t.lead_unit)}
    verb = "ban hành" if plan.is_issued else "xây dựng"
    reported = sum(1 for t in data.tasks if t.entry_note or t.entry_progress is not None)
    out: list[Block] = [
        Heading(1, "Công tác lãnh đạo, chỉ đạo", "I"),
        Paragraph(f"{district.issuer_name} đã {verb} {plan_reference(plan, district, own=True)} với "
                  f"{qty(len(data.tasks))} nhiệm vụ, {qty(len(data.targets))} chỉ tiêu; giao "
                  f"{qty(len(leads))} cơ quan, đơn vị, địa phương chủ trì thực hiện."),
        Paragraph(f"{district.office_name} theo dõi, đôn đốc, tổng hợp kết quả thực hiện; "
                  f"trong kỳ có {qty(reported)} nhiệm vụ được các đơn vị báo cáo kết quả."),
    ]
    return out


def _results(data: ReportData) -> list[Block]:
    tasks = data.tasks
    counts = status_counts(tasks)
    total = len(tasks)
    out: list[Block] = [
        Heading(1, "Kết quả thực hiện", "II"),
        Heading(2, "Kết quả chung", "1"),
        Paragraph(f"Kế hoạch có {qty(total)} nhiệm vụ. Đến ngày {date_text(data.as_of)}, tình "
                  f"trạng thực hiện như sau:"),
    ]
    lines = [f"{sentence(s.label)}: {qty(counts[s])} nhiệm vụ ({percent(counts[s], total)})"
             for s in STATUS_ORDER if counts[s]]
    out.extend(bullets(lines) if lines else [Paragraph("Chưa có nhiệm vụ nào.")])
    out.append(Paragraph(APPENDIX_SENTENCE))
    n = 1
    if data.targets:
        n += 1
        out.append(Heading(2, "Thực hiện các chỉ tiêu", str(n)))
        reached = sum(1 for t in data.targets if (r := target_ratio(t)) is not None and r >= 100)
        if reached:
            out.append(Paragraph(f"Có {qty(reached)}/{qty(len(data.targets))} chỉ tiêu đạt hoặc "
                                 f"vượt kế hoạch, cụ thể:"))
        else:
            out.append(Paragraph(f"Chưa có chỉ tiêu nào đạt kế hoạch; kết quả thực hiện "
                                 f"{qty(len(data.targets))} chỉ tiêu như sau:"))
        out.extend(bullets([_target_line(t) for t in data.targets]))
    groups = task_groups(tasks, data.sections)
    if groups:
        n += 1
        out.append(Heading(2, "Kết quả thực hiện nhiệm vụ theo lĩnh vực", str(n)))
    for k, (group, items) in enumerate(groups):
        out.append(Heading(3, group, _letter(k), bold=True, italic=True))
        group_counts = status_counts(items)
        out.append(Paragraph(f"Có {qty(len(items))} nhiệm vụ: {count_phrase(group_counts)}."))
        done = [t for t in items if t.entry_note]
        if done:
            lines = [_entry_line(t) for t in done[:ENTRIES_PER_GROUP]]
            if len(done) > ENTRIES_PER_GROUP:
                lines.append(f"Các nhiệm vụ khác ({qty(len(done) - ENTRIES_PER_GROUP)} nhiệm vụ): "
                             f"chi tiết tại Phụ lục kèm theo")
            out.extend(bullets(lines))
        else:
            out.append(Paragraph("Trong kỳ, các đơn vị chưa báo cáo kết quả thực hiện nhiệm vụ "
                                 "thuộc lĩnh vực này."))
    n += 1
    out.append(Heading(2, "Kinh phí", str(n)))
    out.append(placeholder("kinh phí đã bố trí và giải ngân cho chuyển đổi số trong kỳ, "
                           "nguồn kinh phí."))
    return out


def _letter(k: int) -> str:
    """Points a), b), … (the Vietnamese alphabet has no f, j, w, z)."""
    letters = "abcdeghiklmnopqrstuvxy"
    return letters[k] if k < len(letters) else f"{letters[k // len(letters) - 1]}{letters[k % len(letters)]}"


def _target_line(t: TargetData) -> str:
    text = item_text(t.text)
    plan = number_text(t.value, t.unit)
    if t.actual is None:
        return f"{text}: kế hoạch {plan or '…'}, chưa có số liệu"
    ratio = target_ratio(t)
    ratio_text = f" ({number_text(ratio, '%')} kế hoạch)" if ratio is not None else ""
    return f"{text}: kế hoạch {plan or '…'}, thực hiện {number_text(t.actual, t.unit)}{ratio_text}"


def _entry_line(t: TaskData) -> str:
    line = f"{item_text(t.text)}: {item_text(t.entry_note)}"
    if t.entry_evidence:
        line += f" ({item_text(t.entry_evidence)})"
    return line


def _assessment(data: ReportData) -> list[Block]:
    tasks = data.tasks
    counts = status_counts(tasks)
    finished = counts[TaskStatus.DONE] + counts[TaskStatus.DONE_LATE]
    late = sorted((t for t in tasks if t.is_late(data.as_of)),  # the most overdue first
                  key=lambda t: (t.deadline is None, t.deadline or data.as_of))
    out: list[Block] = [
        Heading(1, "Đánh giá chung", "III"),
        Heading(2, "Ưu điểm", "1"),
        Paragraph(f"Các cơ quan, đơn vị, địa phương đã hoàn thành {qty(finished)}/{qty(len(tasks))} "
                  f"nhiệm vụ ({percent(finished, len(tasks)) or '0%'}) của Kế hoạch."),
        Heading(2, "Tồn tại, hạn chế", "2"),
    ]
    if late:
        out.append(Paragraph(f"Còn {qty(len(late))} nhiệm vụ quá hạn chưa hoàn thành, cụ thể:"))
        lines = [f"{item_text(t.text)} (đơn vị chủ trì: {clean(t.lead_unit) or 'chưa giao'}; "
                 f"thời hạn: {deadline_text(t) or 'chưa xác định'})" for t in late[:LATE_IN_BODY]]
        if len(late) > LATE_IN_BODY:
            lines.append(f"Và {qty(len(late) - LATE_IN_BODY)} nhiệm vụ khác (chi tiết tại Phụ lục "
                         f"kèm theo)")
        out.extend(bullets(lines))
    else:
        out.append(Paragraph("Không có nhiệm vụ quá hạn chưa hoàn thành."))
    out.append(Heading(2, "Nguyên nhân", "3"))
    out.append(placeholder("nguyên nhân của những tồn tại, hạn chế nêu trên."))
    return out


def _next_steps(data: ReportData) -> list[Block]:
    return [
        Heading(1, "Nhiệm vụ, giải pháp thời gian tới", "IV"),
        placeholder("nhiệm vụ, giải pháp trọng tâm trong thời gian tới."),
        Heading(1, "Đề xuất, kiến nghị", "V"),
        placeholder("đề xuất, kiến nghị với cấp trên (nếu có)."),
    ]


def report_table(data: ReportData) -> Table:
    rows: list[Row | GroupRow] = []
    if data.targets:
        rows.append(GroupRow("Chỉ tiêu", label="A"))
        for k, t in enumerate(data.targets, start=1):
            ratio = target_ratio(t)
            if t.actual is None:
                state = "Chưa có số liệu"
            else:
                state = "Đạt" if ratio is not None and ratio >= 100 else "Chưa đạt"
            rows.append(Row((str(k), item_text(t.text), number_text(t.value, t.unit),
                             number_text(t.actual, t.unit), number_text(ratio),
                             "", state, clean(t.actual_note))))
        rows.append(GroupRow("Nhiệm vụ", label="B"))
    n = 0
    for g, (group, items) in enumerate(task_groups(data.tasks, data.sections), start=1):
        rows.append(GroupRow(group, label=roman(g)))
        for t in items:
            n += 1
            progress = t.entry_progress if t.entry_progress is not None else t.progress
            note = clean(t.entry_evidence)
            if t.is_late(data.as_of) and t.status is not TaskStatus.OVERDUE:
                note = "; ".join(x for x in ("Quá hạn", note) if x)
            rows.append(Row((str(n), item_text(t.text), deadline_text(t), item_text(t.entry_note),
                             str(progress), clean(t.lead_unit), sentence(t.status.label), note)))
    return Table(APPENDIX_COLUMNS, tuple(rows), font_size=11)
