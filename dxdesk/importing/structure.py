"""The outline parser: the format-neutral block stream → :class:`ParsedTemplate`.

The document is read in three parts, the way every Vietnamese administrative document is
laid out (Nghị định 30/2020):

1. the *preamble*: issuing body, ``Số: …``, Quốc hiệu and Tiêu ngữ, place and date, the
   type name (``KẾ HOẠCH``, ``QUYẾT ĐỊNH``…), the summary lines, and the opening paragraphs
   with their legal bases (``Căn cứ …``);
2. the *body*: numbered headings of any system nested by their rank (``Phần`` > ``Chương``
   > ``Mục`` > ``Điều`` > ``A.`` > ``I.`` > ``1.`` > ``1.1.`` > ``a)`` > ``1)``), with list
   items (``-``, ``+``, ``•``) nested by their marker, body paragraphs and tables. An outer
   system first met inside a section of one it usually encloses stands under that section
   (``II.`` / ``A.``), and never adopts the sections that follow; after the end mark
   ``./.`` or a type line (the plan a decision approves), headings start at the top again;
3. the *closing*: ``Nơi nhận`` and its items, the signer's authority lines and name; then
   any appendix (``PHỤ LỤC``, task tables) or attached document.

Each heading's kind comes from its words (``MỤC TIÊU`` → objectives, ``NHIỆM VỤ`` → tasks…);
targets are the numeric items under objectives, tasks the leaf items under tasks, and the
rows of task tables.

This module is the driver that finds the three parts and assembles the template; the
parts are read by :mod:`~dxdesk.importing.tagged_tables` (tables in the stream),
:mod:`~dxdesk.importing.header_block` (the preamble), :mod:`~dxdesk.importing.headings`
(headings and the outline tree), :mod:`~dxdesk.importing.section_kinds` (each section's
kind), :mod:`~dxdesk.importing.outline_walk` with :mod:`~dxdesk.importing.task_items`,
:mod:`~dxdesk.importing.target_items` and :mod:`~dxdesk.importing.legal_bases` (what each
section holds), and :mod:`~dxdesk.importing.closing_block` (recipients and signer).
"""

from __future__ import annotations

from dxdesk.importing.blocks import Progress
from dxdesk.importing.closing_block import Closing, is_closing_start, parse_closing
from dxdesk.importing.deadlines import complete_years, plan_year
from dxdesk.importing.encoding import repair_legacy
from dxdesk.importing.header_block import doc_type_split, parse_preamble
from dxdesk.importing.headings import APPENDIX_RE, Builder, feed_body, is_body_heading
from dxdesk.importing.labels import match_label
from dxdesk.importing.legal_bases import bases_in
from dxdesk.importing.model import ParsedTemplate, Signer
from dxdesk.importing.numbers import period_end_year
from dxdesk.importing.outline_walk import Collector
from dxdesk.importing.paragraphs import Para, assemble
from dxdesk.importing.section_kinds import assign_kinds, task_kinds
from dxdesk.importing.tagged_tables import TaggedTable, prepare_blocks
from dxdesk.importing.vocab import is_recipients_label

__all__ = ["parse_blocks"]


def _has_styles(paras: list) -> bool:
    return any(isinstance(p, Para) and (p.bold or p.centered) for p in paras)


def _summary_line(p) -> bool:
    """The centred line right under the type name (``Triển khai nhiệm vụ chuyển đổi số năm
    2024``): the document's title, not a heading, even when its words name a section."""
    return (isinstance(p, Para) and p.centered and match_label(p.text) is None
            and not APPENDIX_RE.match(p.text) and not is_recipients_label(p.text)
            and len(p.text) <= 200)


def _find_body_start(paras: list, has_styles: bool) -> int:
    start = 0
    for i, p in enumerate(paras):
        if isinstance(p, Para) and doc_type_split(p):
            start = i + 1
            break
        if i > 60:
            break
    for i in range(start, len(paras)):
        p = paras[i]
        if isinstance(p, TaggedTable):
            return i
        if p.source == "sheet":
            continue  # the lines above a spreadsheet's table: its title
        if i == start > 0 and _summary_line(p):
            continue  # the title under the type name, whatever its words
        if is_body_heading(p, has_styles) or is_recipients_label(p.text) or \
                APPENDIX_RE.match(p.text):
            return i
    for i in range(start, len(paras)):
        p = paras[i]
        if isinstance(p, Para) and p.source != "sheet" and match_label(p.text) is not None:
            return i
    return len(paras)


def _feed_tail(builder: Builder, tail: list, has_styles: bool, depth: int = 0) -> None:
    """What follows the closing block: an attached document, or appendices."""
    first = tail[0]
    builder.stack.clear()
    if isinstance(first, Para) and doc_type_split(first):
        # An attached document (the plan a decision approves): its headings follow, then
        # its own closing block (not part of its last section), then its appendices.
        sub_start = _find_body_start(tail, has_styles)
        builder.preamble.extend(p for p in tail[1:sub_start] if isinstance(p, Para))
        end = next((i for i in range(sub_start, len(tail)) if is_closing_start(tail[i])),
                   len(tail))
        feed_body(builder, tail[sub_start:end], has_styles)
        if end < len(tail):
            rest = tail[parse_closing(tail, end).end:]
            if rest and depth < 5:
                _feed_tail(builder, rest, has_styles, depth + 1)
    elif isinstance(first, Para) and APPENDIX_RE.match(first.text):
        feed_body(builder, tail, has_styles)
    else:
        # Whatever follows the signature is an appendix, even without its name.
        title = ""
        if isinstance(first, Para) and len(first.text) <= 200 and (
                first.caps or first.bold or first.centered) and match_label(first.text) is None:
            title, tail = first.text, tail[1:]
        builder.open_appendix("Phụ lục", title)
        feed_body(builder, tail, has_styles)


def parse_blocks(blocks: list, *, source: str, progress: Progress,
                 warnings: list[str] | None = None) -> ParsedTemplate:
    """Parse a reader's blocks into a :class:`ParsedTemplate`."""
    warnings = warnings if warnings is not None else []
    progress.report(55, 100)
    repair_legacy(blocks)
    prepared = prepare_blocks(blocks, warnings)
    paras = assemble(prepared)
    paras = [p for p in paras if not isinstance(p, Para) or p.text]
    progress.report(70, 100)
    has_styles = _has_styles(paras)

    body_start = _find_body_start(paras, has_styles)
    pre = parse_preamble(paras, body_start, has_styles)

    closing_start = next((i for i in range(body_start, len(paras))
                          if is_closing_start(paras[i])), len(paras))
    closing = parse_closing(paras, closing_start) if closing_start < len(paras) else Closing(
        end=len(paras))

    builder = Builder()
    feed_body(builder, paras[body_start:closing_start], has_styles)
    tail = paras[closing.end:]
    if tail:
        _feed_tail(builder, tail, has_styles)
    progress.report(85, 100)

    assign_kinds(builder.roots, None)
    default_horizon = period_end_year(pre.title or "") if pre.title else None
    collector = Collector(default_horizon, task_kinds(builder.roots))
    # Tables before any heading come first in the document (a workbook's first sheet).
    for table in builder.loose:
        collector.table(table, None, [], [])
    outline = collector.walk(builder.roots, [], [])
    complete_years(collector.tasks, plan_year(pre.title))

    template = ParsedTemplate(
        source=source,
        doc_type=pre.doc_type,
        title=pre.title,
        issuer=pre.issuer,
        number=pre.number,
        date=pre.date,
        bases=pre.bases + bases_in(builder.preamble) + collector.bases,
        outline=outline,
        targets=collector.targets,
        tasks=collector.tasks,
        recipients=[r for r in closing.recipients if r],
        signer=Signer(lines=closing.lines, name=closing.name),
        warnings=warnings,
    )
    progress.report(95, 100)
    return template
