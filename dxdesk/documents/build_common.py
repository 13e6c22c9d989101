"""Pieces every document builder shares: header, Nơi nhận, signer, plan reference, numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from dxdesk.documents.model import Block, Bullet, Header, Paragraph, Signer, nfc
from dxdesk.documents.sources import DistrictData, PlanRef, SectionData, SignerData, TaskData

DEFAULT_AUTHORITY = ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")


def clean(text: str | None) -> str:
    """NFC, single spaces, no stray list punctuation at either end."""
    return nfc(" ".join((text or "").split()))


def item_text(text: str | None) -> str:
    """A list item as stored: no leading ``-``/``+``, no trailing ``;``/``.``/``,``."""
    text = clean(text)
    if text[:2] in ("- ", "+ "):
        text = text[2:]
    return text.rstrip(" ;.,:")


def symbol_for(kind_abbr: str | None, district: DistrictData) -> str:
    """``KH-UBND`` / ``BC-UBND``; a công văn (no type abbreviation): ``UBND-VHTT``."""
    body = clean(district.body_abbr) or "UBND"
    if kind_abbr:
        return f"{kind_abbr}-{body}"
    return f"{body}-{clean(district.office_abbr) or 'VHTT'}"


def header_for(district: DistrictData, symbol: str, *, year: int, number: int | None = None,
               date: dt.date | None = None) -> Header:
    """The header; a document without both number and date is a draft (blanks)."""
    if number is None or date is None:
        number, date = None, None
    return Header(issuer_lines=tuple(district.issuer_lines) or ("ỦY BAN NHÂN DÂN",),
                  symbol=symbol, place=district.place_name, number=number, date=date,
                  year=year if date is None else None)


def archive_line(district: DistrictData) -> str:
    return f"Lưu: VT, {clean(district.office_abbr) or 'VHTT'}"


def recipients_for(items: Iterable[str], district: DistrictData, *,
                   first: str | None = None, exclude: Iterable[str] = ()) -> tuple[str, ...]:
    """Nơi nhận: ``first`` (``Như trên``) first if given, the items without duplicates and
    without any ``Lưu...`` line, then always ``Lưu: VT, <office>`` last."""
    out: list[str] = []
    seen: set[str] = set()
    skip = {item_text(e).casefold() for e in exclude}

    def add(text: str) -> None:
        key = text.casefold()
        if text and key not in seen and key not in skip:
            seen.add(key)
            out.append(text)

    if first:
        add(item_text(first))
    for raw in items:
        text = item_text(raw)
        if text.casefold().startswith("lưu"):
            continue
        add(text)
    out.append(archive_line(district))
    return tuple(out)


def signer_for(data: SignerData | None) -> Signer:
    if data is None or not any(clean(x) for x in data.lines):
        lines = DEFAULT_AUTHORITY
        name = data.name if data else ""
    else:
        lines, name = tuple(clean(x) for x in data.lines if clean(x)), data.name
    return Signer(tuple(line.upper() for line in lines), clean(name))


def date_text(day: dt.date) -> str:
    """``05/02/2026`` (dates inside sentences and tables)."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def deadline_text(task: TaskData) -> str:
    if task.deadline is not None:
        return date_text(task.deadline)
    return clean(task.deadline_text)


def number_text(value: float | None, unit: str | None = None) -> str:
    """``92,7`` (Vietnamese decimal comma), ``100``; with ``%`` or `` đơn vị`` appended."""
    if value is None:
        return ""
    rounded = round(float(value), 1)
    text = (f"{rounded:.0f}" if rounded == int(rounded) else f"{rounded:.1f}").replace(".", ",")
    unit = clean(unit)
    if not unit:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"


def percent(part: float, whole: float) -> str:
    """``58,3%`` of ``part``/``whole`` (empty when ``whole`` is 0)."""
    if not whole:
        return ""
    return number_text(100.0 * part / whole, "%")


def qty(n: int) -> str:
    """A count in running text: ``07``, ``12``, ``0`` (below 10 with a leading zero)."""
    return f"{n:02d}" if n else "0"


def plan_reference(plan: PlanRef, district: DistrictData, *, own: bool = False) -> str:
    """``Kế hoạch số 05/KH-UBND ngày 05/02/2026 của Ủy ban nhân dân huyện X về Chuyển đổi số
    huyện X năm 2026``; a plan not yet issued: without number and date. ``own``: the
    committee speaks of its own plan (no ``của …``)."""
    title = clean(plan.title)
    if own and not plan.is_issued and title:
        return f"Kế hoạch {title[:1].lower() + title[1:] if title[1:2].islower() else title}"
    text = "Kế hoạch"
    if plan.is_issued:
        text += f" số {plan.number:02d}/{symbol_for('KH', district)} ngày {date_text(plan.issued_on)}"
    title = clean(plan.title)
    if not own:
        text += f" của {district.issuer_name}"
    if title:
        text += f" về {title[:1].upper()}{title[1:]}"
    return text


def text_blocks(body: str) -> list[Block]:
    """Body text of the outline: ``-``/``+`` lines become bullets, others paragraphs."""
    out: list[Block] = []
    for raw in (body or "").splitlines():
        line = clean(raw)
        if not line:
            continue
        if line[:2] in ("- ", "+ "):
            out.append(Bullet(line[2:], marker=line[0]))
        elif line[:1] in ("-", "+") and len(line) > 1 and line[1] != line[0]:
            out.append(Bullet(line[1:].strip(), marker=line[0]))
        else:
            out.append(Paragraph(line))
    return out


def bullets(texts: Sequence[str], *, marker: str = "-", last: str = ".") -> list[Bullet]:
    """Items one per line, each ending ``;``, the last ``last``."""
    items = [item_text(t) for t in texts]
    items = [t for t in items if t]
    return [Bullet(t + (last if k == len(items) - 1 else ";"), marker=marker)
            for k, t in enumerate(items)]


def sentence(text: str) -> str:
    """Capitalise the first letter, keep the rest."""
    text = clean(text)
    return text[:1].upper() + text[1:]


class Outline:
    """The plan's sections as a tree (level 1 = no parent)."""

    def __init__(self, sections: Sequence[SectionData]):
        self.sections = list(sections)
        self.by_id = {s.id: s for s in self.sections}
        self.children: dict[int | None, list[SectionData]] = {}
        for s in self.sections:
            parent = s.parent_id if s.parent_id in self.by_id else None
            self.children.setdefault(parent, []).append(s)

    def level(self, section: SectionData) -> int:
        level, seen = 1, set()
        parent = section.parent_id
        while parent in self.by_id and parent not in seen:
            seen.add(parent)
            level += 1
            parent = self.by_id[parent].parent_id
        return min(level, 3)

    def roots(self) -> list[SectionData]:
        return self.children.get(None, [])

    def first(self, kind: str) -> SectionData | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def walk(self, parent: int | None = None):
        """(section, level) in reading order."""
        for s in self.children.get(parent, []):
            yield s, self.level(s)
            yield from self.walk(s.id)


def task_groups(tasks: Sequence[TaskData], sections: Sequence[SectionData]
                ) -> list[tuple[str, list[TaskData]]]:
    """Tasks by pillar, in the order their groups first appear (the plan's order)."""
    names = {s.id: s.title for s in sections}
    groups: dict[str, list[TaskData]] = {}
    for task in tasks:
        name = clean(task.group_name) or clean(names.get(task.section_id, "")) or "Nhiệm vụ khác"
        groups.setdefault(name, []).append(task)
    return list(groups.items())
