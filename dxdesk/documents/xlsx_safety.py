"""Cell values every workbook dxdesk writes goes through (openpyxl; Qt-free).

Text from the database ends up in cells that officers open in Excel or LibreOffice, so:

* control characters (which the file format cannot hold) are removed with
  :func:`dxdesk.text.strip_control`;
* a string is always a string cell (``t="inlineStr"``), never a formula, an error value or
  a link: openpyxl would turn ``"=1+1"`` into a formula and ``"#N/A"`` into an error, so
  the data type is set to ``'s'`` explicitly;
* a string that Excel would read as a formula when the officer edits the cell and presses
  Enter (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets the
  cell style's *quote prefix* (``<xf quotePrefix="1">``, what typing an apostrophe does in
  Excel): the cell stays text after re-editing;
* text over Excel's limit of 32,767 characters per cell is refused with
  :class:`CellTextTooLong`, naming the row, instead of being silently cut (openpyxl would
  cut it).

:class:`SheetRows` writes the rows of a write-only worksheet as XML text with precomputed
style ids (openpyxl's own cell path costs about 40 µs a cell: 8 s for a 20,000-task sheet;
this one about 1 s); :func:`set_text` makes a safe text cell of an
ordinary worksheet.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re
import shutil
from collections.abc import Sequence, Callable
from copy import copy

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import create_temporary_file

from dxdesk.errors import UserFacingError
from dxdesk.text import strip_control

__all__ = [
    "EXCEL_CELL_LIMIT", "FORMULA_TRIGGERS", "CellStyle", "CellTextTooLong", "SheetRows",
    "discard_write_only", "needs_quote_prefix", "safe_text", "set_text",
]

EXCEL_CELL_LIMIT = 32_767  # characters (UTF-16 code units) in one cell
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Not control characters, but not allowed in XML either: lone surrogates, U+FFFE, U+FFFF.
_NOT_XML_RE = re.compile("[\ud800-\udfff\ufffe\uffff]")


class CellTextTooLong(UserFacingError):
    """A text longer than an Excel cell can hold; the message names where it is."""

    def __init__(self, where: str, length: int):
        self.where, self.length = where, length
        super().__init__(
            f"{where} dài {length:,} ký tự, vượt giới hạn {EXCEL_CELL_LIMIT:,} ký tự của một ô "
            f"Excel; tệp Excel chưa được ghi. Hãy rút gọn nội dung này rồi xuất lại."
            .replace(",", "."))


def _length(text: str) -> int:
    """Length as Excel counts it (UTF-16 code units: an emoji counts two)."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def safe_text(value: str, where: str | Callable[[], str]) -> str:
    """``value`` without control characters; :class:`CellTextTooLong` when too long.
    ``where`` (or what it returns) names the cell for the message, e.g. "Nhiệm vụ số 12"."""
    text = strip_control(value)
    if not text.isascii() and _NOT_XML_RE.search(text):
        text = _NOT_XML_RE.sub("", text)
    if len(text) > EXCEL_CELL_LIMIT // 2 and _length(text) > EXCEL_CELL_LIMIT:
        raise CellTextTooLong(where() if callable(where) else where, _length(text))
    return text


def needs_quote_prefix(text: str) -> bool:
    return text.startswith(FORMULA_TRIGGERS)


def set_text(cell: Cell, value: str, where: str | Callable[[], str]) -> Cell:
    """Put ``value`` into ``cell`` (any openpyxl cell) as safe text; returns the cell."""
    text = safe_text(value, where)
    cell.value = text
    cell.data_type = "s"  # never 'f' (formula) or 'e' (error value)
    if needs_quote_prefix(text):
        cell.quotePrefix = True
    return cell


class CellStyle:
    """One cell look registered in the workbook (font, fill, border, alignment, number
    format) as two style ids: ``id`` and ``quoted_id``, the same with the quote prefix."""

    def __init__(self, ws, *, bold: bool = False, wrap: bool = True, horizontal: str | None = None,
                 number_format: str | None = None, fill: str | None = None,
                 font_name: str = "Times New Roman", size: float = 11, border: bool = True):
        probe = WriteOnlyCell(ws)
        probe.font = Font(name=font_name, size=size, bold=bold)
        probe.alignment = Alignment(wrap_text=wrap, vertical="center" if bold else "top",
                                    horizontal=horizontal)
        if border:
            side = Side(style="thin", color="808080")
            probe.border = Border(left=side, right=side, top=side, bottom=side)
        if fill:
            probe.fill = PatternFill("solid", fgColor=fill)
        if number_format:
            probe.number_format = number_format
        self.id = probe.style_id
        quoted = WriteOnlyCell(ws)
        quoted._style = copy(probe._style)  # the workbook keeps the array itself: no change
        quoted.quotePrefix = True
        self.quoted_id = quoted.style_id


_EPOCH = dt.date(1899, 12, 30)


def _escape(text: str) -> str:
    """Text for an XML element; ``\r`` as a reference (a parser would turn it into ``\n``)."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


class SheetRows:
    """The rows of one write-only worksheet (openpyxl ``Workbook(write_only=True)``),
    written as XML text. Set the sheet's view, columns and page setup first, then ``row()``
    and the cell methods, one row after the other, then ``close()``::

        rows = SheetRows(ws)
        rows.row(height=30)
        rows.text(1, "=1+1", style, "Nhiệm vụ số 1")   # a string cell, quote prefix
        rows.close()

    Column numbers start at 1; cells of a row must come in column order; a ``None`` value
    writes an empty cell that keeps its style (borders).

    The rows go to a temporary file of their own; ``close()`` lets openpyxl write the rest
    of the sheet (an empty ``<sheetData/>`` between the view and the page setup) and splices
    the rows in. Every text goes through :func:`safe_text` and is escaped here, so the XML
    is well-formed without a parser's round trip (which cost a second for 20,000 rows).
    """

    CHUNK = 500  # rows joined and written at once

    def __init__(self, ws):
        if getattr(ws, "_writer", None) is not None:
            raise ValueError("SheetRows must write every row of the sheet")
        self._ws = ws
        self._path = create_temporary_file(suffix=".rows")  # removed at exit at the latest
        ws._dxdesk_rows = self  # for discard_write_only
        self._file = open(self._path, "w", encoding="utf-8", newline="")
        self._parts: list[str] = []
        self._rows_in_chunk = 0
        self._row = 0
        self._ref = ""
        self._letters = [""] + [get_column_letter(i) for i in range(1, 257)]
        self._dates: dict[dt.date, int] = {}
        self._closed = False

    @property
    def count(self) -> int:
        return self._row

    def row(self, height: float | None = None) -> int:
        """Start the next row (``height`` in points; None: the default height)."""
        if self._row:
            self._parts.append("</row>")
            self._rows_in_chunk += 1
            if self._rows_in_chunk >= self.CHUNK:
                self._flush()
        self._row += 1
        self._ref = str(self._row)
        if height is None:
            self._parts.append(f'<row r="{self._row}">')
        else:
            self._parts.append(f'<row r="{self._row}" ht="{height:g}" customHeight="1">')
        return self._row

    def text(self, column: int, value: str | None, style: CellStyle,
             where: str | Callable[[], str]) -> None:
        ref = self._letters[column] + self._ref
        text = safe_text(value, where) if value else ""
        if not text:
            self._parts.append(f'<c r="{ref}" s="{style.id}"/>')
            return
        s = style.quoted_id if text.startswith(FORMULA_TRIGGERS) else style.id
        self._parts.append(f'<c r="{ref}" s="{s}" t="inlineStr"><is><t xml:space="preserve">'
                           f'{_escape(text)}</t></is></c>')

    def number(self, column: int, value: float | int | None, style: CellStyle) -> None:
        ref = self._letters[column] + self._ref
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            self._parts.append(f'<c r="{ref}" s="{style.id}"/>')
            return
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"not a number: {value!r}")
        self._parts.append(f'<c r="{ref}" s="{style.id}" t="n"><v>{value!r}</v></c>')

    def date(self, column: int, value: dt.date | None, style: CellStyle) -> None:
        """A real date (a serial number; ``style`` gives it its date format)."""
        if value is None:
            self.number(column, None, style)
            return
        serial = self._dates.get(value)
        if serial is None:
            day = value.date() if isinstance(value, dt.datetime) else value
            serial = self._dates[value] = (day - _EPOCH).days
        self._parts.append(f'<c r="{self._letters[column]}{self._ref}" s="{style.id}" t="n">'
                           f'<v>{serial}</v></c>')

    def discard(self) -> None:
        """After a failure: close and delete the rows' temporary file."""
        self._closed = True
        self._file.close()
        if os.path.exists(self._path):
            os.remove(self._path)

    def _flush(self) -> None:
        self._file.write("".join(self._parts))
        self._parts, self._rows_in_chunk = [], 0

    def close(self) -> None:
        """Finish the sheet: openpyxl writes it with no rows, then the rows are put in."""
        if self._closed:
            return
        self._closed = True
        if self._row:
            self._parts.append("</row>")
        self._flush()
        self._file.close()
        self._ws.close()  # the whole sheet, <sheetData/> empty (openpyxl 3.1)
        sheet = self._ws._writer.out
        with open(sheet, "rb") as f:
            written = f.read()
        for empty in (b"<sheetData/>", b"<sheetData />", b"<sheetData></sheetData>"):
            head, found, tail = written.partition(empty)
            if found:
                break
        else:
            raise RuntimeError("openpyxl wrote no empty <sheetData> to fill")
        with open(sheet, "wb") as out, open(self._path, "rb") as rows:
            out.write(head + b"<sheetData>")
            shutil.copyfileobj(rows, out, 1 << 20)
            out.write(b"</sheetData>" + tail)
        os.remove(self._path)


def discard_write_only(workbook) -> None:
    """After a failed export: close the write-only sheets' streams and delete the
    temporary files openpyxl keeps for them (otherwise they stay until exit)."""
    for ws in getattr(workbook, "_sheets", ()):
        rows = getattr(ws, "_dxdesk_rows", None)
        if rows is not None:
            try:
                rows.discard()
            except OSError:
                pass
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        try:
            writer.close()
        except Exception:  # noqa: BLE001 - best effort: the export has failed already
            pass
        out = getattr(writer, "out", None)
        if isinstance(out, str) and os.path.exists(out):
            try:
                os.remove(out)
            except OSError:
                pass


# Row heights. Neither Excel nor LibreOffice fits the height of a generated row when it
# opens the file, so every writer sets the height of rows whose text wraps.
CHARS_PER_WIDTH = 1.35  # 11 pt Times characters per unit of Excel column width (safe side)
LINE_HEIGHT = 14.5  # points per line of 11 pt Times, as Excel and LibreOffice space it


def wrapped_lines(columns: Sequence[tuple[str, float]], texts) -> int:
    """How many lines the tallest of ``texts`` takes once wrapped in its column (an
    estimate: about 1.35 characters of 11 pt Times per unit of column width). Neither
    Excel nor LibreOffice fits the height of generated rows when opening a file, so the
    writer sets each row's height itself."""
    most = 1
    for (_, width), text in zip(columns, texts):
        if not text:
            continue
        per_line = max(1, int(width * CHARS_PER_WIDTH) - 1)
        if "\n" in text:
            lines = sum(-(-max(len(part), 1) // per_line) for part in text.split("\n"))
        elif len(text) <= per_line:
            continue
        else:
            lines = -(-len(text) // per_line)
        most = max(most, lines)
    return most


def row_height(lines: int) -> float | None:
    """Only rows of more than one line get a height of their own (409 pt at most)."""
    return round(min(LINE_HEIGHT * lines + 3, 409), 1) if lines > 1 else None
