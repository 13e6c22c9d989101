"""From reader lines to paragraphs: drop page furniture, join wrapped lines.

Physical lines (PDF, plain text) are joined into paragraphs with general rules about how
a justified or ragged page wraps:

* a line that starts with a heading label or a list marker starts a paragraph (unless it
  is clearly the middle of a sentence: ``kinh tế`` / ``- xã hội``);
* a line that starts in lower case after a line that does not end a sentence continues it;
* a wrap was *forced* when the first word of the next line would not have fitted at the
  end of the line: then the paragraph goes on, otherwise it ended there;
* when the document marks paragraph starts reliably (a first-line indent, a blank line or
  extra space before paragraphs, measured on lines whose role is certain), that mark
  decides the remaining cases;
* a change of style (bold, centred, all capitals) ends a paragraph.

Page furniture is removed first: page numbers (``-11-``, ``- 3 -``, ``Trang 3``, ``3/13``),
lines repeated at the top or bottom of many pages (running headers and footers), and a
lone web address that interrupts a sentence at a page break.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from dxdesk.importing.blocks import Line
from dxdesk.importing.field_names import starts_with_field
from dxdesk.importing.labels import match_label
from dxdesk.importing.vocab import (doc_type_of, is_motto, is_national_title,
                                    is_recipients_label, is_signer_title)
from dxdesk.text import clean, fold

__all__ = ["Para", "assemble", "has_columns", "is_page_number", "split_columns"]

_PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:[-–—]\s*)?(?!(?:19|20)\d\d\b)\d{1,4}(?:\s*[-–—])?\s*$"
    r"|^\s*(?:trang|page)\s*\d{1,4}(?:\s*(?:/|của|trên|of)\s*\d{1,4})?\s*$"
    r"|^\s*\d{1,4}\s*/\s*\d{1,4}\s*$",
    re.IGNORECASE)
_URL_LINE_RE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)
# "Phụ lục", "PHỤ LỤC II", "Phụ lục số 01": the line that opens an appendix.
_APPENDIX_LINE_RE = re.compile(r"^(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu)(?:\s+(?:số\s+)?"
                               r"(?:[IVXL]+|\d{1,2}[a-z]?))?\s*[.:\-–]?\s*$")
_SENTENCE_END = ".!?;:…"
_COLUMN_GAP_RE = re.compile(r"\t+| {4,}")


@dataclass(slots=True)
class Para:
    text: str  # clean: NFC, whitespace collapsed
    raw: str = ""  # the text before collapsing (keeps tabs and runs of spaces)
    bold: bool = False
    italic: bool = False
    centered: bool = False
    heading_level: int | None = None
    page: int = 0
    lines: int = 1
    source: str = ""

    @property
    def caps(self) -> bool:
        return is_caps(self.text)


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER_RE.match(text))


def is_caps(text: str) -> bool:
    """All capitals, at least two letters (``KẾ HOẠCH``, ``UBND``)."""
    return text.isupper() and sum(1 for c in text if c.isalpha()) >= 2


def has_columns(raw: str) -> bool:
    """A line laid out in columns: with a tab or a gap of four spaces or more."""
    return "\t" in raw or "    " in raw


def split_columns(raw: str) -> list[str]:
    """The parts of a line laid out in columns with tabs or wide gaps."""
    return [p.strip() for p in _COLUMN_GAP_RE.split(raw) if p.strip()]


def _starts_lower(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
        if not ch.isspace() and ch not in "\"“'‘(«[":
            return False
    return False


def _ends_sentence(text: str) -> bool:
    t = text.rstrip()
    return bool(t) and (t[-1] in _SENTENCE_END or t.endswith("./.") or t[-1] in ")”\"" and
                        len(t) > 1 and t[-2] in _SENTENCE_END)


# --------------------------------------------------------------------------- furniture

def _page_key(text: str) -> str:
    key = fold(text)
    # A running header may carry the page number; only short lines are compared without
    # their digits, so that body lines differing by a number are never taken for one.
    return re.sub(r"\d+", "#", key) if len(key) < 40 else key


def remove_furniture(lines: list[Line]) -> list[Line]:
    """Drop page numbers, running headers/footers and stray web addresses."""
    kept = [ln for ln in lines if ln.text.strip() and not is_page_number(ln.text)]
    physical = [ln for ln in kept if ln.physical]
    if physical:
        pages: dict[int, list[Line]] = {}
        for ln in physical:
            pages.setdefault(ln.page, []).append(ln)
        if len(pages) >= 3:
            counts: Counter[str] = Counter()
            for plines in pages.values():
                edges = plines[:2] + plines[-2:]
                counts.update({_page_key(ln.text) for ln in edges if _furniture_like(ln)})
            threshold = max(3, int(len(pages) * 0.5 + 0.999))
            repeated = {k for k, n in counts.items() if n >= threshold}
            if repeated:
                drop = set()

                def strip(run: list[Line]) -> None:
                    for ln in run[:2]:
                        if not (_furniture_like(ln) and _page_key(ln.text) in repeated):
                            break
                        drop.add(id(ln))

                for plines in pages.values():
                    strip(plines)  # running header: from the top down
                    strip(plines[::-1])  # running footer: from the bottom up
                kept = [ln for ln in kept if id(ln) not in drop]
    out: list[Line] = []
    for i, ln in enumerate(kept):
        if _URL_LINE_RE.match(ln.text) and out:
            prev = out[-1].text.rstrip()
            nxt = kept[i + 1].text if i + 1 < len(kept) else ""
            if not prev.endswith(":") and (
                    (_starts_lower(nxt.strip()) and not _ends_sentence(prev))
                    or (kept[i + 1].page != ln.page if i + 1 < len(kept) else True)
                    or (out[-1].page != ln.page)):
                continue
        out.append(ln)
    return out


def _furniture_like(ln: Line) -> bool:
    text = ln.text.strip()
    return len(text) < 120 and match_label(text) is None


# --------------------------------------------------------------------------- joining

class _Geometry:
    """Margins and reliability of the paragraph-start marks of a run of physical lines."""

    def __init__(self, lines: list[Line]):
        xs0 = [ln.x0 for ln in lines if ln.x0 is not None]
        xs1 = sorted(ln.x1 for ln in lines if ln.x1 is not None)
        cws = [ln.char_w for ln in lines if ln.char_w]
        self.char_w = sorted(cws)[len(cws) // 2] if cws else 1.0
        if xs0:
            rounded = Counter(round(x / (self.char_w / 2)) for x in xs0)
            self.left = rounded.most_common(1)[0][0] * (self.char_w / 2)
        else:
            self.left = 0.0
        self.right = None
        if xs1:
            right = xs1[min(len(xs1) - 1, int(len(xs1) * 0.9))]
            span = right - self.left
            # Hard-wrapped text has many lines that nearly fill the width and none much
            # longer; text typed one paragraph per line has neither.
            near = sum(1 for x in xs1 if x - self.left >= 0.8 * span)
            # A page holds at least 40 characters a line.
            plausible = span >= 40 * self.char_w
            if (plausible and xs1[-1] - self.left <= 1.25 * span and near >= 6
                    and near >= 0.25 * len(xs1)):
                self.right = right
        self.indent_reliable = False
        self.gap_reliable = False
        self._measure_marks(lines)

    def indented(self, ln: Line) -> bool:
        return ln.x0 is not None and ln.x0 > self.left + 0.8 * self.char_w

    def _measure_marks(self, lines: list[Line]) -> None:
        starts = conts = starts_indented = conts_indented = 0
        starts_gap = conts_gap = 0
        for prev, cur in zip(lines, lines[1:]):
            text = cur.text.strip()
            label = match_label(text)
            if label is not None and _ends_sentence(prev.text):
                starts += 1
                starts_indented += self.indented(cur)
                starts_gap += cur.gap_before
            elif label is None and _starts_lower(text) and not _ends_sentence(prev.text):
                conts += 1
                conts_indented += self.indented(cur)
                conts_gap += cur.gap_before
        if starts >= 3 and conts >= 3:
            self.indent_reliable = (starts_indented >= 0.6 * starts
                                    and conts_indented <= 0.1 * conts)
        if starts >= 3:
            self.gap_reliable = starts_gap >= 0.6 * starts and conts_gap <= 0.05 * conts

    def long_line(self, ln: Line) -> bool:
        """A line that fills most of the text width."""
        if self.right is None or ln.x1 is None:
            return False
        return ln.x1 - self.left >= 0.7 * (self.right - self.left)

    def forced_wrap(self, prev: Line, cur: Line) -> bool | None:
        """True when the first word of ``cur`` would not have fitted on ``prev``."""
        if self.right is None or prev.x1 is None:
            return None
        word = cur.text.strip().split(" ", 1)[0]
        cw = cur.char_w or self.char_w
        word_w = len(word) * cw
        return prev.x1 + 0.6 * cw + word_w > self.right + 0.3 * cw


def _continues(prev: Line, cur: Line, geo: _Geometry | None, prev_is_heading: bool = False) -> bool:
    """Whether physical line ``cur`` continues the paragraph ending with ``prev``.

    ``prev_is_heading``: ``prev`` is the first line of a numbered heading."""
    text = cur.text.strip()
    prev_text = prev.text.rstrip()
    if cur.break_before and not (geo is not None and geo.long_line(prev) and
                                 _starts_lower(text) and not _ends_sentence(prev_text)):
        return False  # a blank line, unless a page break cut a sentence in two
    if (prev_text.endswith("./.") or is_recipients_label(text) or _APPENDIX_LINE_RE.match(text)
            or is_signer_title(text) or (doc_type_of(prev_text) and is_caps(prev_text))
            or is_motto(prev_text) or is_national_title(prev_text) or is_motto(text)
            or is_national_title(text)):
        return False
    if geo is not None and geo.gap_reliable and cur.gap_before:
        return False
    if has_columns(prev_text) and has_columns(text):
        # Two lines of a block in two columns (issuer | Quốc hiệu): each column wraps on
        # its own, a line across both is not a line of one paragraph.
        return False
    label = match_label(text)
    if label is None and prev.bold == cur.bold and (
            _closes_paren(prev_text, text) or _HYPHEN_CUT_RE.search(prev_text)):
        return True  # "(Kèm theo Kế hoạch số … của" / "UBND tỉnh)"; "e-" / "Cabinet"
    lower = _starts_lower(label.rest if label else text)
    ends = _ends_sentence(prev_text)
    forced = geo.forced_wrap(prev, cur) if geo is not None else None
    if label is not None:
        # "kinh tế" / "- xã hội", "giai đoạn 2020" / "– 2025": a dash in the middle of a
        # running sentence, not a list marker.
        if not (label.is_bullet and forced and not ends):
            return False
        if geo is not None and geo.indent_reliable and geo.indented(cur):
            return False
        return lower or label.rest[:1].isdigit() or text[0] in "–—"
    if ends and text[:1].isupper() and starts_with_field(text):
        return False  # "… đất đai." / "Đơn vị chủ trì: …": the task's fields, on their own
    if prev.bold != cur.bold or prev.centered != cur.centered:
        if not (lower and not ends):
            return False
    if is_caps(prev_text) != is_caps(text) and not lower and \
            len((prev_text if is_caps(prev_text) else text).split()) >= 2:
        return False
    hard_end = bool(prev_text) and (prev_text[-1] in ".!?" or prev_text.endswith(("./.", ".)",
                                                                                  ".”", '."')))
    # A line starting in lower case goes on with the sentence before it; a whole paragraph
    # (.docx) only when that one did not end a clause either.
    if lower and not (ends if geo is None else hard_end):
        return True
    if (geo is not None and geo.long_line(prev) and not prev_is_heading and not prev.centered
            and _open_end(prev_text) and not is_caps(prev_text)):
        # A paragraph does not end in the middle of a clause ("… cấp huyện và" / "60% …").
        return True
    if geo is not None and geo.indent_reliable:
        if geo.indented(cur):
            return False
        if prev_is_heading and forced is False:
            return False
        if not ends:
            return True
        return True if forced is None else forced
    if forced is None:
        return False
    return forced


def _closes_paren(prev_text: str, text: str) -> bool:
    """Whether ``text`` closes a parenthesis that ``prev_text`` left open."""
    return prev_text.count("(") > prev_text.count(")") and text.count(")") > text.count("(")


def _open_end(text: str) -> bool:
    """Whether a line stops where a paragraph cannot end: after a word or a comma."""
    t = text.rstrip()
    return bool(t) and (t[-1].isalnum() or t[-1] in ",-–(") and not t.endswith("./.")


def _is_heading_line(line: Line) -> bool:
    label = match_label(line.text.strip())
    return label is not None and not label.is_bullet


# A word hyphenated at the end of a line: letters, a hyphen, and letters on the next line.
_HYPHEN_END_RE = re.compile(r"(?:^|\s)([^\W\d_]+)-$")
# A document's symbol cut at its hyphen: "1970/QĐ-" / "BTTTT".
_SYMBOL_END_RE = re.compile(r"/[A-ZĐ][^\W\d_]*-$")


_HYPHEN_CUT_RE = re.compile(r"\w-$")


def _join_wrapped(texts: list[str]) -> str:
    """Wrapped lines joined by a space; a word hyphenated at a line's end is joined again
    (``Inter-`` / ``net`` → ``Internet``). A hyphen that belongs to the words is kept:
    after one letter (``e-`` / ``learning``), before a capital or a digit (``e-Cabinet``,
    ``COVID-19``), between Vietnamese syllables, which are never hyphenated (``văn hóa-``
    / ``thể thao``), in a document's symbol (``1970/QĐ-`` / ``BTTTT``)."""
    out = texts[0]
    for text in texts[1:]:
        if not out.endswith("-"):
            out = f"{out} {text}"
            continue
        m = _HYPHEN_END_RE.search(out[-60:])
        head = m.group(1) if m else ""
        if out[-2:-1].isdigit() and out.endswith("-") and text[:1].isdigit():
            out = out + text  # "giai đoạn 2021-" / "2025"
        elif _SYMBOL_END_RE.search(out[-30:]) and text[:1].isupper():
            out = out + text  # a symbol: its hyphen is its own
        elif not head or not text:
            out = f"{out} {text}"
        elif len(head) > 1 and head.isascii() and text[:1].islower() and \
                text.split(" ", 1)[0].isascii():
            out = out[:-1] + text
        elif not text[:1].isspace():
            out = out + text
    return out


join_wrapped = _join_wrapped


def _para_from(lines: list[Line]) -> Para:
    first = lines[0]
    raw = _join_wrapped([ln.text.strip() for ln in lines]) if len(lines) > 1 else first.text
    texts = [ln for ln in lines if ln.text.strip()]
    return Para(
        text=clean(raw),
        raw=raw,
        bold=all(ln.bold for ln in texts),
        italic=all(ln.italic for ln in texts),
        centered=all(ln.centered for ln in texts),
        heading_level=first.heading_level,
        page=first.page,
        lines=len(lines),
        source=first.source,
    )


def _join(lines: list[Line], continues) -> list[Para]:
    """Lines grouped into paragraphs: ``continues(group, line)`` says whether ``line``
    goes on the paragraph of ``group``."""
    paras: list[Para] = []
    group: list[Line] = []
    for ln in lines:
        if group and continues(group, ln):
            group.append(ln)
            continue
        if group:
            paras.append(_para_from(group))
        group = [ln]
    if group:
        paras.append(_para_from(group))
    return paras


def _join_physical(lines: list[Line]) -> list[Para]:
    geo = _Geometry(lines)
    return _join(lines, lambda group, ln: _continues(
        group[-1], ln, geo, len(group) == 1 and _is_heading_line(group[0])))


def _join_whole(lines: list[Line]) -> list[Para]:
    """Whole paragraphs (.docx): join only text typed as one line per paragraph."""
    return _join(lines, lambda group, ln: _continues(group[-1], ln, None))


def assemble(blocks: list) -> list:
    """Paragraphs in reading order; blocks other than lines (tables) pass through."""
    out: list = []
    run: list[Line] = []

    def flush() -> None:
        if not run:
            return
        lines = remove_furniture(run)
        physical = [ln for ln in lines if ln.physical]
        if physical and len(physical) == len(lines):
            out.extend(_join_physical(lines))
        elif lines:
            # Mixed runs do not happen in practice; keep each kind's rule.
            chunk: list[Line] = []
            for ln in lines:
                if chunk and chunk[-1].physical != ln.physical:
                    out.extend(_join_physical(chunk) if chunk[-1].physical else _join_whole(chunk))
                    chunk = []
                chunk.append(ln)
            if chunk:
                out.extend(_join_physical(chunk) if chunk[-1].physical else _join_whole(chunk))
        run.clear()

    for block in blocks:
        if isinstance(block, Line):
            run.append(block)
        else:
            flush()
            out.append(block)
    flush()
    return out
