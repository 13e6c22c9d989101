"""The outline parser: the format-neutral block stream → :class:`ParsedTemplate`.

The document is read in three parts, the way every Vietnamese administrative document is
laid out (Nghị định 30/2020):

1. the *preamble*: issuing body, ``Số: …``, Quốc hiệu and Tiêu ngữ, place and date, the
   type name (``KẾ HOẠCH``, ``QUYẾT ĐỊNH``…), the summary lines, and the opening paragraphs
   with their legal bases (``Căn cứ …``);
2. the *body*: numbered headings of any system nested by their rank (``Phần`` > ``Chương``
   > ``Mục`` > ``Điều`` > ``A.`` > ``I.`` > ``1.`` > ``1.1.`` > ``a)`` > ``1)``), with list
   items (``-``, ``+``, ``•``) nested by their marker, body paragraphs and tables;
3. the *closing*: ``Nơi nhận`` and its items, the signer's authority lines and name; then
   any appendix (``PHỤ LỤC``, task tables) or attached document.

Each heading's kind comes from its words (``MỤC TIÊU`` → objectives, ``NHIỆM VỤ`` → tasks…);
targets are the numeric items under objectives, tasks the leaf items under tasks, and the
rows of task tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dxdesk.importing.blocks import Cell, Line, Progress, Table
from dxdesk.importing.encoding import repair_legacy
from dxdesk.importing.labels import RANKS, Label, match_label
from dxdesk.importing.model import OutlineNode, ParsedTemplate, Signer, Target, Task
from dxdesk.importing.numbers import document_date, first_quantity, horizon_year, period_end_year
from dxdesk.importing.paragraphs import Para, assemble, is_caps, split_columns
from dxdesk.importing.tables import (TCell, find_target_header, find_task_header,
                                     is_layout_text, table_targets, table_tasks)
from dxdesk.importing.vocab import (ORG_WORDS, PLACE_WORDS, doc_type_of, heading_kind,
                                    is_motto, is_national_title, is_recipients_label,
                                    is_signature_note, is_signer_title)
from dxdesk.text import clean, fold

__all__ = ["parse_blocks"]

MAX_TITLE_PARAS = 4
_CONTEXT_KINDS = ("bases", "situation", "objectives", "tasks", "solutions", "funding",
                  "organization")


# ----------------------------------------------------------------------------- tables

@dataclass
class _TaggedTable:
    kind: str  # "tasks" | "targets"
    rows: list[list[TCell]]
    columns: object
    page: int = 0


def _grid(table: Table) -> list[list[TCell]]:
    """Cells as text; a cell merged across columns keeps its text in its first column only
    (a group row stays one cell), a cell merged down keeps it in every row (a lead unit
    shared by several tasks)."""
    grid = []
    for row in table.rows:
        cells = []
        for index, c in enumerate(row):
            if index and row[index - 1] is c:
                cells.append(TCell(bold=c.bold))
            else:
                cells.append(TCell(text=c.text, value=c.value, bold=c.bold))
        grid.append(cells)
    return grid


def _distinct_cells(table: Table) -> list[list[Cell]]:
    """Each row's cells with the copies of merged cells left out."""
    seen: set[int] = set()
    out = []
    for row in table.rows:
        cells = []
        for cell in row:
            if id(cell) in seen:
                continue
            seen.add(id(cell))
            cells.append(cell)
        out.append(cells)
    return out


def _prepare(blocks: list, warnings: list[str]) -> list:
    """Task and target tables are kept; other tables become lines of text: a layout
    table (header, closing block, frame) cell by cell, a data table row by row."""
    out: list = []
    for block in blocks:
        if not isinstance(block, Table):
            out.append(block)
            continue
        if not block.rows:
            continue
        grid = _grid(block)
        columns = find_task_header(grid)
        if columns is not None:
            out.append(_TaggedTable("tasks", grid, columns, block.page))
            continue
        target_columns = find_target_header(grid)
        if target_columns is not None:
            out.append(_TaggedTable("targets", grid, target_columns, block.page))
            continue
        rows = _distinct_cells(block)
        width = max(len(r) for r in rows)
        texts = [ln.text for r in rows for c in r for ln in c.lines if ln.text.strip()]
        layout = width <= 1 or (width <= 3 and any(is_layout_text(t) for t in texts)) or \
            (width <= 3 and len(rows) <= 3)
        # A one-column table is a frame around ordinary text.
        source = "" if width <= 1 else "layout"
        for row in rows:
            if layout:
                for cell in row:
                    for ln in cell.lines:
                        if ln.text.strip():
                            out.append(Line(text=ln.text, bold=ln.bold, italic=ln.italic,
                                            centered=ln.centered, page=block.page,
                                            source=source))
            else:
                parts = [clean(c.text) for c in row if c.text.strip()]
                if parts:
                    out.append(Line(text=" | ".join(parts), page=block.page, source="tabletext"))
    return out


# ----------------------------------------------------------------------------- outline

@dataclass(eq=False)
class _Item:
    marker: str
    text: str
    children: list[_Item] = field(default_factory=list)

    def leaves(self):
        if not self.children:
            yield self
        else:
            for child in self.children:
                yield from child.leaves()


@dataclass(eq=False)
class _Node:
    label: str
    style: str
    rank: float
    title: str
    full: str  # the heading paragraph without its label
    body_text: str = ""  # text after the title when a long heading holds its body
    intro: list[str] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)
    tables: list[_TaggedTable] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    parent: _Node | None = None
    kind: str = "other"
    context: str | None = None
    item_stack: list[_Item] = field(default_factory=list)
    waiting_title: bool = False


def _strip_title(text: str) -> str:
    text = text.strip()
    if text.endswith("./."):
        text = text[:-3]
    text = text.rstrip(":").strip()
    if text.endswith(".") and is_caps(text) and not text.endswith(".."):
        text = text[:-1].rstrip()  # "I. MỤC TIÊU."
    return text


def _split_title(rest: str) -> tuple[str, str]:
    """A long numbered paragraph ``Nhận thức số: Tổ chức …`` → title, body text."""
    rest = rest.strip()
    if len(rest) > 120:
        pos = rest.find(": ")
        if 0 < pos <= 100:
            return _strip_title(rest[:pos]), rest[pos + 2:].strip()
    return _strip_title(rest), ""


_APPENDIX_RE = re.compile(r"^(PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu)"
                          r"(?:\s+(số\s+)?([IVXL]+|\d{1,2}[a-z]?)\b)?\s*[.:\-–]?\s*(.*)$")


_SUB_MARKERS = ("+", "○")  # conventionally one level below the marker before them


class _Builder:
    """Nests headings by rank and items by marker, in document order."""

    def __init__(self):
        self.roots: list[_Node] = []
        self.stack: list[_Node] = []
        self.loose: list[_TaggedTable] = []  # tables before any heading

    # -- headings
    def open(self, style: str, rank: float, label: str, rest: str) -> _Node:
        if style == "bold":
            for node in reversed(self.stack):
                if node.style == "bold":
                    rank = node.rank
                    break
            else:
                rank = (self.stack[-1].rank + 0.5) if self.stack else 5.0
        while self.stack and (self.stack[-1].style == style or self.stack[-1].rank >= rank):
            self.stack.pop()
        title, body = _split_title(rest)
        node = _Node(label=label, style=style, rank=rank, title=title, full=clean(rest),
                     body_text=body, parent=self.stack[-1] if self.stack else None)
        node.waiting_title = not title
        (node.parent.children if node.parent else self.roots).append(node)
        self.stack.append(node)
        return node

    @property
    def current(self) -> _Node | None:
        return self.stack[-1] if self.stack else None

    # -- content
    def item(self, label: Label) -> None:
        node = self.current
        if node is None:
            return
        node.waiting_title = False
        stack = node.item_stack
        markers = [it.marker for it in stack]
        if label.label in markers:
            del stack[markers.index(label.label):]
        elif stack and not (label.label in _SUB_MARKERS or stack[-1].text.endswith(":")):
            # A new marker after an item that introduces nothing: the same level, typed
            # with another marker.
            stack.pop()
        item = _Item(label.label, clean(label.rest))
        (stack[-1].children if stack else node.items).append(item)
        stack.append(item)

    def para(self, text: str, source: str = "") -> None:
        node = self.current
        if node is None:
            return
        if node.waiting_title and len(text) <= 300 and source != "tabletext":
            node.title, node.body_text = _split_title(text)
            node.full = text
            node.waiting_title = False
            return
        node.waiting_title = False
        if source == "tabletext":
            node.extra.append(text)
        elif node.item_stack:
            last = node.item_stack[-1]
            last.text = f"{last.text} {text}" if last.text else text
        else:
            node.intro.append(text)

    def table(self, table: _TaggedTable) -> None:
        node = self.current
        if node is None:
            self.loose.append(table)
        else:
            node.waiting_title = False
            node.tables.append(table)


def _bold_heading(p: Para, has_styles: bool) -> bool:
    """An unnumbered heading: a Word heading style or Markdown ``#``, a short bold
    paragraph, or a short line in capitals."""
    if p.source == "tabletext":
        return False
    t = p.text
    if not t or len(t) > 160 or not (t[0].isupper() or t[0].isdigit()):
        return False
    if t[-1] in ".;," and not t.endswith("..."):
        return False
    if p.heading_level is not None:
        return True
    if has_styles and p.bold and len(t.split()) <= 25:
        return True
    return is_caps(t) and len(t.split()) <= 15 and not is_signer_title(t)


def _feed_body(builder: _Builder, items: list, has_styles: bool) -> None:
    for p in items:
        if isinstance(p, _TaggedTable):
            builder.table(p)
            continue
        text = p.text
        if not text:
            continue
        m = _APPENDIX_RE.match(text)
        if m and (is_caps(m.group(1)) or p.bold or p.centered or not m.group(4)):
            number = m.group(3)
            label = "Phụ lục" + (f" {number}" if number else "")
            builder.stack.clear()
            builder.open("appendix", -1, label, m.group(4) or "")
            continue
        label = match_label(text)
        if label is not None and not label.is_bullet:
            builder.open(label.style, RANKS[label.style], label.label, label.rest)
            continue
        if label is not None:
            builder.item(label)
            continue
        if p.source == "layout":
            builder.para(text, "tabletext")  # a small table in the body: its text only
            continue
        if _bold_heading(p, has_styles) and not (builder.current and builder.current.waiting_title):
            if p.heading_level is not None:
                builder.open(f"h{p.heading_level}", 5 + p.heading_level, "", text)
            elif is_caps(text):
                builder.open("caps", 5, "", text)
            else:
                builder.open("bold", 0, "", text)
            continue
        builder.para(text, p.source)


def _assign_kinds(nodes: list[_Node], context: str | None) -> None:
    for node in nodes:
        own = heading_kind(node.title)
        if node.style == "appendix" and own is None and any(
                t.kind == "tasks" for t in node.tables):
            own = "tasks"
        if context in ("tasks", "solutions"):
            node.kind = "group"
        elif own == "tasks" and context in ("organization", "situation", "funding", "bases"):
            node.kind = "other"
        elif own is not None:
            node.kind = own
        else:
            node.kind = "other"
        node.context = node.kind if node.kind in _CONTEXT_KINDS else context
        _assign_kinds(node.children, node.context)


# ----------------------------------------------------------------------------- extraction

class _Collector:
    def __init__(self, default_horizon: int | None, task_kinds: tuple[str, ...]):
        self.targets: list[Target] = []
        self.tasks: list[Task] = []
        self.bases: list[str] = []
        self.default_horizon = default_horizon
        self.task_kinds = task_kinds

    def walk(self, nodes: list[_Node], path: list[str],
             years: list[int | None]) -> list[OutlineNode]:
        out = []
        for node in nodes:
            npath = path + [node.label or node.title]
            nyears = years + [horizon_year(node.title)]
            text_parts: list[str] = []
            ctx = node.context
            leaf = not node.items and not node.children and not node.tables
            if ctx in self.task_kinds:
                self._tasks(node, npath, path, leaf, text_parts)
            elif ctx == "objectives":
                self._targets(node, npath, path, nyears, leaf, text_parts)
            elif ctx == "bases":
                self._bases(node, leaf, text_parts)
            else:
                text_parts.extend(node.intro)
                text_parts.extend(_flatten_items(node.items))
            for table in node.tables:
                self._table(table, node, npath, nyears)
            if node.body_text and not (ctx in self.task_kinds and leaf):
                text_parts.insert(0, node.body_text)
            text_parts.extend(node.extra)
            children = self.walk(node.children, npath, nyears)
            out.append(OutlineNode(label=node.label, title=node.title or node.full,
                                   kind=node.kind, text=clean(" ".join(text_parts)),
                                   children=children))
        return out

    def _table(self, table: _TaggedTable, node: _Node | None, path: list[str],
               years: list[int | None]) -> None:
        if table.kind == "tasks":
            columns = table.columns
            strong = any(c is not None for c in (columns.lead, columns.co, columns.deadline))
            if strong or node is None or node.context in self.task_kinds:
                tasks, _ = table_tasks(table.rows, columns,
                                       group=node.title if node else None, path=path)
                self.tasks.extend(tasks)
            else:
                # "STT | Nội dung | Kết quả" in a report of results: not a task list.
                node.extra.extend(" | ".join(c.text for c in row if c.text.strip())
                                  for row in table.rows if any(c.text.strip() for c in row))
        elif node is not None and node.context == "objectives":
            horizon = next((y for y in reversed(years) if y), None) or self.default_horizon
            self.targets.extend(table_targets(table.rows, table.columns, path=path,
                                              horizon=horizon))

    def _tasks(self, node: _Node, npath: list[str], path: list[str], leaf: bool,
               text_parts: list[str]) -> None:
        for item in node.items:
            for leaf_item in item.leaves():
                if leaf_item.text:
                    self.tasks.append(Task(text=leaf_item.text, group=node.title or None,
                                           path=list(npath)))
        if leaf:
            if node.intro:
                for para in node.intro:
                    if _refers_to_appendix(para):
                        text_parts.append(para)
                        continue
                    self.tasks.append(Task(text=para, group=node.title or None,
                                           path=list(npath)))
            elif node.kind == "group" and node.full:
                parent = node.parent
                self.tasks.append(Task(text=node.full,
                                       group=(parent.title if parent else None) or None,
                                       path=list(path)))
        else:
            text_parts.extend(node.intro)

    def _targets(self, node: _Node, npath: list[str], path: list[str],
                 years: list[int | None], leaf: bool, text_parts: list[str]) -> None:
        inherited = next((y for y in reversed(years) if y), None) or self.default_horizon
        lead_in = None
        for para in node.intro:
            lead_in = horizon_year(para) or lead_in
        base = lead_in or inherited

        def visit(item: _Item, horizon: int | None) -> None:
            own = horizon_year(item.text) or horizon
            if item.children:
                text_parts.append(f"{item.marker} {item.text}")
                for child in item.children:
                    visit(child, own)
                return
            quantity = first_quantity(item.text)
            if quantity is None:
                text_parts.append(f"{item.marker} {item.text}")
                return
            self.targets.append(Target(text=item.text, value=quantity[0], unit=quantity[1],
                                       horizon=own, path=list(npath)))

        for item in node.items:
            visit(item, base)
        if leaf and node.intro:
            for para in node.intro:
                quantity = first_quantity(para)
                if quantity is None:
                    text_parts.append(para)
                    continue
                self.targets.append(Target(text=para, value=quantity[0], unit=quantity[1],
                                           horizon=horizon_year(para) or inherited,
                                           path=list(npath)))
        elif leaf and node.kind != "objectives" and node.full:
            quantity = first_quantity(node.full)
            if quantity is not None:
                self.targets.append(Target(text=node.full, value=quantity[0], unit=quantity[1],
                                           horizon=horizon_year(node.full) or inherited,
                                           path=list(path)))
        else:
            text_parts[:0] = node.intro

    def _bases(self, node: _Node, leaf: bool, text_parts: list[str]) -> None:
        for item in node.items:
            for leaf_item in item.leaves():
                basis = _basis_text(leaf_item.text)
                if basis:
                    self.bases.append(basis)
        if not node.items:
            for para in node.intro:
                for basis in _split_bases(para) or ([_basis_text(para)] if leaf else []):
                    if basis:
                        self.bases.append(basis)
        else:
            text_parts.extend(node.intro)


def _refers_to_appendix(text: str) -> bool:
    """"Nhiệm vụ cụ thể tại Phụ lục kèm theo": a pointer to a table, not a task."""
    key = fold(text)
    return "phu luc" in key and len(key) < 200 and ("kem theo" in key or "chi tiet" in key
                                                    or "cu the" in key)


def _flatten_items(items: list[_Item]) -> list[str]:
    out = []
    for item in items:
        out.append(f"{item.marker} {item.text}" if item.text else item.marker)
        out.extend(_flatten_items(item.children))
    return out


# ----------------------------------------------------------------------------- bases

_BASIS_PREFIX_RE = re.compile(r"^(?:căn cứ|căn cứ vào)\s*:?\s*", re.IGNORECASE)
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])")
_ABBREVIATION_END_RE = re.compile(r"(?:^|\s)(?:[A-ZĐ][A-Za-zĐđ]{0,3}|[a-z]{1,2})\.$")
_ISSUING_START = ("uy ban", "ubnd", "hoi dong", "so ", "ban ", "chu tich", "giam doc",
                  "phong ", "dang uy", "tinh uy", "huyen uy", "bo ", "van phong", "de ",
                  "nham ", "xet ", "theo de nghi", "thuc hien", "tren co so")


def _basis_text(text: str) -> str:
    text = _BASIS_PREFIX_RE.sub("", clean(text))
    return text.rstrip(" ;.,").removesuffix(" và").strip()


def _split_bases(text: str) -> list[str]:
    """The legal bases of an opening paragraph: each ``Căn cứ …`` clause, without the
    sentence that follows them (``Ủy ban nhân dân … ban hành Kế hoạch … như sau:``)."""
    if not fold(text).startswith("can cu"):
        return []
    pieces = _SENTENCE_SPLIT_RE.split(text)
    merged: list[str] = []
    for piece in pieces:
        if merged and _ABBREVIATION_END_RE.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {piece}"
        else:
            merged.append(piece)
    bases = []
    for i, piece in enumerate(merged):
        key = fold(piece)
        if key.startswith("can cu"):
            bases.append(_basis_text(piece))
        elif i > 0 and merged[i - 1].rstrip().endswith(";") and not key.startswith(_ISSUING_START):
            bases.append(_basis_text(piece))
        else:
            break
    return [b for b in bases if b]


# ----------------------------------------------------------------------------- preamble

_NUMBER_RE = re.compile(r"^(?:số|so|SỐ)\s*[:.]?\s*(.*)$", re.IGNORECASE)
_SEPARATOR_RE = re.compile(r"^[\s\-_–—=*.~]+$")
_OPENING_START = ("can cu", "thuc hien", "theo ", "de ", "nham ", "xet ", "tren co so",
                  "uy ban", "ubnd", "hoi dong", "ban chap hanh", "ban thuong vu", "so ",
                  "trien khai", "chu tich", "giam doc", "thu truong", "ngay ", "kinh gui",
                  "qua ", "sau khi", "nhu sau")
_SKIP_HEADER = ("du thao", "khan", "mat", "toi mat", "hoa toc", "thuong khan", "ban chinh")


def _is_place_date(text: str) -> bool:
    key = fold(text)
    if len(key) >= 80 or "ngay" not in key:
        return False
    return ("thang" in key and "nam" in key) or document_date(text) is not None


def _issuer_from(lines: list[str]) -> str | None:
    orgs: list[list[str]] = []
    for line in lines:
        key = fold(line) + " "
        if key.strip() in _SKIP_HEADER:
            continue
        starts_org = key.startswith(ORG_WORDS)
        starts_place = key.startswith(PLACE_WORDS) and not starts_org
        if orgs and (starts_place or not starts_org):
            orgs[-1].append(line)
        else:
            orgs.append([line])
    if not orgs:
        return None
    return clean(" ".join(orgs[-1])) or None


def _doc_type_split(p: Para) -> tuple[str, str] | None:
    """(type, rest) when ``p`` names the document's type (``KẾ HOẠCH``)."""
    text = p.text.strip()
    if text.endswith(":"):
        return None
    t = doc_type_of(text)
    if t and (is_caps(text) or p.centered or p.bold or sum(c.isupper() for c in text) >= 3):
        return t, ""
    words = text.split()
    for n in (3, 2):
        head = " ".join(words[:n])
        t = doc_type_of(head)
        if t and is_caps(head) and len(words) > n and (p.centered or p.bold or not p.page):
            rest = " ".join(words[n:])
            if not rest[:1].islower():
                return t, rest
    return None


@dataclass
class _Preamble:
    doc_type: str | None = None
    title: str | None = None
    issuer: str | None = None
    number: str | None = None
    date: str | None = None
    bases: list[str] = field(default_factory=list)
    title_end: int = 0  # index of the first paragraph after the title


def _header_parts(p: Para) -> list[str]:
    """A header line's columns (issuer | Quốc hiệu, number | place and date), keeping a
    number or a date whose blanks look like column gaps in one piece."""
    if not ("\t" in p.raw or "    " in p.raw):
        return [p.text]
    parts = split_columns(p.raw)
    merged: list[str] = []
    for part in parts:
        if merged and (re.fullmatch(r"(?i)(số|so)\s*[:.]?", merged[-1])
                       or (fold(merged[-1]).endswith(("ngay", "thang")) and
                           not is_caps(merged[-1]))):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged


def _parse_header(paras: list, end: int, pre: _Preamble) -> list[int]:
    """Issuer, number and date from the header lines; returns the indexes of the other
    paragraphs (candidates for a title when the document names no type)."""
    issuer_lines: list[str] = []
    others: list[int] = []
    pending_date: str | None = None
    for index, p in enumerate(paras[:end]):
        if not isinstance(p, Para):
            continue
        used = False
        for part in _header_parts(p):
            part = clean(part)
            if not part or _SEPARATOR_RE.match(part):
                used = True
                continue
            if is_national_title(part) or is_motto(part):
                used = True
                continue
            m = _NUMBER_RE.match(part)
            if m and ("/" in part or "-" in part) and pre.number is None:
                pre.number = clean(m.group(1)) or None
                used = True
                continue
            if _is_place_date(part):
                if pre.date is None:
                    pre.date = document_date(part)
                    pending_date = part if pre.date is None else None
                used = True
                continue
            if pending_date and re.fullmatch(r"\d{4}\.?", part):
                # "An Lão, ngày 10 tháng 01 năm" | "2024": a date wrapped in its cell.
                pre.date = document_date(f"{pending_date} {part}")
                pending_date = None
                used = True
                continue
            key = fold(part) + " "
            if is_caps(part) and len(part) < 120 and (
                    key.startswith(ORG_WORDS) or key.startswith(PLACE_WORDS)
                    or key.strip() in _SKIP_HEADER):
                issuer_lines.append(part.strip(" -_"))
                used = True
        if not used:
            others.append(index)
    pre.issuer = _issuer_from([x for x in issuer_lines if x])
    return others


def _untyped_title(paras: list, candidates: list[int], pre: _Preamble) -> int:
    """A document without a type line (a spreadsheet, a plain list): its first short
    line that is not an opening sentence is the title. Returns the index after it."""
    for index in candidates:
        p = paras[index]
        text = p.text
        if fold(text).startswith(_OPENING_START) or match_label(text) is not None:
            return index
        if len(text) <= 250:
            pre.title = text
            words = text.split()
            for n in (3, 2):
                doc_type = doc_type_of(" ".join(words[:n]))
                if doc_type and len(words) > n:
                    pre.doc_type = doc_type
                    break
            return index + 1
    return candidates[0] if candidates else 0


def _parse_preamble(paras: list, body_start: int, has_styles: bool) -> _Preamble:
    pre = _Preamble()
    doc_index = None
    for i, p in enumerate(paras[:body_start]):
        if not isinstance(p, Para):
            continue
        split = _doc_type_split(p)
        if split:
            doc_index = i
            pre.doc_type, rest = split
            title_parts = [rest] if rest else []
            break
    if doc_index is None:
        others = _parse_header(paras, body_start, pre)
        i = _untyped_title(paras, others, pre)
        pre.title_end = i
        for p in paras[i:body_start]:
            if isinstance(p, Para):
                pre.bases.extend(_split_bases(p.text))
        return pre
    _parse_header(paras, doc_index, pre)
    i = doc_index + 1
    while i < body_start and len(title_parts) < MAX_TITLE_PARAS:
        p = paras[i]
        if not isinstance(p, Para):
            break
        text = p.text
        key = fold(text)
        if _SEPARATOR_RE.match(text):
            i += 1
            continue
        if (key.startswith(_OPENING_START) or match_label(text) is not None
                or len(text) > 300 or (is_caps(text) and title_parts and not p.centered
                                       and not is_caps(title_parts[-1]))
                or (has_styles and title_parts and not (p.centered or p.bold))):
            break
        title_parts.append(text)
        i += 1
        if has_styles and not (p.centered or p.bold):
            break
    pre.title = clean(" ".join(title_parts)) or None
    pre.title_end = i
    for p in paras[i:body_start]:
        if isinstance(p, Para):
            pre.bases.extend(_split_bases(p.text))
    return pre


def _is_body_heading(p: Para, has_styles: bool) -> bool:
    label = match_label(p.text)
    if label is not None:
        return not label.is_bullet
    if p.heading_level is not None:
        return True
    return _bold_heading(p, has_styles) and heading_kind(p.text) is not None \
        and len(p.text) < 100


def _find_body_start(paras: list, has_styles: bool) -> int:
    start = 0
    for i, p in enumerate(paras):
        if isinstance(p, Para) and _doc_type_split(p):
            start = i + 1
            break
        if i > 60:
            break
    for i in range(start, len(paras)):
        p = paras[i]
        if isinstance(p, _TaggedTable):
            return i
        if p.source == "sheet":
            continue  # the lines above a spreadsheet's table: its title
        if _is_body_heading(p, has_styles) or is_recipients_label(p.text) or \
                _APPENDIX_RE.match(p.text):
            return i
    for i in range(start, len(paras)):
        p = paras[i]
        if isinstance(p, Para) and p.source != "sheet" and match_label(p.text) is not None:
            return i
    return len(paras)


# ----------------------------------------------------------------------------- closing

_NAME_WORD_RE = re.compile(r"^[A-ZĐÀ-Ỹ][^\s\d]*$")


def _looks_like_name(text: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 7 or len(text) > 60:
        return False
    if any(ch in text for ch in ":;,/()") or any(ch.isdigit() for ch in text):
        return False
    return all(_NAME_WORD_RE.match(w.strip(".")) for w in words)


def _org_like(text: str) -> bool:
    key = fold(text) + " "
    return key.startswith(ORG_WORDS) or key.startswith(PLACE_WORDS) or " nhan dan " in key


def _closing_parts(p: Para) -> list[str]:
    if "\t" in p.raw or "    " in p.raw:
        parts = split_columns(p.raw)
        if len(parts) > 1:
            return [clean(x) for x in parts]
    return [p.text]


def _is_closing_start(p) -> bool:
    if not isinstance(p, Para):
        return False
    for part in _closing_parts(p):
        if is_recipients_label(part) or is_signer_title(part):
            return True
    return False


@dataclass
class _Closing:
    recipients: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    name: str | None = None
    end: int = 0


def _recipient(text: str) -> str:
    label = match_label(text)
    if label is not None and label.is_bullet:
        text = label.rest
    return clean(text).rstrip(" ;.,").strip()


def _parse_closing(paras: list, start: int) -> _Closing:
    out = _Closing(end=len(paras))
    in_recipients = False
    last_open = False  # the last recipient did not end with ; or .
    signer_seen = False
    for index in range(start, len(paras)):
        p = paras[index]
        if not isinstance(p, Para):
            out.end = index
            return out
        text = p.text
        if out.name and (_APPENDIX_RE.match(text) or _doc_type_split(p) or
                         (match_label(text) is not None and not match_label(text).is_bullet)):
            out.end = index
            return out
        if not out.name and signer_seen and _APPENDIX_RE.match(text):
            out.end = index
            return out
        consumed = False
        for part in _closing_parts(p):
            if not part:
                continue
            if is_recipients_label(part):
                in_recipients = True
                rest = re.sub(r"^\S+\s+\S+\s*:?\s*", "", part, count=1)
                if rest and rest != part:
                    out.recipients.append(_recipient(rest))
                    last_open = not rest.rstrip().endswith((";", "."))
                consumed = True
                continue
            label = match_label(part)
            if label is not None and label.is_bullet and (in_recipients or not signer_seen):
                in_recipients = True
                out.recipients.append(_recipient(part))
                last_open = not part.rstrip().endswith((";", "."))
                consumed = True
                continue
            if is_signature_note(part):
                consumed = True
                continue
            if is_signer_title(part) or (signer_seen and is_caps(part) and not out.name
                                         and (not _looks_like_name(part.title())
                                              or _org_like(part))
                                         and len(part.split()) <= 10):
                signer_seen = True
                out.lines.append(clean(part))
                consumed = True
                continue
            if signer_seen and not out.name and _looks_like_name(part) or (
                    signer_seen and not out.name and is_caps(part) and _looks_like_name(part)):
                out.name = clean(part)
                consumed = True
                continue
            if in_recipients and not signer_seen:
                if last_open and out.recipients:
                    # A recipient wrapped in its narrow column.
                    out.recipients[-1] = clean(f"{out.recipients[-1]} {_recipient(part)}")
                else:
                    out.recipients.append(_recipient(part))  # typed without its dash
                last_open = not part.rstrip().endswith((";", "."))
                consumed = True
                continue
        if not consumed and out.name:
            out.end = index
            return out
    return out


# ----------------------------------------------------------------------------- main

def _has_styles(paras: list) -> bool:
    return any(isinstance(p, Para) and (p.bold or p.centered) for p in paras)


def parse_blocks(blocks: list, *, source: str, progress: Progress,
                 warnings: list[str] | None = None) -> ParsedTemplate:
    """Parse a reader's blocks into a :class:`ParsedTemplate`."""
    warnings = warnings if warnings is not None else []
    progress.report(55, 100)
    repair_legacy(blocks)
    prepared = _prepare(blocks, warnings)
    paras = assemble(prepared)
    paras = [p for p in paras if not isinstance(p, Para) or p.text]
    progress.report(70, 100)
    has_styles = _has_styles(paras)

    body_start = _find_body_start(paras, has_styles)
    pre = _parse_preamble(paras, body_start, has_styles)

    closing_start = next((i for i in range(body_start, len(paras))
                          if _is_closing_start(paras[i])), len(paras))
    closing = _parse_closing(paras, closing_start) if closing_start < len(paras) else _Closing(
        end=len(paras))

    builder = _Builder()
    _feed_body(builder, paras[body_start:closing_start], has_styles)
    tail = paras[closing.end:]
    if tail:
        first = tail[0]
        builder.stack.clear()
        if isinstance(first, Para) and _doc_type_split(first):
            # An attached document (the plan a decision approves): its headings follow.
            sub_start = _find_body_start(tail, has_styles)
            _feed_body(builder, tail[sub_start:], has_styles)
        elif isinstance(first, Para) and _APPENDIX_RE.match(first.text):
            _feed_body(builder, tail, has_styles)
        else:
            # Whatever follows the signature is an appendix, even without its name.
            title = ""
            if isinstance(first, Para) and len(first.text) <= 200 and (
                    first.caps or first.bold or first.centered) and match_label(first.text) is None:
                title, tail = first.text, tail[1:]
            builder.open("appendix", -1, "Phụ lục", title)
            _feed_body(builder, tail, has_styles)
    progress.report(85, 100)

    _assign_kinds(builder.roots, None)
    kinds = {n.kind for root in builder.roots for n in _walk_nodes(root)}
    task_kinds = ("tasks",) if "tasks" in kinds else ("tasks", "solutions")
    default_horizon = period_end_year(pre.title or "") if pre.title else None
    collector = _Collector(default_horizon, task_kinds)
    outline = collector.walk(builder.roots, [], [])
    for table in builder.loose:
        collector._table(table, None, [], [])

    template = ParsedTemplate(
        source=source,
        doc_type=pre.doc_type,
        title=pre.title,
        issuer=pre.issuer,
        number=pre.number,
        date=pre.date,
        bases=pre.bases + collector.bases,
        outline=outline,
        targets=collector.targets,
        tasks=collector.tasks,
        recipients=[r for r in closing.recipients if r],
        signer=Signer(lines=closing.lines, name=closing.name),
        warnings=warnings,
    )
    progress.report(95, 100)
    return template


def _walk_nodes(node: _Node):
    yield node
    for child in node.children:
        yield from _walk_nodes(child)
