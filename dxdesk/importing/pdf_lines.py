"""Line assembly for the PDF text reader: runs in content order → :class:`PdfLine`, a new
line where the baseline moves or the text jumps back to the left; the runs of a line are
joined with a space or, across a wide gap, a tab (a column gap), and the line is bold or
italic when nearly all its characters are.

A small raised number is a note mark (``Bộ Chính trị¹``): it is not part of the text; at
the start of a line it marks the line as the start of a footnote (:attr:`PdfLine.note`).
After a unit of area or volume (``m2``, ``km3``) it is the power, written ``²``/``³``."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from dxdesk.importing.pdf_content import Run

__all__ = ["PdfLine", "group_lines"]


@dataclass(slots=True)
class PdfLine:
    text: str
    x0: float
    x1: float
    y: float
    size: float
    bold: bool
    italic: bool
    char_w: float
    seq: int = 0  # position of its first piece in the content stream
    note: bool = False  # starts with a raised note mark: the first line of a footnote


_MARK_RE = re.compile(r"^(?:\d{1,3}|\*{1,3}|\(\d{1,3}\))$")
_UNIT_END_RE = re.compile(r"(?:^|[^\w])[kcdm]?m$")
_POWERS = {"2": "²", "3": "³"}


def _drop_marks(group: list[Run]) -> tuple[list[Run], bool]:
    """The runs of a line without its raised note marks, and whether it starts with one."""
    if len(group) < 2:
        return group, False
    first = group[0].size
    if all(abs(r.size - first) <= 0.05 * first for r in group):
        return group, False  # one size: no mark
    weights: Counter = Counter()
    for r in group:
        weights[round(r.size, 1)] += len(r.text.strip())
    base = max(weights, key=weights.get)
    ys = sorted(r.y for r in group if abs(r.size - base) <= 0.05 * base)
    if not ys:
        return group, False
    y = ys[len(ys) // 2]
    out: list[Run] = []
    note = False
    for r in group:
        text = r.text.strip()
        if r.size <= 0.8 * base and r.y - y >= 0.2 * base and _MARK_RE.match(text):
            if not out:
                note = True
                continue
            prev = out[-1]
            if text in _POWERS and _UNIT_END_RE.search(prev.text) and r.x0 - prev.x1 < 0.3 * base:
                out[-1] = Run(prev.x0, r.x1, prev.y, prev.size, prev.text + _POWERS[text],
                              prev.bold, prev.italic, prev.direction, prev.seq)
            continue
        out.append(r)
    return out, note


def _join_runs(runs: list[Run]) -> PdfLine:
    parts: list[str] = []
    prev: Run | None = None
    bold_chars = italic_chars = total_chars = 0
    width_chars = 0
    for r in runs:
        if prev is not None:
            gap = r.x0 - prev.x1
            size = max(r.size, prev.size)
            if gap > 2.5 * size:
                parts.append("\t")
            elif gap > 0.15 * size and not (parts and parts[-1].endswith(" ")) \
                    and not r.text.startswith(" "):
                parts.append(" ")
        parts.append(r.text)
        visible = len(r.text.strip())
        total_chars += visible
        bold_chars += visible if r.bold else 0
        italic_chars += visible if r.italic else 0
        width_chars += len(r.text)
        prev = r
    text = "".join(parts)
    x0 = runs[0].x0
    x1 = max(r.x1 for r in runs)
    # Leading or trailing spaces shown as glyphs do not count as text.
    sizes = sorted(r.size for r in runs)
    size = sizes[len(sizes) // 2]
    stripped = text.strip()
    char_w = (x1 - x0) / max(len(text), 1) if text else size * 0.5
    if stripped and text != stripped:
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        x0 += lead * char_w
        x1 -= trail * char_w
    return PdfLine(
        text=stripped, x0=x0, x1=x1, y=sum(r.y for r in runs) / len(runs), size=size,
        bold=total_chars > 0 and bold_chars >= 0.9 * total_chars,
        italic=total_chars > 0 and italic_chars >= 0.9 * total_chars,
        char_w=char_w if char_w > 0 else size * 0.5, seq=runs[0].seq)


def group_lines(runs: list[Run]) -> list[PdfLine]:
    """Runs in content order → lines: a new line starts when the baseline moves by more
    than half the text size, or the text jumps back to the left."""
    lines: list[list[Run]] = []
    current: list[Run] = []
    for r in runs:
        if not current:
            current.append(r)
            continue
        last = current[-1]
        size = max(r.size, last.size)
        same_baseline = abs(r.y - last.y) <= 0.45 * size
        if same_baseline and r.x0 >= last.x1 - 0.6 * size:
            current.append(r)
        elif same_baseline and any(abs(r.x0 - o.x0) < 0.5 and r.text == o.text for o in current):
            continue  # the same text drawn twice (fake bold)
        else:
            lines.append(current)
            current = [r]
    if current:
        lines.append(current)
    out = []
    for group in lines:
        if not any(r.text.strip() for r in group):
            continue
        group, note = _drop_marks(group)
        if not group:
            continue
        line = _join_runs(group)
        if line.text:
            line.note = note
            out.append(line)
    return out
