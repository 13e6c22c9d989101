"""Kế hoạch: ``PlanData`` → ``AdminDocument`` (the district's yearly plan as issued).

Header ``Số: …/KH-UBND`` (blank number and day/month while a draft), ``KẾ HOẠCH`` and the
summary, the căn cứ in italic then "Ủy ban nhân dân huyện … ban hành Kế hoạch … như sau:",
the outline with its body text (targets under MỤC TIÊU, tasks as ``-`` lines under their
pillar headings, a sentence referring to the appendix), ``./.``, Nơi nhận and signer, and a
landscape Phụ lục with the task table grouped by pillar.
"""

from __future__ import annotations

from dxdesk.documents.build_common import (Outline, bullets, clean, deadline_text, header_for,
                                           item_text, recipients_for, signer_for, symbol_for,
                                           task_groups, text_blocks)
from dxdesk.documents.model import (AdminDocument, Align, Appendix, Block, Column,
                                    DocumentKind, GroupRow, Heading, Paragraph, Row, Table,
                                    format_appendix_reference, roman)
from dxdesk.documents.sources import PlanData, TargetData, TaskData

APPENDIX_COLUMNS = (
    Column("STT", 12, Align.CENTER),
    Column("Nhiệm vụ", 88, Align.JUSTIFY),
    Column("Đơn vị chủ trì", 38, Align.CENTER),
    Column("Đơn vị phối hợp", 42, Align.CENTER),
    Column("Thời gian hoàn thành", 28, Align.CENTER),
    Column("Sản phẩm", 40, Align.CENTER),
)

APPENDIX_SENTENCE = ("Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành "
                     "và sản phẩm tại Phụ lục kèm theo Kế hoạch này.")


def basis_text(text: str) -> str:
    text = item_text(text)
    return text if text.lower().startswith("căn cứ") else f"Căn cứ {text}"


def lower_first(text: str) -> str:
    text = clean(text)
    return text[:1].lower() + text[1:] if text[1:2].islower() or len(text) == 1 else text


def build_plan(data: PlanData) -> AdminDocument:
    district, plan = data.district, data.plan
    symbol = symbol_for("KH", district)
    header = header_for(district, symbol, year=plan.year, number=plan.number, date=plan.issued_on)
    outline = Outline(data.sections)
    bases_section = outline.first("bases")
    bases = [item_text(b) for b in data.bases if item_text(b)]
    opening = bases[:1] if bases_section is not None and len(bases) > 1 else bases
    listed = bases[1:] if len(bases) > 1 else bases

    title = clean(plan.title) or f"Chuyển đổi số {district.name} năm {plan.year}"
    intro = Paragraph(f"{district.issuer_name} ban hành Kế hoạch {lower_first(title)}, "
                      f"cụ thể như sau:")
    blocks = _body(data, outline, listed)
    appendix = Appendix(
        title=f"Danh mục nhiệm vụ chuyển đổi số {district.name} năm {plan.year}",
        blocks=(task_table(data),),
        label="Phụ lục",
        reference=format_appendix_reference("Kế hoạch", header.number, symbol, header.date,
                                            header.year, district.issuer_name),
        landscape=True,
    )
    return AdminDocument(
        kind=DocumentKind.PLAN,
        header=header,
        summary=(title,),
        bases=tuple(basis_text(b) for b in opening),
        intro=(intro,),
        blocks=tuple(blocks),
        recipients=recipients_for(data.recipients, district),
        signer=signer_for(data.signer),
        appendices=(appendix,),
    )


def _body(data: PlanData, outline: Outline, listed_bases: list[str]) -> list[Block]:
    section_ids = set(outline.by_id)
    objectives = outline.first("objectives")
    tasks_section = outline.first("tasks")
    targets_by_section: dict[int | None, list[TargetData]] = {}
    for t in data.targets:
        key = t.section_id if t.section_id in section_ids else (objectives.id if objectives else None)
        targets_by_section.setdefault(key, []).append(t)
    tasks_by_section: dict[int | None, list[TaskData]] = {}
    stray: list[TaskData] = []
    for t in data.tasks:
        if t.section_id in section_ids and t.section_id != (tasks_section.id if tasks_section else None):
            tasks_by_section.setdefault(t.section_id, []).append(t)
        else:
            stray.append(t)

    out: list[Block] = []
    tasks_id = tasks_section.id if tasks_section is not None else None

    def render(parent: int | None) -> None:
        nonlocal stray
        for section in outline.children.get(parent, []):
            level = outline.level(section)
            out.append(Heading(level, clean(section.title) or "…", clean(section.label) or None))
            if section.kind == "bases":
                out.extend(bullets(listed_bases))
            out.extend(text_blocks(section.body))
            targets = targets_by_section.get(section.id, [])
            if targets:
                out.extend(bullets([t.text for t in targets]))
            if section.id == tasks_id:
                out.append(Paragraph(APPENDIX_SENTENCE))
            tasks = tasks_by_section.get(section.id, [])
            if tasks:
                out.extend(bullets([t.text for t in tasks]))
            render(section.id)
            if section.id == tasks_id and stray:
                # tasks outside any pillar heading of the outline: their own headings here
                n = len(outline.children.get(section.id, []))
                for k, (group, items) in enumerate(task_groups(stray, data.sections), start=n + 1):
                    out.append(Heading(min(level + 1, 3), group, str(k)))
                    out.extend(bullets([t.text for t in items]))
                stray = []

    render(None)
    if None in targets_by_section:  # no MỤC TIÊU in the outline
        out[0:0] = [Heading(1, "Mục tiêu", roman(len(outline.roots()) + 1)),
                    *bullets([t.text for t in targets_by_section[None]])]
    if stray:  # no NHIỆM VỤ in the outline
        out.append(Heading(1, "Nhiệm vụ", roman(len(outline.roots()) + 1)))
        out.append(Paragraph(APPENDIX_SENTENCE))
        for k, (group, items) in enumerate(task_groups(stray, data.sections), start=1):
            out.append(Heading(2, group, str(k)))
            out.extend(bullets([t.text for t in items]))
    if not out:
        out.append(Paragraph(APPENDIX_SENTENCE))
    return out


def task_table(data: PlanData) -> Table:
    rows: list[Row | GroupRow] = []
    n = 0
    for g, (group, tasks) in enumerate(task_groups(data.tasks, data.sections), start=1):
        rows.append(GroupRow(group, label=roman(g)))
        for task in tasks:
            n += 1
            rows.append(Row((str(n), item_text(task.text), clean(task.lead_unit),
                             "; ".join(clean(u) for u in task.co_units), deadline_text(task),
                             clean(task.output))))
    return Table(APPENDIX_COLUMNS, tuple(rows), font_size=12)
