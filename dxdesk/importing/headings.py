"""Headings and the outline tree of a plan's body: which paragraphs are headings (numbered
labels of any system, the ``PHỤ LỤC`` line, or unnumbered ones: a Word heading style, a
short bold or capitalised line), and :class:`Builder`, which nests headings by rank and list
items by their marker, in document order, into :class:`Node` and :class:`Item` trees."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dxdesk.importing.field_names import starts_with_field
from dxdesk.importing.labels import RANKS, Label, match_label
from dxdesk.importing.paragraphs import Para, is_caps
from dxdesk.importing.tagged_tables import TaggedTable
from dxdesk.importing.vocab import doc_type_of, heading_kind, is_signer_title
from dxdesk.text import clean, fold

__all__ = ["APPENDIX_RE", "Item", "Node", "Builder", "feed_body", "is_body_heading"]


@dataclass(eq=False)
class Item:
    """A list item (``-``, ``+``, ``a)``…) and the items nested under it."""

    marker: str
    text: str
    children: list[Item] = field(default_factory=list)

    def leaves(self):
        if not self.children:
            yield self
        else:
            for child in self.children:
                yield from child.leaves()


@dataclass(eq=False)
class Node:
    """A heading with what stands under it: its intro paragraphs, list items, tables and
    sub-headings; ``kind`` and ``context`` are set later (:mod:`section_kinds`)."""

    label: str
    style: str
    rank: float
    title: str
    full: str  # the heading paragraph without its label
    body_text: str = ""  # text after the title when a long heading holds its body
    intro: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    tables: list[TaggedTable] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    parent: Node | None = None
    kind: str = "other"
    context: str | None = None
    item_stack: list[Item] = field(default_factory=list)
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


APPENDIX_RE = re.compile(r"^(PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu)"
                          r"(?:\s+(số\s+)?([IVXL]+|\d{1,2}[a-z]?)\b)?\s*[.:\-–]?\s*(.*)$")


_SUB_MARKERS = ("+", "○")  # conventionally one level below the marker before them

# The systems that usually enclose the others (Nghị định 30: Phần, Chương, Mục, Điều).
_OUTER_STYLES = ("phan", "chuong", "muc", "dieu", "ALPHA")
_INNER_STYLES = ("roman", "num1", "num2", "num3", "num4")


class Builder:
    """Nests headings by rank and items by marker, in document order."""

    def __init__(self):
        self.roots: list[Node] = []
        self.stack: list[Node] = []
        self.loose: list[TaggedTable] = []  # tables before any heading
        self.seen: set[str] = set()  # heading systems met so far
        # Outer systems ("Phần", "Điều", "A.") first met inside a section of an inner one
        # ("I.", "1."): the rank they take in this document, just under that section.
        self.inner_rank: dict[str, float] = {}
        self.ended = False  # the text before ended with the end mark "./."
        self.preamble: list[Para] = []  # opening paragraphs of attached documents

    def _inner_section(self, style: str) -> Node | None:
        """The innermost open section of a numbered system, or of an outer one that
        ``style`` usually encloses (``Mục 1`` met under ``B. NHIỆM VỤ``)."""
        return next((n for n in reversed(self.stack) if n.style in _INNER_STYLES or (
            n.style in _OUTER_STYLES and n.rank > RANKS[style])), None)

    def outer_too_late(self, style: str) -> bool:
        """An outer system (``Phần``, ``Điều``, ``A.``) met for the first time inside a
        section of a numbered system it usually encloses (``I.``, ``1.``): it cannot
        enclose that system's later headings, it stands under that section (``II. NHIỆM
        VỤ`` / ``A. CHÍNH QUYỀN SỐ``), and a sentence that starts like it is no heading
        (``Điều 4 Luật An ninh mạng …`` quoted in the text of section ``II.``)."""
        if style in self.inner_rank:
            return True
        if style not in _OUTER_STYLES or style in self.seen:
            return False
        inner = self._inner_section(style)
        if inner is None or inner.rank <= RANKS[style]:
            return False
        self.inner_rank[style] = inner.rank + 0.5
        return True

    def _caps_rank(self, text: str, rank: float) -> float:
        """An unnumbered heading in capitals: beside the one open before it; under the
        numbered section open when it is one of that section's parts (``MỤC ĐÍCH`` under
        ``II. MỤC ĐÍCH, YÊU CẦU``, ``CHÍNH QUYỀN SỐ`` under ``III. NHIỆM VỤ``), not a
        section of another kind (``TỔ CHỨC THỰC HIỆN``)."""
        sibling = None
        for node in reversed(self.stack):
            if node.style == "caps":
                sibling = sibling or node
            elif node.style in _INNER_STYLES or node.style in _OUTER_STYLES:
                key, title = fold(_strip_title(text)), fold(node.title)
                own = heading_kind(text)
                if key and (key in title or own is None or own == heading_kind(node.title)):
                    return sibling.rank if sibling else node.rank + 0.5
                return rank
        return sibling.rank if sibling else rank

    # -- headings
    def open(self, style: str, rank: float, label: str, rest: str) -> Node:
        if self.ended:
            # After the end mark of a document ("./."), what follows starts at the top.
            self.stack.clear()
            self.ended = False
        if self.outer_too_late(style):
            rank = self.inner_rank[style]
        self.seen.add(style)
        if style == "bold":
            for node in reversed(self.stack):
                if node.style == "bold":
                    rank = node.rank
                    break
            else:
                rank = (self.stack[-1].rank + 0.5) if self.stack else 5.0
        elif style == "caps":
            rank = self._caps_rank(rest, rank)
        while self.stack and (self.stack[-1].style == style or self.stack[-1].rank >= rank):
            self.stack.pop()
        title, body = _split_title(rest)
        node = Node(label=label, style=style, rank=rank, title=title, full=clean(rest),
                    body_text=body, parent=self.stack[-1] if self.stack else None)
        node.waiting_title = not title
        (node.parent.children if node.parent else self.roots).append(node)
        self.stack.append(node)
        return node

    def open_appendix(self, label: str, rest: str) -> Node:
        """An appendix: a new top-level section, whatever was open."""
        self.stack.clear()
        return self.open("appendix", -1, label, rest)

    def new_document(self) -> None:
        """An attached document starts (its type line, ``KẾ HOẠCH``): nothing stays open."""
        self.stack.clear()
        self.ended = False

    @property
    def current(self) -> Node | None:
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
        item = Item(label.label, clean(label.rest))
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
        elif node.item_stack and starts_with_field(text):
            # "- Xây dựng …" / "Đơn vị chủ trì: …" (no marker): the task's field, an item
            # of its own beside the one above, not more of its text.
            stack = node.item_stack
            last = stack.pop()
            item = Item(last.marker, text)
            (stack[-1].children if stack else node.items).append(item)
            stack.append(item)
        elif node.item_stack:
            last = node.item_stack[-1]
            last.text = f"{last.text} {text}" if last.text else text
        else:
            node.intro.append(text)

    def table(self, table: TaggedTable) -> None:
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


def _is_type_line(p: Para) -> bool:
    """The type line of a document (``KẾ HOẠCH`` alone, in capitals)."""
    return len(p.text) <= 40 and is_caps(p.text) and doc_type_of(p.text) is not None \
        and not p.text.rstrip().endswith(":")


_TITLE_SKIP = 6  # at most this many title lines under an attached document's type line


def _sentence_like(text: str, label: Label) -> bool:
    """``Điều 4 Luật An ninh mạng quy định …``: a sentence that starts with a reference,
    not a heading (no full stop or colon after the number, or a sentence after it)."""
    rest = label.rest.strip()
    if not rest or rest[0].islower():
        return True
    separator = text[:len(text) - len(label.rest)]
    if not any(ch in separator for ch in ".:-–)"):
        return True
    return len(rest) > 160 and not is_caps(rest)


def feed_body(builder: Builder, items: list, has_styles: bool) -> None:
    """Feed paragraphs and tagged tables of the body to ``builder``."""
    skip_title = 0
    for p in items:
        if isinstance(p, TaggedTable):
            skip_title = 0
            builder.table(p)
            continue
        text = p.text
        if not text:
            continue
        m = APPENDIX_RE.match(text)
        if m and (is_caps(m.group(1)) or p.bold or p.centered or not m.group(4)):
            skip_title = 0
            number = m.group(3)
            label = "Phụ lục" + (f" {number}" if number else "")
            builder.open_appendix(label, m.group(4) or "")
            continue
        label = match_label(text)
        if label is None and builder.roots and _is_type_line(p):
            # A document attached to the one before (the plan a decision approves): its
            # headings start at the top; its title lines are not headings.
            builder.new_document()
            skip_title = _TITLE_SKIP
            continue
        if skip_title and label is None and not (p.heading_level is not None or p.source) \
                and not (skip_title < _TITLE_SKIP and is_caps(text) and heading_kind(text)):
            if fold(text).startswith("can cu"):
                builder.preamble.append(p)  # its legal bases: the document's too
            else:
                skip_title -= 1
            continue
        skip_title = 0
        if label is not None and not label.is_bullet:
            if builder.outer_too_late(label.style) and _sentence_like(text, label):
                builder.para(text, p.source)
                builder.ended = builder.ended or text.endswith("./.")
                continue
            builder.open(label.style, RANKS[label.style], label.label, label.rest)
            builder.ended = text.endswith("./.")
            continue
        if label is not None:
            builder.item(label)
            builder.ended = text.endswith("./.")
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
        builder.ended = text.endswith("./.")


def is_body_heading(p: Para, has_styles: bool) -> bool:
    """A heading that can open the body: numbered, styled, or naming a section kind."""
    label = match_label(p.text)
    if label is not None:
        return not label.is_bullet
    if p.heading_level is not None:
        return True
    return _bold_heading(p, has_styles) and heading_kind(p.text) is not None \
        and len(p.text) < 100
