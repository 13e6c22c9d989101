"""The units of a task-table row: the lead unit (``chủ trì``) and the co-operating units
(``phối hợp``) from their columns, from one column that holds both (``Cơ quan chủ trì/phối
hợp``, ``Đơn vị chủ trì, phối hợp``: the lead on the first line, the co-units on the next
ones, or before and after the first semicolon), and from lines that name their role
(``Chủ trì: Sở Nội vụ`` / ``Phối hợp: Các sở, ngành``) in any unit column. A role named
with a capital in the middle of a cell's text starts a line: a PDF's cell gives its lines
joined (``Chủ trì: Sở Nội vụ Phối hợp: Các sở``)."""

from __future__ import annotations

import re

from dxdesk.importing.field_names import FIELD_RE
from dxdesk.text import clean

__all__ = ["lead_text", "row_units", "unit_list"]

_SPLIT_UNITS_RE = re.compile(r"[,;\n]")
_LEADING_MARK_RE = re.compile(r"^\s*[-–—+•*]\s*")
_ROLE_RE = re.compile(FIELD_RE.pattern, FIELD_RE.flags | re.MULTILINE)  # a name on each line
_ROLE_MID_RE = re.compile(r"[ \t]+(?=(?:(?:Cơ quan|Đơn vị|Bộ phận)\s+)?(?:Chủ trì|Phối hợp)"
                          r"(?:\s+thực hiện)?\s*:)")


def unit_list(text: str) -> list[str]:
    """Units split at commas, semicolons and line ends, without list marks."""
    out = []
    for part in _SPLIT_UNITS_RE.split(text):
        part = clean(_LEADING_MARK_RE.sub("", part)).strip(" .")
        if part:
            out.append(part)
    return out


def lead_text(text: str) -> str | None:
    """The lead unit's text: its lines joined by commas, without list marks."""
    lines = [clean(_LEADING_MARK_RE.sub("", ln)).rstrip(" ;,.") for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    return ", ".join(lines) if lines else None


def _by_role(text: str) -> tuple[str, str] | None:
    """(lead text, co text) of a cell whose lines name their role, or None."""
    marks = [m for m in _ROLE_RE.finditer(text)
             if m.group("lead") is not None or m.group("co") is not None]
    if not marks:
        return None
    lead, co = [text[:marks[0].start()]], []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        part = text[m.end():end]
        (lead if m.group("lead") is not None else co).append(part)
    return "\n".join(p for p in lead if p.strip()), "\n".join(co)


def _combined(text: str) -> tuple[str, str]:
    """(lead text, co text) of a cell of a column holding both, its lines unnamed."""
    lines = [ln for ln in text.split("\n") if clean(ln)]
    if len(lines) >= 2:
        return lines[0], "\n".join(lines[1:])
    head, sep, tail = text.partition(";")
    return (head, tail) if sep else (text, "")


def row_units(lead_cell: str | None, co_cell: str | None,
              combined: bool = False) -> tuple[str | None, list[str]]:
    """The lead unit and co-units of a row from the text of its lead and co columns
    (None when the table has no such column); ``combined``: one column holds both."""
    co_parts: list[str] = []
    lead_raw = _ROLE_MID_RE.sub("\n", lead_cell or "")
    co_cell = _ROLE_MID_RE.sub("\n", co_cell) if co_cell else co_cell
    if combined:
        lead_raw, co_raw = _by_role(lead_raw) or _combined(lead_raw)
        co_parts.append(co_raw)
    else:
        named = _by_role(lead_raw) if lead_raw else None
        if named is not None:
            lead_raw = named[0]
            co_parts.append(named[1])
        if co_cell:
            named = _by_role(co_cell)
            if named is not None and named[0]:
                lead_raw = lead_raw or named[0]
                co_parts.append(named[1])
            else:
                co_parts.append(co_cell)
    lead = lead_text(lead_raw) if lead_cell is not None else None
    co = [u for part in co_parts for u in unit_list(part)]
    return lead, co
