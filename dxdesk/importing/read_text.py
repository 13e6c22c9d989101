"""Reader for plain text and Markdown (.txt, .md): one physical line per line.

The bytes are decoded by :func:`dxdesk.text.legacy.decode_bytes` (UTF-8/16, Windows-1258,
TCVN3, VNI). Markdown marks are stripped and kept as hints: ``#`` headings become bold
lines with a heading level, a line wrapped in ``**`` is bold, pipe tables become tables,
backslash escapes (``\\*``, ``1\\.``) become the character they protect. A task table
laid out with runs of spaces (``pdftotext -layout``) is read by the position of its
columns (:mod:`dxdesk.importing.layout_tables`).
"""

from __future__ import annotations

import html
import re

from dxdesk.importing.blocks import Cell, Line, Progress, Table
from dxdesk.importing.layout_tables import (TEXT_METRICS, LayoutTable, Piece, VRow,
                                            anchor_rows, cell_paragraphs, join_continued,
                                            read_layout_table)
from dxdesk.importing.paragraphs import is_page_number
from dxdesk.importing.tables import header_role
from dxdesk.text import fold

__all__ = ["read_text", "MAX_LINES"]

MAX_LINES = 60_000
MAX_LINE_CHARS = 20_000

_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<\"'])")
_BOLD_RE = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC_RE = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_RULE_RE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_TABLE_SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_QUOTE_RE = re.compile(r"^\s{0,3}>\s?")
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _strip_marks(text: str) -> tuple[str, bool, bool, int | None]:
    """Markdown marks out of one line: (text, bold, italic, heading level)."""
    level = None
    m = _HEADING_RE.match(text)
    if m:
        level = len(m.group(1)) - 1
        text = m.group(2)
    text = _QUOTE_RE.sub("", text)
    stripped = text.strip()
    bold = bool(stripped) and (
        (stripped.startswith("**") and stripped.endswith("**") and len(stripped) > 4)
        or (stripped.startswith("__") and stripped.endswith("__") and len(stripped) > 4))
    italic = bool(_ITALIC_RE.fullmatch(stripped)) if "*" in stripped and not bold else False
    if "**" in text or "__" in text:
        text = _BOLD_RE.sub(lambda mm: mm.group(1) or mm.group(2), text)
        text = text.replace("**", "")
    if "*" in text:
        text = _ITALIC_RE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE_RE.sub(r"\1", text)
    if "&" in text and ";" in text:
        text = html.unescape(text)
    if level is not None:
        bold = True
    return text, bold, italic and not bold, level


def _table_cells(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [_strip_marks(_BR_RE.sub("\n", c).strip())[0] for c in cells]


_SENTENCE_END = ".!?;:"


def _blank_lines_meaningful(lines: list[str]) -> bool:
    """Whether a blank line ends a paragraph. Text copied out of a PDF often has a blank
    line after every physical line, even in the middle of a sentence: then blank lines
    say nothing. Measured on line pairs where the second line obviously continues the
    first (it starts in lower case after a line that does not end a sentence)."""
    continued = separated = 0
    prev = None
    blank = False
    for raw in lines:
        line = raw.strip()
        if not line:
            blank = True
            continue
        if prev is not None and line[0].isalpha() and line[0].islower() and \
                prev[-1] not in _SENTENCE_END:
            continued += 1
            separated += blank
        prev = line
        blank = False
    return not (continued >= 3 and separated >= 0.5 * continued)


def _tab_table(raw_lines: list[str], start: int) -> tuple[Table | None, int]:
    """A task or target table pasted from a spreadsheet: lines of tab-separated cells
    from ``start``, kept as a table when one of its first rows names its columns
    (``STT | Nhiệm vụ | Đơn vị chủ trì …``); else (None, start)."""
    from dxdesk.importing.tables import TCell, find_target_header, find_task_header

    rows: list[list[str]] = []
    i = start
    # A row of one group name may have lost its trailing empty cells: one tab is enough
    # after the first row.
    while i < len(raw_lines) and raw_lines[i].count("\t") >= (2 if not rows else 1) and \
            len(rows) < 5000:
        rows.append([c.strip() for c in raw_lines[i].split("\t")])
        i += 1
    if len(rows) < 2:
        return None, start
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    grid = [[TCell(text=c) for c in r] for r in rows]
    if find_task_header(grid) is None and find_target_header(grid) is None:
        return None, start
    table = Table(rows=[[Cell(lines=[Line(text=c)] if c else []) for c in r] for r in rows])
    return table, i


_PIECE_RE = re.compile(r"\S+(?: \S+)*")
_GAP_RE = re.compile(r"\S {2,}\S")
_TASK_WORD_RE = re.compile(r"\b(?:nhiem vu|noi dung|cong viec|hoat dong|du an|giai phap|"
                           r"chi tieu)\b")


def _names_task_column(line: str) -> bool:
    """A line laid out in columns, one of them a short name of a task column."""
    if not _GAP_RE.search(line) or not _TASK_WORD_RE.search(fold(line)):
        return False
    return any(len(part.split()) <= 6 and header_role(part) in ("task", "target")
               for part in re.split(r"\s{2,}", line.strip()))


def _text_rows(raw_lines: list[str]) -> list[VRow]:
    """Each line as a row of pieces apart by two spaces or more, placed by character;
    page numbers and form feeds are left out, and the line after them marks a page
    break."""
    rows: list[VRow] = []
    y = 0.0
    last = None
    page_break = False
    for index, raw in enumerate(raw_lines):
        if "\f" in raw:
            page_break = True
            raw = raw.replace("\f", "")
        if not raw.strip():
            continue
        by_feed = page_break or (index + 1 < len(raw_lines) and "\f" in raw_lines[index + 1])
        # (A year alone is a wrapped header name, "Năm" over "2024", unless by a form feed.)
        if is_page_number(raw) and (by_feed or len(raw) - len(raw.lstrip()) >= 8 and
                                    not re.fullmatch(r"\s*(?:19|20)\d\d\s*", raw)):
            page_break = True  # a page number: centred, or next to a form feed
            continue
        line = raw.expandtabs(8) if "\t" in raw else raw
        if last is not None:
            y += 2 if page_break else index - last
        pieces = [Piece(m.start(), m.end(), y, 1.0, m.group()) for m in _PIECE_RE.finditer(line)]
        rows.append(VRow(pieces, y, 1.0, page_break=page_break and last is not None, key=index))
        last = index
        page_break = False
    return rows


def _layout_table(found: LayoutTable) -> Table:
    rows: list[list[Cell]] = []
    if found.has_header:
        rows.append([Cell(lines=[Line(text=t, bold=True)]) for t in found.bands.texts])
    for row in found.rows:
        cells: list[Cell] = []
        for c, pieces in enumerate(row.cells):
            if row.merged is not None and row.merged[0] < c <= row.merged[1]:
                cells.append(cells[row.merged[0]])
                continue
            lines: list[Line] = []
            y = None
            for p in sorted(pieces, key=lambda p: (p.y, p.x0)):
                if lines and p.y == y:
                    lines[-1].text += " " + p.text
                else:
                    lines.append(Line(text=p.text))
                y = p.y
            cells.append(Cell(lines=cell_paragraphs(lines)))
        rows.append(cells)
    return Table(rows=rows)


def _layout_tables(raw_lines: list[str]) -> dict[int, tuple[int, Table]]:
    """Task and target tables laid out with spaces: {first line: (line after it,
    table)}. Looked for only when a line with columns names a task or target column."""
    if not any(_names_task_column(ln) for ln in raw_lines if "  " in ln.strip()):
        return {}
    rows = _text_rows(raw_lines)
    anchors = anchor_rows(rows, TEXT_METRICS)
    anchor_set = set(anchors)
    tables: list[LayoutTable] = []
    done = 0
    for a in anchors:
        if a < done:
            continue
        found = read_layout_table(rows, a, TEXT_METRICS, anchor_set)
        if found is None or found.begin < done:
            continue
        done = found.end
        tables.append(found)
    return {rows[t.begin].key: (rows[t.end - 1].key + 1, _layout_table(t))
            for t in join_continued(tables)}


def read_text(text: str, progress: Progress, warnings: list[str]) -> list[Line | Table]:
    """Blocks of a decoded text file."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if len(raw_lines) > MAX_LINES:
        warnings.append(f"Tệp quá dài: chỉ đọc {MAX_LINES} dòng đầu.")
        raw_lines = raw_lines[:MAX_LINES]
    blanks_meaningful = _blank_lines_meaningful(raw_lines)
    layout_tables = _layout_tables(raw_lines)
    blocks: list[Line | Table] = []
    page = 0
    saw_blank = False
    total = len(raw_lines)
    i = 0
    while i < total:
        if i % 2000 == 0:
            progress.step(i, total, 5, 45)
        if i in layout_tables:
            end, table = layout_tables[i]
            page += sum(ln.count("\f") for ln in raw_lines[i:end])
            table.page = page
            blocks.append(table)
            saw_blank = True
            i = end
            continue
        line = raw_lines[i]
        if len(line) > MAX_LINE_CHARS:
            line = line[:MAX_LINE_CHARS]
        if "\f" in line:
            page += line.count("\f")
            line = line.replace("\f", "")
            saw_blank = True
        if not line.strip():
            saw_blank = True
            i += 1
            continue
        if is_page_number(line):
            page += 1
            i += 1
            continue
        if ("|" in line and i + 1 < total and _TABLE_SEP_RE.match(raw_lines[i + 1])
                and (line.count("|") >= 2 or line.strip().startswith("|"))):
            rows = [_table_cells(line)]
            i += 2
            while i < total and raw_lines[i].strip() and "|" in raw_lines[i]:
                rows.append(_table_cells(raw_lines[i]))
                i += 1
            width = max(len(r) for r in rows)
            blocks.append(Table(rows=[[Cell(lines=[Line(text=t) for t in c.split("\n")])
                                       for c in r + [""] * (width - len(r))] for r in rows],
                                page=page))
            saw_blank = True
            continue
        if line.count("\t") >= 2:
            table, end = _tab_table(raw_lines, i)
            if table is not None:
                table.page = page
                blocks.append(table)
                saw_blank = True
                i = end
                continue
        if _RULE_RE.match(line):
            saw_blank = True
            i += 1
            continue
        text_, bold, italic, level = _strip_marks(line.rstrip())
        if not text_.strip():
            i += 1
            continue
        body = text_.rstrip()
        lead = len(body) - len(body.lstrip(" \t"))
        blocks.append(Line(
            text=body.strip(), bold=bold, italic=italic, heading_level=level, page=page,
            physical=True, x0=float(lead), x1=float(len(body)), char_w=1.0,
            centered=lead >= 8 and len(body) - lead < 60,
            gap_before=saw_blank, break_before=saw_blank and blanks_meaningful))
        saw_blank = False
        i += 1
    return blocks
