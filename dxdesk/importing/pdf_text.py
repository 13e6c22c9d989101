"""Text with its geometry from a PDF page's content stream.

pypdf parses the file (objects, decryption, stream filters); the importer interprets the
page's content stream itself, because pypdf's ``extract_text`` is too slow for a 40-page
plan in under a second and gives no positions. For each piece of text shown it records
where it starts and ends on the page, its size, and whether its font is bold or italic,
then groups the pieces into lines in reading order.

Fonts it cannot decode reliably (Type 3, vertical CJK CMaps, fonts without widths) make
:func:`page_lines` raise :class:`Unsupported`, and the caller falls back to pypdf for that
page.

This module is the entry point; the work is done by
:mod:`~dxdesk.importing.pdf_tokens` (lexing the content stream),
:mod:`~dxdesk.importing.pdf_content` (interpreting it into runs of text),
:mod:`~dxdesk.importing.pdf_paths` (ruling lines from painted paths),
:mod:`~dxdesk.importing.pdf_fonts` and :mod:`~dxdesk.importing.pdf_cmap` (fonts, encodings,
ToUnicode maps, TCVN3/VNI fonts), :mod:`~dxdesk.importing.pdf_lines` (line assembly),
:mod:`~dxdesk.importing.pdf_tables` (ruled-table reconstruction) and
:mod:`~dxdesk.importing.pdf_columns` (borderless tables, read by the position of their
columns with :mod:`~dxdesk.importing.layout_tables`).
"""

from __future__ import annotations

from dxdesk.importing.pdf_content import IDENTITY, Interpreter
from dxdesk.importing.pdf_fonts import FontCache
from dxdesk.importing.pdf_lines import PdfLine, group_lines
from dxdesk.importing.pdf_objects import Unsupported, lookup
from dxdesk.importing.pdf_columns import find_borderless
from dxdesk.importing.pdf_tables import PdfCell, PdfTable, find_tables

__all__ = ["PdfLine", "PdfCell", "PdfTable", "page_lines", "FontCache", "Unsupported"]


def page_lines(page, cache: FontCache, carried=None,
               info: dict | None = None) -> list[PdfLine | PdfTable]:
    """The lines of text of a page, and its ruled and borderless tables, in reading
    order; raises Unsupported. ``carried``: the columns (``PdfTable.bands``) of a
    borderless table that ended the page before, which may go on at the top of this one.
    ``info`` receives the page's ``width`` across its text (a landscape page is wider)."""
    contents = page.get_contents()
    if contents is None:
        return []
    data = contents.get_data()
    resources = lookup(page, "/Resources")
    interp = Interpreter(cache)
    try:
        interp.run(data, resources, IDENTITY)
    finally:
        cache.tokens += interp.tokens
    runs = interp.runs
    if not runs:
        return []
    counts = [0, 0, 0, 0]
    for r in runs:
        counts[r.direction] += len(r.text)
    main = counts.index(max(counts))
    runs = [r for r in runs if r.direction == main]
    if info is not None:
        try:
            box = page.mediabox
            info["width"] = abs(float(box.width if main in (0, 2) else box.height))
        except Exception:  # a damaged box: the margins of the other pages are used
            info["width"] = None
    tables: list[PdfTable] = []
    if main == 0 and interp.segments:
        tables, taken = find_tables(interp.segments, runs)
        if taken:
            runs = [r for r in runs if id(r) not in taken]
    borderless, taken = find_borderless(runs, carried)
    if borderless:
        runs = [r for r in runs if id(r) not in taken]
        tables.extend(borderless)
    items: list[PdfLine | PdfTable] = list(group_lines(runs))
    if tables:
        items.extend(tables)
        items.sort(key=lambda item: item.seq)
    return items
