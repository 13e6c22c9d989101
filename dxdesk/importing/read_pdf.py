"""Reader for PDF files with a text layer (.pdf).

Each page's lines come from :mod:`dxdesk.importing.pdf_text` with their geometry (where a
line starts and ends, its size, bold/italic), or from pypdf's own extraction for a page
whose fonts that module does not read. Scanned PDFs (images without a text layer, or with
only a scanner's or a digital signature's stamp: :mod:`~dxdesk.importing.pdf_scans`) and
PDFs locked with a password are refused. Footnotes at the foot of a page
(:mod:`~dxdesk.importing.pdf_footnotes`) and running headers in the top margin
(:mod:`~dxdesk.importing.pdf_furniture`) are left out.

A table split by page breaks is joined again: a ruled one by its borders, a borderless
one by its header repeated on the next page, or by its columns carried over to a page
that goes on without the header (with a group title the break left alone at the foot of
the page before). A line is centred by the margins of pages of its own width, so the
titles of landscape appendix pages in a portrait plan are recognised.
"""

from __future__ import annotations

import io
import logging
import time
from collections import Counter

from dxdesk.importing.blocks import Cell, Line, Progress, Table
from dxdesk.importing.errors import ImportCancelled, ImportRefused
from dxdesk.importing.layout_tables import cell_paragraphs, is_group_title
from dxdesk.importing.pdf_footnotes import drop_footnotes
from dxdesk.importing.pdf_furniture import drop_running_headers
from dxdesk.importing.pdf_scans import SCAN_CHARS, mostly_scans, shows_image
from dxdesk.importing.paragraphs import is_page_number
from dxdesk.importing.pdf_text import FontCache, PdfCell, PdfLine, PdfTable, page_lines

__all__ = ["read_pdf", "MAX_PAGES"]

MAX_PAGES = 400
MAX_TOKENS = 4_000_000  # content-stream tokens of the whole document (a 40-page plan: ~50 000)
MAX_SECONDS = 40.0

_SCANNED = ("Tệp PDF này là ảnh quét, không có lớp chữ: hãy xin bản Word (.docx) hoặc chạy "
            "nhận dạng chữ (OCR) trước rồi nhập lại.")
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
    widths: list[float | None] = []  # each page's width across its text
    carried = None  # the columns of a borderless table that ended the page before
    titles: list[PdfLine] = []  # and the group titles left alone under it
    empty_pages = damaged = scanned = 0
    started = time.monotonic()
    for index in range(count):
        progress.step(index, count, 5, 45)
        if cache.tokens > MAX_TOKENS or time.monotonic() - started > MAX_SECONDS:
            warnings.append(f"Tệp PDF quá nặng: chỉ đọc {index} trang đầu.")
            break
        info: dict = {}
        try:
            page = pages[index]
        except Exception:
            per_page.append([])
            widths.append(None)
            carried, titles = None, []
            damaged += 1
            continue
        try:
            lines: list = page_lines(page, cache, carried, info)
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
        if sum(_chars(item) for item in lines) < SCAN_CHARS and shows_image(page):
            scanned += 1
        lines = drop_footnotes(lines)
        if titles:
            _take_titles(per_page[-1], titles, lines, carried)
        per_page.append(lines)
        widths.append(info.get("width"))
        carried, titles = _table_at_foot(lines)
    chars = sum(_chars(item) for lines in per_page for item in lines)
    if chars < max(40, 15 * count):
        raise ImportRefused(_CORRUPT if damaged * 2 >= count else _SCANNED)
    if mostly_scans(scanned, len(per_page)):
        raise ImportRefused(_SCANNED)
    if empty_pages and empty_pages >= count // 3:
        warnings.append(f"{empty_pages}/{count} trang không có lớp chữ (ảnh quét): nội dung các "
                        "trang đó không được đọc.")
    drop_running_headers(per_page)
    return _to_blocks(per_page, widths)


def _table_at_foot(lines: list) -> tuple[object, list[PdfLine]]:
    """The columns of a borderless table that ends the page (page numbers aside), and
    the group titles under it (``II. KINH TẾ SỐ``) that the page break left alone."""
    titles: list[PdfLine] = []
    for item in reversed(lines):
        if isinstance(item, PdfLine) and is_page_number(item.text):
            continue
        if isinstance(item, PdfTable):
            return (item.bands, titles[::-1]) if item.bands is not None else (None, [])
        if isinstance(item, PdfLine) and len(titles) < 2 and is_group_title(item.text,
                                                                            item.bold):
            titles.append(item)
            continue
        break
    return None, []


def _take_titles(before: list, titles: list[PdfLine], lines: list, carried) -> None:
    """Group titles at the foot of the page before go into the table that goes on at the
    top of this page (read with the same columns, or under the same header), as its
    first group rows."""
    first = next((it for it in lines
                  if not (isinstance(it, PdfLine) and is_page_number(it.text))), None)
    if not isinstance(first, PdfTable) or first.bands is None or not (
            first.bands is carried or first.bands.same_header(carried)):
        return
    width = len(first.rows[0]) if first.rows else 0
    if not width:
        return
    at = 0 if first.bands is carried else 1  # after a header of its own
    for title in reversed(titles):
        cell = PdfCell([title])  # one cell across the row, as a merged group row
        first.rows.insert(at, [cell] * width)
    moved = {id(title) for title in titles}
    before[:] = [item for item in before if id(item) not in moved]


def _chars(item) -> int:
    if isinstance(item, PdfLine):
        return len(item.text)
    if isinstance(item, PdfTable):
        return sum(len(ln.text) for row in item.rows for cell in row for ln in cell.lines)
    return len(item.strip())


def _table_block(table: PdfTable, page: int) -> Table:
    cells: dict[int, Cell] = {}
    rows = []
    for row in table.rows:
        out = []
        for pdf_cell in row:
            cell = cells.get(id(pdf_cell))
            if cell is None:
                cell = cells[id(pdf_cell)] = Cell(lines=cell_paragraphs(pdf_cell.lines))
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


def _margins(lines: list[PdfLine]) -> tuple[float, float]:
    """Where most lines start, and where the long lines end."""
    xs0 = Counter(round(ln.x0 / 2) * 2 for ln in lines)
    xs1 = sorted(ln.x1 for ln in lines)
    return xs0.most_common(1)[0][0], xs1[min(len(xs1) - 1, int(len(xs1) * 0.9))]


def _page_margins(per_page: list[list], widths: list[float | None]) -> list:
    """Each page's text margins (left, right), or None. Pages of one width share the
    margins measured on them; pages of another width with too few lines to measure
    (landscape appendix pages) keep the left margin and the right margin's distance
    from the page's edge."""
    geo = [[ln for ln in lines if isinstance(ln, PdfLine)] for lines in per_page]
    by_width: dict[float | None, list[int]] = {}
    for page_no, width in enumerate(widths + [None] * (len(per_page) - len(widths))):
        by_width.setdefault(None if width is None else round(width / 10) * 10, []).append(
            page_no)
    counts = {w: sum(len(geo[p]) for p in pages) for w, pages in by_width.items()}
    main = max(counts, key=counts.get) if counts else None
    if not counts or not counts[main]:
        return [None] * len(per_page)
    main_margins = _margins([ln for p in by_width[main] for ln in geo[p]])
    out: list = [None] * len(per_page)
    for w, pages in by_width.items():
        lines = [ln for p in pages for ln in geo[p]]
        if w == main or w is None or main is None:
            margins = main_margins
        elif len(lines) >= 25:
            margins = _margins(lines)
        else:
            margins = (main_margins[0], main_margins[1] + (w - main))
        for p in pages:
            out[p] = margins
    return out


def _to_blocks(per_page: list[list], widths: list[float | None] | None = None
               ) -> list[Line | Table]:
    _merge_page_tables(per_page)
    margins = _page_margins(per_page, widths or [])
    pitch = None
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
        left, right = margins[page_no] or (None, None)
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
