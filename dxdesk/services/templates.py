"""Importing a province plan as a template (the store side of the importer)."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dxdesk.model import Template, TemplateBasis, TemplateHeading, TemplateTarget, TemplateTask
from dxdesk.services import audit
from dxdesk.store import Database, StoreError
from dxdesk.store.lock import os_user
from dxdesk.text import clean


class TemplateAlreadyImported(StoreError):
    def __init__(self, name: str, when: dt.datetime):
        super().__init__(
            f"Tệp này đã được nhập ngày {when:%d/%m/%Y} (mẫu “{name}”): không nhập lại. "
            "Nếu tỉnh gửi bản sửa đổi, hãy nhập tệp mới đó.")


@dataclass(frozen=True)
class ImportSummary:
    template_id: int
    headings: int
    bases: int
    targets: int
    tasks: int

    def line(self) -> str:
        return (f"Đã nhập mẫu số {self.template_id}: {self.headings} đề mục, {self.bases} căn cứ, "
                f"{self.targets} chỉ tiêu, {self.tasks} nhiệm vụ.")


def import_template_file(db: Database, path: str | os.PathLike) -> ImportSummary:
    """Parse a province plan file and store it as a template: a backup, then one
    transaction."""
    from dxdesk.importing import parse_file

    parsed = parse_file(path)
    return store_template(db, parsed.to_json_dict(), parsed.source_sha256)


def store_template(db: Database, data: dict, sha256: str) -> ImportSummary:
    """Store a parsed template (the structure of template-json.md)."""
    with db.transaction() as session:  # a refusal needs no backup
        _refuse_duplicate(session, sha256)
    db.backup("before-import")
    with db.transaction() as session:
        _refuse_duplicate(session, sha256)
        template = _template_from(data, sha256)
        session.add(template)
        session.flush()
        headings = _add_headings(session, template, data.get("outline") or [])
        audit.record(session, "template.import", entity="template", entity_id=template.id,
                     source=template.source_name, sha256=sha256)
        return ImportSummary(template.id, headings, len(template.bases), len(template.targets),
                             len(template.tasks))


def _refuse_duplicate(session: Session, sha256: str) -> None:
    existing = session.scalar(select(Template).where(Template.source_sha256 == sha256))
    if existing is not None:
        raise TemplateAlreadyImported(existing.title or existing.source_name,
                                      existing.imported_at)


def _template_from(data: dict, sha256: str) -> Template:
    signer = data.get("signer") or {}
    issued_on = _iso_date(data.get("date"))
    template = Template(
        source_name=clean(Path(data.get("source") or "").name or "?"),
        source_sha256=sha256,
        doc_type=_opt(data.get("doc_type")),
        issuer=_opt(data.get("issuer")),
        number=_opt(data.get("number")),
        issued_on=issued_on,
        title=_opt(data.get("title")),
        year=_year_of(data, issued_on),
        recipients=[clean(r) for r in data.get("recipients") or []],
        signer_lines=[clean(line) for line in signer.get("lines") or []],
        signer_name=_opt(signer.get("name")),
        imported_by=os_user(),
    )
    template.bases = [TemplateBasis(position=i, text=clean(text))
                      for i, text in enumerate(data.get("bases") or [])]
    template.targets = [
        TemplateTarget(position=i, text=clean(t["text"]), value=t.get("value"),
                       unit=_opt(t.get("unit")), horizon=t.get("horizon"),
                       path=list(t.get("path") or []))
        for i, t in enumerate(data.get("targets") or [])]
    template.tasks = [
        TemplateTask(position=i, text=clean(t["text"]), group_name=_opt(t.get("group")),
                     path=list(t.get("path") or []), lead=_opt(t.get("lead")),
                     co=[clean(c) for c in t.get("co") or []],
                     deadline=_opt(t.get("deadline")), output=clean(t.get("output") or ""))
        for i, t in enumerate(data.get("tasks") or [])]
    return template


def _add_headings(session: Session, template: Template, outline: list[dict]) -> int:
    count = 0

    def walk(items: list[dict], parent_id: int | None) -> None:
        nonlocal count
        for item in items:
            heading = TemplateHeading(
                template_id=template.id, parent_id=parent_id, position=count,
                label=clean(item.get("label") or ""), title=clean(item.get("title") or ""),
                kind=item.get("kind") or "other", text=clean(item.get("text") or ""))
            count += 1
            session.add(heading)
            session.flush()
            walk(item.get("children") or [], heading.id)

    walk(outline, None)
    return count


def _opt(value) -> str | None:
    if value is None:
        return None
    text = clean(str(value))
    return text or None


def _iso_date(value) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _year_of(data: dict, issued_on: dt.date | None) -> int | None:
    """The year the plan is for: the last year its title names, else the issue year."""
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", data.get("title") or "")]
    if years:
        return years[-1]
    return issued_on.year if issued_on else None
