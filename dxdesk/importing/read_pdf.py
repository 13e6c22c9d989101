"""Reader for PDF files with a text layer (.pdf).

Each page's lines come from :mod:`dxdesk.importing.pdf_text` with their geometry (where a
line starts and ends, its size, bold/italic), or from pypdf's own extraction for a page
whose fonts that module does not read. Scanned PDFs (images without a text layer) and
PDFs locked with a password are refused.
"""

from __future__ import annotations

import io
import logging
import time
from collections import Counter

from dxdesk.importing.blocks import Cell, Line, Progress, Table
from dxdesk.importing.errors import ImportCancelled, ImportRefused
from dxdesk.importing.labels import match_label
from dxdesk.importing.paragraphs import is_page_number
from dxdesk.importing.pdf_text import FontCache, PdfLine, PdfTable, page_lines

__all__ = ["read_pdf", "MAX_PAGES"]

MAX_PAGES = 400
MAX_TOKENS = 4_000_000  # content-stream tokens of the whole document (a 40-page plan: ~50 000)
MAX_SECONDS = 40.0

_SCANNED = ("Tệp PDF này là ảnh quét, không có lớp chữ: hãy xin bản .docx hoặc chạy nhận "
            "dạng chữ (OCR) trước rồi nhập lại.")
_CORRUPT = ("Tệp PDF này bị hỏng, không mở được: hãy xin bản khác hoặc bản .docx của văn bản.")
_LOCKED = ("Tệp PDF này được đặt mật khẩu: hãy xin bản không đặt mật khẩu (hoặc bản .docx) "
           "rồi nhập lại.")


def _fallback_lines(page) -> list[PdfLine | str]:
    text = page.extract_text() or ""
    return [ln for ln in text.splitlines() if ln.strip()]


def read_pdf(data: bytes, progress: Progress, warnings: list[str]) -> list[Line | Table]:
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ImportRefused(_LOCKED)
            except (DependencyError, NotImplementedError, FileNotDecryptedError):
                raise ImportRefused(_LOCKED) from None
        pages = reader.pages
        count = len(pages)
    except ImportRefused:
        raise
    except Exception:
        raise ImportRefused(_CORRUPT) from None
    if count == 0:
        raise ImportRefused(_CORRUPT)
    if count > MAX_PAGES:
        warnings.append(f"Tệp PDF có {count} trang: chỉ đọc {MAX_PAGES} trang đầu.")
        count = MAX_PAGES
    cache = FontCache()
    per_page: list[list[PdfLine | str]] = []
    empty_pages = damaged = 0
    started = time.monotonic()
    for index in range(count):
        progress.step(index, count, 5, 45)
        if cache.tokens > MAX_TOKENS or time.monotonic() - started > MAX_SECONDS:
            warnings.append(f"Tệp PDF quá nặng: chỉ đọc {index} trang đầu.")
            break
        try:
            page = pages[index]
        except Exception:
            per_page.append([])
            damaged += 1
            continue
        try:
            lines: list = page_lines(page, cache)
        except (ImportCancelled, MemoryError):
            raise
        except Exception:  # Unsupported fonts, or a damaged page: pypdf's own reading
            try:
                lines = _fallback_lines(page)
            except (ImportCancelled, MemoryError):
                raise
            except Exception:
                lines = []
                damaged += 1
                warnings.append(f"Trang {index + 1} bị hỏng, không đọc được.")
        if not lines:
            empty_pages += 1
        per_page.append(lines)
    chars = sum(_chars(item) for lines in per_page for item in lines)
    if chars < max(40, 15 * count):
        raise ImportRefused(_CORRUPT if damaged * 2 >= count else _SCANNED)
    if empty_pages and empty_pages >= count // 3:
        warnings.append(f"{empty_pages}/{count} trang không có lớp chữ (ảnh quét): nội dung các "
                        "trang đó không được đọc.")
    return _to_blocks(per_page)


def _chars(item) -> int:
    if isinstance(item, PdfLine):
        return len(item.text)
    if isinstance(item, PdfTable):
        return sum(len(ln.text) for row in item.rows for cell in row for ln in cell.lines)
    return len(item.strip())


def _cell_paragraphs(lines: list[PdfLine]) -> list[Line]:
    """A cell's wrapped lines as paragraphs: a line starting with a list marker or a
    label starts a new one."""
    out: list[Line] = []
    for ln in lines:
        label = match_label(ln.text)
        if out and label is None:
            before = out[-1].text
            last_token = before.rsplit(" ", 1)[-1]
            # A date or number broken by a narrow column: 10/10/202 | 4.
            glue = "" if ("/" in last_token and last_token[-1:].isdigit()
                          and ln.text[:1].isdigit()) else " "
            out[-1].text = f"{before}{glue}{ln.text}"
            out[-1].bold = out[-1].bold and ln.bold
        else:
            out.append(Line(text=ln.text, bold=ln.bold, italic=ln.italic))
    return out


def _table_block(table: PdfTable, page: int) -> Table:
    cells: dict[int, Cell] = {}
    rows = []
    for row in table.rows:
        out = []
        for pdf_cell in row:
            cell = cells.get(id(pdf_cell))
            if cell is None:
                cell = cells[id(pdf_cell)] = Cell(lines=_cell_paragraphs(pdf_cell.lines))
            out.append(cell)
        rows.append(out)
    return Table(rows=rows, page=page)


def _continues_table(previous: PdfTable, table: PdfTable) -> bool:
    """A table at the top of a page that goes on with the one that ended the page before:
    same columns."""
    if len(previous.columns) != len(table.columns):
        return False
    return all(abs(a - b) <= 3 for a, b in zip(previous.columns, table.columns))


def _split_row(upper, lower) -> bool:
    """Whether the first row of a table's part on a new page is the rest of the last row
    on the page before: its first cell is empty where the one above is not."""
    if not upper or not lower or lower[0].lines or not upper[0].lines:
        return False
    texts = [" ".join(ln.text for ln in cell.lines) for cell in lower if cell.lines]
    return bool(texts)


def _row_text(row) -> list[str]:
    return [" ".join(ln.text for ln in cell.lines) for cell in row]


def _merge_page_tables(per_page: list[list]) -> None:
    """Join the parts of a table split by page breaks (dropping a repeated header row)."""
    last: PdfTable | None = None
    for items in per_page:
        first = next((it for it in items if not (isinstance(it, PdfLine) and
                                                 is_page_number(it.text))), None)
        if isinstance(first, PdfTable) and last is not None and _continues_table(last, first):
            rows = first.rows
            if rows and last.rows and _row_text(rows[0]) == _row_text(last.rows[0]):
                rows = rows[1:]
            if rows and last.rows and _split_row(last.rows[-1], rows[0]):
                # The page break cut a row in two: its cells go on.
                for upper, lower in zip(last.rows[-1], rows[0]):
                    if upper is not lower and lower.lines:
                        upper.lines.extend(lower.lines)
                rows = rows[1:]
            last.rows.extend(rows)
            items.remove(first)
        tail = [it for it in items if not (isinstance(it, PdfLine) and is_page_number(it.text))]
        if tail and isinstance(tail[-1], PdfTable):
            last = tail[-1]
        elif tail:
            last = None


def _to_blocks(per_page: list[list]) -> list[Line | Table]:
    _merge_page_tables(per_page)
    geo_lines = [ln for lines in per_page for ln in lines if isinstance(ln, PdfLine)]
    left = right = None
    pitch = None
    if geo_lines:
        xs0 = Counter(round(ln.x0 / 2) * 2 for ln in geo_lines)
        left = xs0.most_common(1)[0][0]
        xs1 = sorted(ln.x1 for ln in geo_lines)
        right = xs1[min(len(xs1) - 1, int(len(xs1) * 0.9))]
        gaps: Counter = Counter()
        for lines in per_page:
            geo = [ln for ln in lines if isinstance(ln, PdfLine)]
            for a, b in zip(geo, geo[1:]):
                dy = a.y - b.y
                if 0 < dy < 3 * max(a.size, b.size):
                    gaps[round(dy * 2) / 2] += 1
        if gaps:
            pitch = gaps.most_common(1)[0][0]
    blocks: list[Line | Table] = []
    for page_no, lines in enumerate(per_page):
        prev: PdfLine | None = None
        for ln in lines:
            if isinstance(ln, PdfTable):
                blocks.append(_table_block(ln, page_no))
                prev = None
                continue
            if isinstance(ln, str):
                blocks.append(Line(text=ln.strip(), page=page_no, physical=True))
                prev = None
                continue
            if is_page_number(ln.text):
                continue
            centered = False
            if left is not None and right is not None and right - left > 10 * ln.char_w:
                mid = (ln.x0 + ln.x1) / 2
                centered = (abs(mid - (left + right) / 2) < 3 * ln.char_w
                            and ln.x0 > left + 2 * ln.char_w and ln.x1 < right - 2 * ln.char_w)
            gap = False
            if prev is not None and pitch:
                dy = prev.y - ln.y
                gap = dy > pitch * 1.3 or dy < -0.5 * ln.size
            blocks.append(Line(text=ln.text, bold=ln.bold, italic=ln.italic, centered=centered,
                               page=page_no, physical=True, x0=ln.x0, x1=ln.x1,
                               char_w=ln.char_w, size=ln.size, gap_before=gap))
            prev = ln
    return blocks
