"""Tasks written in the text of a tasks section: the leaf items under it, or its
paragraphs when it has no items, or the heading itself when a group heading stands alone;
a sentence pointing to an appendix table is not a task. (Rows of task tables are read by
:func:`dxdesk.importing.tables.table_tasks`.)

A task written in the text may name its lead unit, co-operating units, deadline and
expected output the way a table would, with their field names: inline (``… (Cơ quan chủ
trì: Sở TT&TT; phối hợp: các sở, ngành; thời gian: Quý II/2024; sản phẩm: …)``) or as items
of their own under the task (``- Đơn vị chủ trì: Văn phòng.``, ``- Thời gian hoàn thành:
Năm 2024.``, ``- Sản phẩm: Báo cáo.``), with or without a marker. Such field items are not
tasks: they describe the heading or item above them, or every task of their section when
they come before all its tasks or once after all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dxdesk.importing.field_names import FIELD_RE as _FIELD_RE
from dxdesk.importing.headings import Item, Node
from dxdesk.importing.model import Task
from dxdesk.importing.numbers import parse_deadline
from dxdesk.text import clean, fold

__all__ = ["node_tasks", "refers_to_appendix", "Fields", "inline_fields"]

_SPLIT_UNITS_RE = re.compile(r"[,;\n]")


@dataclass
class Fields:
    """The lead unit, co-operating units, deadline and expected output a text names, and
    where in the text the first field starts (``start``: 0 when the text is nothing but
    fields)."""

    lead: str | None = None
    co: list[str] = field(default_factory=list)
    deadline: str | None = None
    start: int = 0
    output: str | None = None

    @property
    def empty(self) -> bool:
        return self.lead is None and not self.co and self.deadline is None and \
            self.output is None

    def fill(self, task: Task) -> None:
        """Give ``task`` the fields it does not have yet."""
        if task.lead is None and self.lead:
            task.lead = self.lead
        if not task.co and self.co:
            task.co = list(self.co)
        if task.deadline is None and self.deadline:
            task.deadline = self.deadline
        if task.output is None and self.output:
            task.output = self.output

    def merge(self, other: Fields) -> None:
        self.lead = self.lead or other.lead
        self.co = self.co or list(other.co)
        self.deadline = self.deadline or other.deadline
        self.output = self.output or other.output


def _value(text: str) -> str:
    text = clean(text).strip(" ;,.:-–")
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip(" ;,.")
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].lstrip()
    return text


def inline_fields(text: str) -> Fields | None:
    """The fields (``Cơ quan chủ trì: …``, ``Phối hợp: …``, ``Thời gian: …``) ``text``
    names, or None when it names none."""
    if ":" not in text:
        return None
    matches = list(_FIELD_RE.finditer(text))
    if not matches:
        return None
    out = Fields(start=matches[0].start())
    for k, m in enumerate(matches):
        end = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        value = _value(text[m.end():end])
        if not value:
            continue
        if m.group("lead") and out.lead is None:
            out.lead = value
        elif m.group("co") and not out.co:
            out.co = [u for u in (_value(x) for x in _SPLIT_UNITS_RE.split(value)) if u]
        elif m.group("deadline") and out.deadline is None:
            out.deadline = parse_deadline(value)
        elif m.group("output") and out.output is None:
            out.output = value
    if out.empty and not any(m.group("other") for m in matches):
        return None
    return out


def _field_only(text: str) -> Fields | None:
    """The fields of a text that is nothing but fields (``Đơn vị chủ trì: Văn phòng``)."""
    fields = inline_fields(text)
    if fields is None or text[:fields.start].strip(" -–+•(*"):
        return None
    return fields


def _task(text: str, group: str | None, path: list[str], extra: Fields | None = None) -> Task:
    task = Task(text=text, group=group, path=list(path))
    own = inline_fields(text)
    if own is not None:
        own.fill(task)
    if extra is not None:
        extra.fill(task)
    return task


def _item_tasks(item: Item, group: str | None, npath: list[str], out: list[Task],
                section: Fields) -> None:
    """The tasks of ``item``: itself when it is a leaf, or when all its sub-items are
    fields; else its sub-items."""
    if not item.children:
        if item.text:
            out.append(_task(item.text, group, npath))
        return
    child_fields = [(_field_only(c.text) if not c.children else None) for c in item.children]
    if all(f is not None for f in child_fields):
        fields = Fields()
        for f in child_fields:
            fields.merge(f)
        if item.text:
            out.append(_task(item.text, group, npath, fields))
        return
    own: list[Task] = []
    shared = Fields()
    _sibling_tasks(item.children, group, npath, own, shared)
    for task in own:
        shared.fill(task)
    out.extend(own)


def _sibling_tasks(items: list[Item], group: str | None, npath: list[str], out: list[Task],
                   shared: Fields) -> None:
    """The tasks of sibling items into ``out``. Field items (``- Đơn vị chủ trì: …``)
    among them are not tasks: a run of them before any task, or one run after all the
    tasks, describes them all (it goes into ``shared``); but when tasks and runs of field
    items alternate (``- Task A``, ``- Chủ trì: …``, ``- Task B``, ``- Chủ trì: …``), each
    run describes the task just above it."""
    runs: list[tuple[range | None, Fields, list[bool]]] = []  # owner tasks, fields, followed
    owner: range | None = None
    current: Fields | None = None
    for item in items:
        fields = _field_only(item.text) if not item.children else None
        if fields is not None:
            if current is None:
                current = Fields()
                runs.append((owner, current, [False]))
            current.merge(fields)
            continue
        if current is not None:
            runs[-1][2][0] = True  # a task follows this run
        current = None
        before = len(out)
        _item_tasks(item, group, npath, out, shared)
        if len(out) > before:
            owner = range(before, len(out))
    alternating = any(o is not None and followed[0] for o, _, followed in runs)
    for o, fields, followed in runs:
        if o is not None and (followed[0] or alternating):
            for k in o:
                fields.fill(out[k])
        else:
            shared.merge(fields)


def node_tasks(node: Node, npath: list[str], path: list[str], leaf: bool,
               text_parts: list[str], tasks: list[Task]) -> None:
    """The tasks of ``node`` (at ``npath``, under ``path``) into ``tasks``; its other text
    into ``text_parts``."""
    group = node.title or None
    own: list[Task] = []
    section = Fields()
    _sibling_tasks(node.items, group, npath, own, section)
    intro = node.intro
    if node.items or leaf:
        kept = []
        for para in intro:
            fields = _field_only(para)
            if fields is not None:
                section.merge(fields)
            else:
                kept.append(para)
        intro = kept
    # A section whose items only name its lead unit and deadline holds one task.
    fields_only = bool(node.items) and not own and not node.children and not node.tables
    if leaf or fields_only:
        if intro:
            for para in intro:
                if refers_to_appendix(para):
                    text_parts.append(para)
                    continue
                own.append(_task(para, group, npath))
        elif node.kind == "group" and node.full and not own:
            # A heading that stands alone, or that only names its lead unit and deadline:
            # the heading is the task.
            parent = node.parent
            own.append(_task(node.full, (parent.title if parent else None) or None, path,
                             section))
    else:
        text_parts.extend(intro)
    for task in own:
        section.fill(task)
    tasks.extend(own)


def refers_to_appendix(text: str) -> bool:
    """"Nhiệm vụ cụ thể tại Phụ lục kèm theo": a pointer to a table, not a task."""
    key = fold(text)
    return "phu luc" in key and len(key) < 200 and ("kem theo" in key or "chi tiet" in key
                                                    or "cu the" in key)
