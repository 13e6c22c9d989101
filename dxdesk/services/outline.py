"""Editing a plan's outline (đề cương): the headings, their text, their order and levels.

Labels are derived from the structure — I, II… at the top, 1, 2… below, a, b… under
those — so they stay right whatever the officer moves. Every function is one transaction
and returns what its inverse needs, so the GUI's undo is one more service call.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from dxdesk.errors import InvalidInput
from dxdesk.model import PlanBasis, PlanSection, Target, Task
from dxdesk.services import audit
from dxdesk.store import Database
from dxdesk.text import clean

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]
LETTERS = "abcdđeghiklmnopqrstuvxy"


@dataclass(frozen=True)
class SectionRow:
    id: int
    parent_id: int | None
    position: int
    label: str
    title: str
    kind: str
    body: str
    level: int


def load_outline(db: Database, plan_id: int) -> list[SectionRow]:
    """The outline in document order, with each heading's level (1 = top)."""
    with db.transaction() as session:
        return _rows(session, plan_id)


def _rows(session: Session, plan_id: int) -> list[SectionRow]:
    sections = session.scalars(select(PlanSection).where(PlanSection.plan_id == plan_id)
                               .order_by(PlanSection.position)).all()
    level: dict[int, int] = {}
    rows = []
    for s in sections:
        level[s.id] = level.get(s.parent_id, 0) + 1 if s.parent_id else 1
        rows.append(SectionRow(s.id, s.parent_id, s.position, s.label, s.title, s.kind,
                               s.body, level[s.id]))
    return rows


def label_for(level: int, index: int) -> str:
    """The label of the ``index``-th (0-based) heading at ``level``."""
    if level == 1:
        return ROMAN[index] if index < len(ROMAN) else str(index + 1)
    if level == 2:
        return str(index + 1)
    return LETTERS[index] if index < len(LETTERS) else str(index + 1)


def _renumber(session: Session, plan_id: int) -> None:
    """Positions in document order (depth first) and labels from the structure."""
    sections = session.scalars(select(PlanSection).where(PlanSection.plan_id == plan_id)
                               .order_by(PlanSection.position)).all()
    children: dict[int | None, list[PlanSection]] = {}
    for s in sections:
        children.setdefault(s.parent_id, []).append(s)
    position = 0

    def walk(parent_id: int | None, level: int) -> None:
        nonlocal position
        for index, section in enumerate(children.get(parent_id, [])):
            section.position = position
            section.label = label_for(level, index)
            position += 1
            walk(section.id, level + 1)

    walk(None, 1)


def _section(session: Session, section_id: int) -> PlanSection:
    section = session.get(PlanSection, section_id)
    if section is None:
        raise InvalidInput("Mục này không còn trong đề cương (có thể đã bị xóa).")
    return section


def update_section(db: Database, section_id: int, *, title: str | None = None,
                   body: str | None = None) -> dict:
    """Change a heading's title and/or body text; returns the old values."""
    with db.transaction() as session:
        section = _section(session, section_id)
        old = {"title": section.title, "body": section.body}
        if title is not None:
            title = clean(title)
            if not title:
                raise InvalidInput("Tên mục không được để trống.")
            section.title = title
        if body is not None:
            section.body = clean(body, keep_newlines=True)
        audit.record(session, "outline.update", entity="section", entity_id=section_id,
                     old=old, new={"title": section.title, "body": section.body})
        return old


def add_section(db: Database, plan_id: int, title: str, *, after_id: int | None = None,
                parent_id: int | None = None, kind: str = "other") -> int:
    """A new heading right after ``after_id`` (same level), or as the last child of
    ``parent_id``, or at the end of the outline."""
    title = clean(title)
    if not title:
        raise InvalidInput("Tên mục không được để trống.")
    with db.transaction() as session:
        if after_id is not None:
            after = _section(session, after_id)
            parent_id, position = after.parent_id, after.position
            last = _last_descendant_position(session, after)
            position = last + 0.5
        else:
            position = (session.scalar(select(func.max(PlanSection.position))
                                       .where(PlanSection.plan_id == plan_id)) or 0) + 1
        section = PlanSection(plan_id=plan_id, parent_id=parent_id, position=0, label="",
                              title=title, kind=kind, body="")
        session.add(section)
        session.flush()
        _shift_after(session, plan_id, position, section)
        _renumber(session, plan_id)
        audit.record(session, "outline.add", entity="section", entity_id=section.id,
                     title=title)
        return section.id


def _last_descendant_position(session: Session, section: PlanSection) -> int:
    rows = _rows(session, section.plan_id)
    last = section.position
    inside = {section.id}
    for row in rows:
        if row.parent_id in inside:
            inside.add(row.id)
            last = max(last, row.position)
    return last


def _shift_after(session: Session, plan_id: int, position: float, new: PlanSection) -> None:
    """Make room: everything after ``position`` moves down one, the new one goes there."""
    cut = int(position) + 1 if position != int(position) else int(position)
    session.execute(update(PlanSection)
                    .where(PlanSection.plan_id == plan_id, PlanSection.position >= cut,
                           PlanSection.id != new.id)
                    .values(position=PlanSection.position + 1))
    new.position = cut
    session.flush()


def delete_section(db: Database, section_id: int) -> list[dict]:
    """Delete a heading and the headings under it. Refused while tasks or targets sit
    under it. Returns a snapshot that ``restore_sections`` puts back."""
    with db.transaction() as session:
        section = _section(session, section_id)
        rows = _rows(session, section.plan_id)
        doomed = {section_id}
        for row in rows:
            if row.parent_id in doomed:
                doomed.add(row.id)
        used = session.scalar(select(func.count(Task.id)).where(Task.section_id.in_(doomed)))
        used += session.scalar(select(func.count(Target.id))
                               .where(Target.section_id.in_(doomed)))
        if used:
            raise InvalidInput(f"Mục “{section.title}” còn {used} nhiệm vụ/chỉ tiêu: hãy chuyển "
                               "chúng sang mục khác trước khi xóa.")
        snapshot = [_snapshot(session.get(PlanSection, row.id))
                    for row in rows if row.id in doomed]
        session.delete(section)
        session.flush()
        _renumber(session, snapshot[0]["plan_id"])
        audit.record(session, "outline.delete", entity="section", entity_id=section_id,
                     sections=snapshot)
        return snapshot


def _snapshot(section: PlanSection) -> dict:
    return {c.key: getattr(section, c.key) for c in PlanSection.__table__.columns}


def restore_sections(db: Database, snapshot: list[dict]) -> None:
    """Undo of delete_section: the headings come back where they were."""
    with db.transaction() as session:
        plan_id = snapshot[0]["plan_id"]
        first = snapshot[0]["position"]
        session.execute(update(PlanSection)
                        .where(PlanSection.plan_id == plan_id, PlanSection.position >= first)
                        .values(position=PlanSection.position + len(snapshot)))
        for row in snapshot:  # parents come before children in the snapshot
            session.add(PlanSection(**row))
            session.flush()
        _renumber(session, plan_id)
        audit.record(session, "outline.restore", entity="section", entity_id=snapshot[0]["id"])


@dataclass(frozen=True)
class Placement:
    """Where a heading sits: under ``parent_id`` as its ``index``-th child."""

    parent_id: int | None
    index: int


def _siblings(session: Session, plan_id: int, parent_id: int | None) -> list[PlanSection]:
    parent_test = (PlanSection.parent_id.is_(None) if parent_id is None
                   else PlanSection.parent_id == parent_id)
    return list(session.scalars(select(PlanSection)
                                .where(PlanSection.plan_id == plan_id, parent_test)
                                .order_by(PlanSection.position)))


def _placement(session: Session, section: PlanSection) -> Placement:
    siblings = _siblings(session, section.plan_id, section.parent_id)
    return Placement(section.parent_id, siblings.index(section))


def _place(session: Session, section: PlanSection, where: Placement) -> None:
    """Put ``section`` (with its subtree) under ``where.parent_id`` at ``where.index``."""
    if where.parent_id is not None:
        ancestor = _section(session, where.parent_id)
        while ancestor is not None:  # never under itself
            if ancestor.id == section.id:
                raise InvalidInput("Không thể đặt một mục vào trong chính nó.")
            ancestor = session.get(PlanSection, ancestor.parent_id) if ancestor.parent_id \
                else None
    siblings = [s for s in _siblings(session, section.plan_id, where.parent_id)
                if s.id != section.id]
    siblings.insert(max(0, min(where.index, len(siblings))), section)
    section.parent_id = where.parent_id
    # Siblings get positions in their new order just after the parent; renumbering then
    # lays each subtree out depth first behind its heading.
    parent = session.get(PlanSection, where.parent_id) if where.parent_id else None
    base = (parent.position if parent else -1) + 0.5
    for offset, sibling in enumerate(siblings):
        sibling.position = base + offset * 0.001
    session.flush()
    _renumber(session, section.plan_id)


def place_section(db: Database, section_id: int, where: Placement) -> Placement:
    """Move a heading to ``where``; returns where it was (so undo is one more call)."""
    with db.transaction() as session:
        section = _section(session, section_id)
        old = _placement(session, section)
        _place(session, section, where)
        audit.record(session, "outline.place", entity="section", entity_id=section_id,
                     parent_id=where.parent_id, index=where.index)
        return old


def move_section(db: Database, section_id: int, step: int) -> Placement:
    """Move a heading (with what is under it) ``step`` places among its siblings (-1 up,
    +1 down). Returns where it was."""
    with db.transaction() as session:
        section = _section(session, section_id)
        old = _placement(session, section)
        _place(session, section, Placement(old.parent_id, max(0, old.index + step)))
        audit.record(session, "outline.move", entity="section", entity_id=section_id,
                     step=step)
        return old


def indent_section(db: Database, section_id: int) -> Placement:
    """Make a heading the last child of the sibling above it; returns where it was.
    Refused for the first heading of its level."""
    with db.transaction() as session:
        section = _section(session, section_id)
        old = _placement(session, section)
        if old.index == 0:
            raise InvalidInput("Không thể thụt mục đầu tiên của một cấp vào trong.")
        above = _siblings(session, section.plan_id, section.parent_id)[old.index - 1]
        _place(session, section, Placement(above.id, 10**6))
        audit.record(session, "outline.indent", entity="section", entity_id=section_id)
        return old


def outdent_section(db: Database, section_id: int) -> Placement:
    """Make a heading a sibling of its parent, right after it; returns where it was."""
    with db.transaction() as session:
        section = _section(session, section_id)
        if section.parent_id is None:
            raise InvalidInput("Mục này đã ở cấp cao nhất.")
        old = _placement(session, section)
        parent = _section(session, section.parent_id)
        parent_place = _placement(session, parent)
        _place(session, section, Placement(parent.parent_id, parent_place.index + 1))
        audit.record(session, "outline.outdent", entity="section", entity_id=section_id)
        return old


def load_bases(db: Database, plan_id: int) -> list[str]:
    """The plan's căn cứ, in order."""
    with db.transaction() as session:
        return list(session.scalars(select(PlanBasis.text).where(PlanBasis.plan_id == plan_id)
                                    .order_by(PlanBasis.position)))


def set_bases(db: Database, plan_id: int, texts: list[str]) -> list[str]:
    """Replace the plan's căn cứ (one per item; a leading "Căn cứ", "-" and the final ";"
    or "." are dropped); returns the old list. Links to the template are kept for items
    whose text did not change."""
    cleaned = [t for t in (_basis_text(text) for text in texts) if t]
    with db.transaction() as session:
        old_rows = session.scalars(select(PlanBasis).where(PlanBasis.plan_id == plan_id)
                                   .order_by(PlanBasis.position)).all()
        sources = {row.text: row.source_basis_id for row in old_rows}
        old = [row.text for row in old_rows]
        for row in old_rows:
            session.delete(row)
        session.flush()
        session.add_all(PlanBasis(plan_id=plan_id, position=i, text=text,
                                  source_basis_id=sources.get(text))
                        for i, text in enumerate(cleaned))
        audit.record(session, "plan.bases", entity="plan", entity_id=plan_id,
                     old=old, new=cleaned)
        return old


def _basis_text(text: str) -> str:
    text = clean(text).lstrip("-–• ").rstrip(";.").strip()
    if text.lower().startswith("căn cứ "):
        text = text[len("căn cứ "):]
    return text
