"""Text still in a legacy Vietnamese encoding (TCVN3, VNI) after reading.

Readers convert what they can tell by the font (``.VnTime``, ``VNI-Times``); a PDF made
from such a document often names a substitute font instead, and a spreadsheet cell may
have lost its font. Such text arrives as Windows-1252 letters (``KÕ ho¹ch``). This pass
finds the lines made only of Windows-1252 characters, asks
:func:`dxdesk.text.legacy.detect` about them together, and converts them when they are
legacy text. Unicode Vietnamese almost always has letters outside Windows-1252 (``ơ ư ạ
ế``…), so its lines are rarely candidates, and ``detect`` decides on the rest.
"""

from __future__ import annotations

from dxdesk.importing.blocks import Line, Table
from dxdesk.text import legacy

__all__ = ["repair_legacy", "cp1252_only", "restore_capitals", "tcvn3_text"]


def restore_capitals(line: str) -> str:
    """A line typed in a TCVN3 capitals-only font (``.VnTimeH``) whose font is lost (a
    text file, a PDF's substitute font): its toned capitals have only the lowercase codes
    and come out small (``MụC TIÊU``). When every plain Latin letter of the line is a
    capital, the line was typed in capitals: its small letters are made capitals too."""
    upper = lower = 0
    small_toned = False
    for ch in line:
        if "A" <= ch <= "Z":
            upper += 1
        elif "a" <= ch <= "z":
            lower += 1
            break
        elif not small_toned and ch.islower():
            small_toned = True
    if small_toned and not lower and upper >= 2:
        return line.upper()
    return line


def tcvn3_text(text: str) -> str:
    """TCVN3 text converted to Unicode, lines typed in capitals restored."""
    converted = legacy.to_unicode(text, "tcvn3")
    return "\n".join(restore_capitals(line) for line in converted.split("\n"))


def cp1252_only(text: str) -> bool:
    """Text typed in a legacy font arrives as Windows-1252 letters; text that already has
    Vietnamese letters (a font whose ToUnicode map gives them) must not be converted again."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _lines(blocks: list):
    for block in blocks:
        if isinstance(block, Line):
            yield block
        elif isinstance(block, Table):
            for row in block.distinct_rows():
                for cell in row:
                    yield from cell.lines


def repair_legacy(blocks: list) -> str | None:
    """Convert legacy-encoded lines in place; returns the encoding found, or None."""
    candidates: list[Line] = []
    for line in _lines(blocks):
        text = line.text
        if text.isascii():
            continue
        if cp1252_only(text):
            if any("\u0080" <= ch <= "\u00ff" or ch in "\u0152\u0153\u0160\u0161\u0178\u017d"
                   "\u017e\u0192\u02c6\u02dc" for ch in text):
                candidates.append(line)
    if not candidates:
        return None
    sample = "\n".join(line.text for line in candidates[:400])
    encoding = legacy.detect(sample)
    # A document whose reader converted most of its legacy text already (by its fonts, or
    # paragraph by paragraph) leaves only short lines (``MôC TI£U``) that are too few to
    # weigh against the rest, but that ``detect`` recognises together.
    if encoding is not None:
        for line in candidates:
            line.text = _convert(line.text, encoding)
        return encoding
    # Mixed documents (parts typed in TCVN3, parts in VNI): decide line by line.
    found = None
    for line in candidates:
        if len(line.text) >= 12:
            line_encoding = legacy.detect(line.text)
            if line_encoding is not None:
                line.text = _convert(line.text, line_encoding)
                found = found or line_encoding
    return found


def _convert(text: str, encoding: str) -> str:
    return tcvn3_text(text) if encoding == "tcvn3" else legacy.to_unicode(text, encoding)
