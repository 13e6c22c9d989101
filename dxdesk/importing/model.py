"""The parsed template: what every reader and the outline parser produce, whatever the
format. ``to_json_dict()`` gives exactly the structure of ``docs/template-json.md``."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["OutlineNode", "Target", "Task", "Signer", "ParsedTemplate", "HEADING_KINDS"]

HEADING_KINDS = ("bases", "situation", "objectives", "tasks", "solutions", "funding",
                 "organization", "group", "other")


@dataclass
class OutlineNode:
    """A numbered heading: ``label`` as printed without trailing punctuation (``I``,
    ``1.1``, ``a``, ``Điều 1``, ``Phần I``; empty for a bold-only heading)."""

    label: str
    title: str
    kind: str = "other"
    text: str = ""
    children: list[OutlineNode] = field(default_factory=list)

    def to_json_dict(self) -> dict:
        return {"label": self.label, "title": self.title, "kind": self.kind,
                "text": self.text, "children": [c.to_json_dict() for c in self.children]}

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Target:
    """A numeric target (chỉ tiêu) found under an objectives heading."""

    text: str
    value: float | int | None
    unit: str | None
    horizon: int | None
    path: list[str] = field(default_factory=list)

    def to_json_dict(self) -> dict:
        return {"text": self.text, "value": self.value, "unit": self.unit,
                "horizon": self.horizon, "path": list(self.path)}


@dataclass
class Task:
    """A task: a leaf item under a tasks heading, or a row of a task table."""

    text: str
    group: str | None = None
    path: list[str] = field(default_factory=list)
    lead: str | None = None
    co: list[str] = field(default_factory=list)
    deadline: str | None = None
    # The expected output (sản phẩm, kết quả): a table's "Sản phẩm" cell, or the text's
    # "Sản phẩm: …" field.
    output: str | None = None

    def to_json_dict(self) -> dict:
        return {"text": self.text, "group": self.group, "path": list(self.path),
                "lead": self.lead, "co": list(self.co), "deadline": self.deadline,
                "output": self.output}


@dataclass
class Signer:
    lines: list[str] = field(default_factory=list)
    name: str | None = None

    def to_json_dict(self) -> dict:
        return {"lines": list(self.lines), "name": self.name}


@dataclass
class ParsedTemplate:
    source: str
    doc_type: str | None = None
    title: str | None = None
    issuer: str | None = None
    number: str | None = None
    date: str | None = None
    bases: list[str] = field(default_factory=list)
    outline: list[OutlineNode] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)
    # Not part of the JSON contract.
    source_sha256: str = ""
    source_format: str = ""
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)

    def to_json_dict(self) -> dict:
        return {
            "source": self.source,
            "doc_type": self.doc_type,
            "title": self.title,
            "issuer": self.issuer,
            "number": self.number,
            "date": self.date,
            "bases": list(self.bases),
            "outline": [n.to_json_dict() for n in self.outline],
            "targets": [t.to_json_dict() for t in self.targets],
            "tasks": [t.to_json_dict() for t in self.tasks],
            "recipients": list(self.recipients),
            "signer": self.signer.to_json_dict(),
        }

    def headings(self):
        """Every outline node, depth first."""
        for node in self.outline:
            yield from node.walk()
