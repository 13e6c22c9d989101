"""Lay an ``AdminDocument`` out as a PDF by the ND30 rules (``nd30-layout.md``), with reportlab.

The PDF writer mirrors ``docx_writer`` element by element — same sizes, spacing, rules and
page numbering, all taken from ``layout`` — so the two formats say the same thing:

* A4 portrait, margins 20/20/30/15 mm; body 14 pt justified, first line 1.27 cm, 6 pt
  before, 1.1 lines. Each appendix starts a new page (landscape by default, same margins).
* Page 1 header: a borderless two-column table (65 / 100 mm): issuing body and its short
  rule / national title and motto with a rule as long as the motto; then the number (and a
  công văn's ``V/v``) / the italic place-date line.
* Page numbers centred in the top margin, none on the first page of the document or of an
  appendix; each appendix numbers its own pages from 1.
* Closing: a borderless two-column table — Nơi nhận / authority, gap, name — kept on the
  same page as the last body paragraph.

Fonts: a serif with full Vietnamese coverage is embedded (subset): Times New Roman when the
machine has all four faces and they cover Vietnamese, else Liberation Serif (metric-compatible)
shipped in ``resources/fonts``. See ``serif_family()``.

Speed: data tables are the bulk of a long document. Their cells are drawn by ``_CellText``,
a small flowable that breaks its text once per column width with cached word widths and
draws each line as one string (justified through the word spacing), instead of a reportlab
``Paragraph`` per cell, which re-parses and re-breaks its text every time the table is
measured, split across pages and drawn. Rows are measured once and the table is split
across pages by ``_LongTable`` (header rows repeated on every page) without re-measuring.
"""

from __future__ import annotations

import io
import os
import re
import sys
import threading
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Sequence
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from .. import paths
from . import layout as L
from .model import (
    AdminDocument,
    Align,
    Appendix,
    Block,
    Bullet,
    Heading,
    Paragraph,
    Row,
    Span,
    Table,
    addressee_lines,
    basis_lines,
    letter_summary_lines,
    nfc,
    recipient_lines,
    with_closing_mark,
)

__all__ = ["write_pdf", "build_pdf", "serif_family", "SerifFamily"]

# --- fonts ---------------------------------------------------------------------------------

#: Every Vietnamese letter (lower and upper case, all tones) — a font must have them all.
VIETNAMESE_LETTERS = nfc(
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữự"
    "vxyỳýỷỹỵ"
)
VIETNAMESE_LETTERS = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper()

_FACES = ("regular", "bold", "italic", "bold_italic")

# Times New Roman file names: Windows / msttcorefonts (lower case), msttcorefonts (Debian
# names), macOS.
_TNR_NAMES = (
    ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    ("Times.TTF", "Timesbd.TTF", "Timesi.TTF", "Timesbi.TTF"),
    ("Times_New_Roman.ttf", "Times_New_Roman_Bold.ttf", "Times_New_Roman_Italic.ttf",
     "Times_New_Roman_Bold_Italic.ttf"),
    ("Times New Roman.ttf", "Times New Roman Bold.ttf", "Times New Roman Italic.ttf",
     "Times New Roman Bold Italic.ttf"),
)
_LIBERATION_NAMES = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                     "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf")


@dataclass(frozen=True)
class SerifFamily:
    """The registered serif family: reportlab font names of the four faces, and their files."""

    family: str  # reportlab family name (``<b>``/``<i>`` in paragraphs map inside it)
    regular: str
    bold: str
    italic: str
    bold_italic: str
    files: tuple[Path, Path, Path, Path]
    source: str  # "Times New Roman" or "Liberation Serif"

    def face(self, bold: bool = False, italic: bool = False) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        if italic:
            return self.italic
        return self.regular


def _font_dirs() -> list[Path]:
    """Folders where Times New Roman usually lives, most specific first."""
    dirs: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path.home() / "Library" / "Fonts", Path("/Library/Fonts"),
                 Path("/System/Library/Fonts/Supplemental"), Path("/System/Library/Fonts")]
    else:
        data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        dirs += [Path(data_home) / "fonts", Path.home() / ".fonts",
                 Path("/usr/share/fonts/truetype/msttcorefonts"),
                 Path("/usr/share/fonts/msttcore"), Path("/usr/share/fonts/truetype/msttcore"),
                 Path("/usr/share/fonts/TTF"), Path("/usr/share/fonts/truetype"),
                 Path("/usr/local/share/fonts"), Path("/usr/share/fonts")]
    return dirs


def _times_new_roman_candidates() -> list[tuple[Path, ...]]:
    out = []
    for folder in _font_dirs():
        if not folder.is_dir():
            continue
        for names in _TNR_NAMES:
            files = tuple(folder / n for n in names)
            if all(f.is_file() for f in files):
                out.append(files)
    return out


def _liberation_files() -> tuple[Path, ...]:
    folder = paths.resources_dir() / "fonts"
    return tuple(folder / n for n in _LIBERATION_NAMES)


def _load_faces(files: Sequence[Path], prefix: str) -> list[TTFont] | None:
    """The four faces as reportlab fonts, or ``None`` when one is unreadable or lacks a
    Vietnamese letter (an old Times New Roman without Latin Extended Additional)."""
    fonts = []
    for face, path in zip(_FACES, files):
        try:
            font = TTFont(f"{prefix}-{face}", str(path))
        except (TTFError, OSError, ValueError):
            return None
        glyphs = font.face.charToGlyph
        if any(ord(c) not in glyphs for c in VIETNAMESE_LETTERS):
            return None
        fonts.append(font)
    return fonts


_FAMILY: SerifFamily | None = None
_FAMILY_LOCK = threading.Lock()


def serif_family() -> SerifFamily:
    """Register the serif family once per process and return it.

    Times New Roman (all four faces, with every Vietnamese letter) when the machine has it,
    else the Liberation Serif shipped in ``resources/fonts``.
    """
    global _FAMILY
    if _FAMILY is not None:
        return _FAMILY
    with _FAMILY_LOCK:
        if _FAMILY is not None:
            return _FAMILY
        chosen = None
        for files in _times_new_roman_candidates():
            fonts = _load_faces(files, "dxdesk-TimesNewRoman")
            if fonts:
                chosen = ("dxdesk-TimesNewRoman", fonts, files, "Times New Roman")
                break
        if chosen is None:
            files = _liberation_files()
            missing = [str(f) for f in files if not f.is_file()]
            if missing:
                raise FileNotFoundError(f"dxdesk is incomplete: font files missing: {', '.join(missing)}")
            fonts = _load_faces(files, "dxdesk-LiberationSerif")
            if fonts is None:
                raise RuntimeError(f"the shipped Liberation Serif in {files[0].parent} is unreadable")
            chosen = ("dxdesk-LiberationSerif", fonts, files, "Liberation Serif")
        family, fonts, files, source = chosen
        for font in fonts:
            pdfmetrics.registerFont(font)
        names = [f.fontName for f in fonts]
        pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1], italic=names[2],
                                      boldItalic=names[3])
        _FAMILY = SerifFamily(family, *names, files=tuple(files), source=source)
        return _FAMILY


# --- units and metrics ---------------------------------------------------------------------

_SINGLE = 1.15  # a single line of Times New Roman / Liberation Serif, in em (Word, LibreOffice)
_ASCENT = 0.891  # hhea ascender, em


def _single(size: float) -> float:
    return size * _SINGLE


def _body_leading(size: float = L.BODY_PT) -> float:
    return size * _SINGLE * L.LINE_SPACING


_CELL_PAD = 1.5 * mm  # left/right padding in bordered tables (as the .docx: 85 twips)
_CELL_SPACE = 1.5  # points before and after a cell paragraph (as the .docx: 30 twips)
_GRID_PT = 0.5

_TA = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT, Align.JUSTIFY: TA_JUSTIFY}

# Characters that neither XML markup nor a PDF string should carry.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(" {2,}")


def _clean(text: str) -> str:
    return _CONTROL.sub("", nfc(text)).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")


def _keep_spaces(match: re.Match) -> str:
    # A draft's blanks ("Số:      /KH-UBND") must not collapse: one breaking space, then
    # no-break spaces (same width).
    return " " + "\u00a0" * (len(match.group()) - 1)


def _markup(text: str) -> str:
    """Paragraph markup for plain text: escaped, blanks kept, line breaks as ``<br/>``."""
    text = escape(_clean(text))
    text = _SPACES.sub(_keep_spaces, text)
    return text.replace("\n", "<br/>")


def _span_markup(span: Span, bold: bool, italic: bool) -> str:
    text = _markup(span.text)
    if not text:
        return ""
    if span.italic or italic:
        text = f"<i>{text}</i>"
    if span.bold or bold:
        text = f"<b>{text}</b>"
    return text


# --- small flowables -----------------------------------------------------------------------


class _Rule(Flowable):
    """A short solid rule centred in the available width (a paragraph bottom border in the
    .docx). ``height`` is the room it takes; the line sits ``drop`` points below its top."""

    def __init__(self, length: float, *, height: float = 7.0, drop: float = 5.5):
        # 5.5 pt under the line above puts the rule about 7.5 pt under its baseline, where
        # Word and LibreOffice draw the .docx's bottom border (and bato.pdf has it).
        super().__init__()
        self.length = length
        self.height = height
        self.drop = drop
        self.width = 0.0

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        return availWidth, self.height

    def draw(self):
        canvas = self.canv
        x0 = (self.width - self.length) / 2
        y = self.height - self.drop
        canvas.saveState()
        canvas.setLineWidth(L.RULE_WEIGHT_PT)
        canvas.setLineCap(0)
        canvas.line(x0, y, x0 + self.length, y)
        canvas.restoreState()


# --- fast table cells ----------------------------------------------------------------------


class _Measure:
    """One face at one size: word widths (cached: tables repeat the same words a lot) and
    the reportlab font object used to emit text."""

    _cache: dict[tuple[str, float], "_Measure"] = {}

    def __init__(self, font: str, size: float):
        self.font_name = font
        self.font = pdfmetrics.getFont(font)
        self.size = size
        self.space = pdfmetrics.stringWidth(" ", font, size)
        self.widths: dict[str, float] = {}

    @classmethod
    def of(cls, font: str, size: float) -> "_Measure":
        key = (font, size)
        m = cls._cache.get(key)
        if m is None:
            m = cls._cache[key] = cls(font, size)
        return m

    def width(self, word: str) -> float:
        w = self.widths.get(word)
        if w is None:
            w = self.widths[word] = pdfmetrics.stringWidth(word, self.font_name, self.size)
        return w


def _break_lines(text: str, measure: _Measure, width: float) -> list[tuple[str, float, int, bool]]:
    """Greedy line breaking: ``(line, natural width, number of spaces, last line of its
    paragraph)`` per line. A word wider than the line is cut where the line ends (as Word
    does)."""
    out: list[tuple[str, float, int, bool]] = []
    space = measure.space
    limit = width + 1e-6
    for para in text.split("\n"):
        words = [w for w in para.split(" ") if w]
        if any(measure.width(w) > limit for w in words):
            words = [piece for w in words for piece in _cut_word(w, measure, limit)]
        line: list[str] = []
        line_w = 0.0
        for word in words:
            w = measure.width(word)
            if line and line_w + space + w > limit:
                out.append((" ".join(line), line_w, len(line) - 1, False))
                line, line_w = [word], w
            elif line:
                line_w += space + w
                line.append(word)
            else:
                line, line_w = [word], w
        out.append((" ".join(line), line_w, max(0, len(line) - 1), True))
    return out


def _cut_word(word: str, measure: _Measure, limit: float) -> list[str]:
    """``word`` in pieces no wider than ``limit`` (at least one character each)."""
    if measure.width(word) <= limit:
        return [word]
    pieces, current = [], ""
    for char in word:
        if current and measure.width(current + char) > limit:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


class _CellText(Flowable):
    """The text of one table cell in one face and size: one or more paragraphs (``\\n``),
    aligned left, centre, right or justified, 1.5 pt before and after, single spacing.

    Lines are broken once per width and cached, so measuring, splitting and drawing a long
    table costs one line breaking per cell; drawing writes the text operators directly
    (one ``Tj`` per line and subset, justified with ``Tw`` — code 32 is the space in every
    reportlab TrueType subset), without the per-call overhead of a text object.
    """

    def __init__(self, text: str, font: str, size: float, align: Align):
        super().__init__()
        self.text = text
        self.measure = _Measure.of(font, size)
        self.align = align
        self.leading = _single(size)
        self._lines: list | None = None
        self._for_width: float | None = None
        self.width = 0.0
        self.height = 0.0

    def wrap(self, availWidth, availHeight):
        if self._for_width is None or abs(self._for_width - availWidth) > 1e-6:
            self._lines = _break_lines(self.text, self.measure, availWidth)
            self._for_width = availWidth
            self.height = len(self._lines) * self.leading + 2 * _CELL_SPACE
        self.width = availWidth
        return availWidth, self.height

    def wrapOn(self, canv, availWidth, availHeight):
        return self.wrap(availWidth, availHeight)

    def split(self, availWidth, availHeight):
        return []

    def splitOn(self, canv, availWidth, availHeight):
        return []

    def minWidth(self):
        return max((self.measure.width(w) for w in self.text.split()), default=0.0)

    def identity(self, maxLen=None):
        return f"<_CellText {self.text[:40]!r}>"

    def part(self, lines: list) -> "_CellText":
        """A cell holding ``lines`` of this one (a row taller than a page is cut in two)."""
        other = _CellText.__new__(_CellText)
        other.__dict__.update(self.__dict__)
        other._lines = lines
        other.height = len(lines) * self.leading + 2 * _CELL_SPACE
        return other

    def drawOn(self, canvas, x, y, _sW=0):
        if self._lines is None:
            self.wrap(self.width, 0)
        m = self.measure
        font, size = m.font, m.size
        doc = canvas._doc
        runs_of = _RUNS.get(doc)
        if runs_of is None:
            runs_of = _RUNS[doc] = {}
        width = self.width
        align = self.align
        baseline = y + self.height - _CELL_SPACE - size * _ASCENT - (self.leading - size * _SINGLE) / 2
        code = ["BT"]
        current = None
        spacing = False
        for line, line_w, gaps, last in self._lines:
            if line:
                if align is Align.CENTER:
                    x0 = x + (width - line_w) / 2
                elif align is Align.RIGHT:
                    x0 = x + width - line_w
                else:
                    x0 = x
                if align is Align.JUSTIFY and not last and gaps:
                    code.append(f"{(width - line_w) / gaps:.3f} Tw")
                    spacing = True
                elif spacing:
                    code.append("0 Tw")
                    spacing = False
                code.append(f"1 0 0 1 {x0:.2f} {baseline:.2f} Tm")
                key = (m.font_name, line)
                runs = runs_of.get(key)
                if runs is None:
                    runs = runs_of[key] = [
                        (f"{font.getSubsetInternalName(subset, doc)} {size:g} Tf", f"({canvas._escape(chunk)}) Tj")
                        for subset, chunk in font.splitString(line, doc)
                    ]
                for select, show in runs:
                    if select != current:
                        code.append(select)
                        current = select
                    code.append(show)
            baseline -= self.leading
        if spacing:
            code.append("0 Tw")
        code.append("ET")
        canvas.addLiteral("\n".join(code))


# Encoded text runs per PDF document being built: (font, line) -> [(Tf, Tj)]. The subset
# codes reportlab assigns belong to one document, hence one cache per document.
_RUNS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


# --- styles --------------------------------------------------------------------------------


class _Styles:
    """Paragraph styles of one document, in the registered serif family."""

    def __init__(self, fam: SerifFamily):
        self.fam = fam
        self._cache: dict[tuple, ParagraphStyle] = {}

    def get(self, size: float = L.BODY_PT, *, align=TA_JUSTIFY, bold=False, italic=False,
            leading: float | None = None, first: float = 0.0, left: float = 0.0,
            before: float = 0.0, after: float = 0.0, keep_next: bool = False) -> ParagraphStyle:
        key = (size, align, bold, italic, leading, first, left, before, after, keep_next)
        style = self._cache.get(key)
        if style is None:
            style = ParagraphStyle(
                f"s{len(self._cache)}",
                fontName=self.fam.face(bold, italic),
                fontSize=size,
                leading=leading if leading is not None else _single(size),
                alignment=align,
                firstLineIndent=first,
                leftIndent=left,
                spaceBefore=before,
                spaceAfter=after,
                keepWithNext=1 if keep_next else 0,
                allowWidows=1,  # as the .docx (no widow control): same page breaks
                allowOrphans=1,
                splitLongWords=1,  # a word longer than the line is cut, as in Word
                embeddedHyphenation=0,
                uriWasteReduce=0,
            )
            self._cache[key] = style
        return style

    def centered(self, text: str, size: float, *, bold=False, italic=False, before=0.0,
                 keep_next=False) -> RLParagraph:
        return RLParagraph(_markup(text), self.get(size, align=TA_CENTER, bold=bold, italic=italic,
                                                   before=before, keep_next=keep_next))

    def body(self, markup: str, *, before: float = L.PARAGRAPH_SPACING_PT, keep_next=False,
             align=TA_JUSTIFY, indent=True, bold=False, italic=False) -> RLParagraph:
        return RLParagraph(markup, self.get(
            L.BODY_PT, align=align, bold=bold, italic=italic, leading=_body_leading(),
            first=L.FIRST_LINE_INDENT_MM * mm if indent else 0.0, before=before, keep_next=keep_next))


# --- page templates ------------------------------------------------------------------------


class _DocTemplate(BaseDocTemplate):
    """Page templates: ``first``/``body`` (portrait) and, per orientation, ``app-first-*``/
    ``app-*``. A section's first page draws no number; the others draw the page number
    counted from the section's first page."""

    def __init__(self, stream, fam: SerifFamily, **kw):
        super().__init__(stream, pagesize=_page_size(L.PORTRAIT), leftMargin=L.PORTRAIT.left * mm,
                         rightMargin=L.PORTRAIT.right * mm, topMargin=L.PORTRAIT.top * mm,
                         bottomMargin=L.PORTRAIT.bottom * mm, initialFontName=fam.regular,
                         initialFontSize=L.BODY_PT, initialLeading=_body_leading(), **kw)
        self.fam = fam
        self.section_start = 1
        templates = [
            self._template("first", L.PORTRAIT, first=True, after="body"),
            self._template("body", L.PORTRAIT),
        ]
        for tag, g in (("landscape", L.LANDSCAPE), ("portrait", L.PORTRAIT)):
            templates.append(self._template(f"app-first-{tag}", g, first=True, after=f"app-{tag}"))
            templates.append(self._template(f"app-{tag}", g))
        self.addPageTemplates(templates)

    def _template(self, name: str, g: L.PageGeometry, *, first=False, after: str | None = None) -> PageTemplate:
        frame = Frame(g.left * mm, g.bottom * mm, g.text_width * mm, (g.height - g.top - g.bottom) * mm,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"{name}-frame")
        on_page = self._on_first_page if first else self._on_page
        kwargs = {"autoNextPageTemplate": after} if after else {}
        return PageTemplate(id=name, frames=[frame], pagesize=_page_size(g), onPage=on_page, **kwargs)

    def _on_first_page(self, canvas, doc) -> None:
        self.section_start = canvas.getPageNumber()

    def _on_page(self, canvas, doc) -> None:
        number = canvas.getPageNumber() - self.section_start + 1
        width, height = canvas._pagesize
        g = L.LANDSCAPE if width > height else L.PORTRAIT
        x = (g.left + g.text_width / 2) * mm
        y = height - L.HEADER_DISTANCE_MM * mm - L.PAGE_NUMBER_PT * _ASCENT
        canvas.saveState()
        canvas.setFont(self.fam.regular, L.PAGE_NUMBER_PT)
        canvas.drawCentredString(x, y, str(number))
        canvas.restoreState()


def _page_size(g: L.PageGeometry) -> tuple[float, float]:
    return g.width * mm, g.height * mm


# --- tables --------------------------------------------------------------------------------


def _scale(widths: Sequence[float], total: float) -> list[float]:
    s = sum(widths)
    return [w / s * total for w in widths]


class _TableBuilder:
    """A data table: bordered, header rows bold and centred and repeated on every page,
    group rows bold across the row (kept with the row after them), rows never split.

    Every cell is measured here, once; ``_LongTable`` then cuts the rows into one reportlab
    ``Table`` per page with those heights, so nothing is measured again.
    """

    def __init__(self, table: Table, g: L.PageGeometry, fam: SerifFamily):
        self.table = table
        self.fam = fam
        self.frame_height = (g.height - g.top - g.bottom) * mm
        self.widths = _scale([c.width for c in table.columns], g.text_width * mm)
        self.positions = [0.0]
        for w in self.widths:
            self.positions.append(self.positions[-1] + w)

    def _inner(self, col: int, span: int = 1) -> float:
        return self.positions[col + span] - self.positions[col] - 2 * _CELL_PAD

    def build(self) -> "_LongTable":
        table = self.table
        fam = self.fam
        n = len(table.columns)
        size = table.font_size
        bold, plain = fam.bold, fam.regular

        # Header rows; a cell whose text is None continues the cell above (vertical merge).
        headers = table.headers
        n_head = len(headers)
        head_rows: list[list] = []
        head_heights: list[float] = []
        head_spans: list[tuple] = []
        tall: list[tuple[int, int, float]] = []  # (first row, last row, height) of merged cells
        for r, header in enumerate(headers):
            row: list = [""] * n
            h = 0.0
            pos = 0
            for cell in header:
                if cell.text is not None:
                    flow = _CellText(_clean(cell.text), bold, size, Align.CENTER)
                    row[pos] = flow
                    end_r = r
                    while end_r + 1 < n_head:
                        below = _cell_at(headers[end_r + 1], pos)
                        if below is None or below.text is not None:
                            break
                        end_r += 1
                    if cell.span > 1 or end_r > r:
                        head_spans.append(("SPAN", (pos, r), (pos + cell.span - 1, end_r)))
                    cell_h = flow.wrap(self._inner(pos, cell.span), 0)[1]
                    if end_r > r:
                        tall.append((r, end_r, cell_h))
                    else:
                        h = max(h, cell_h)
                pos += cell.span
            head_rows.append(row)
            head_heights.append(h)
        for first, last, cell_h in tall:  # give a merged cell's rows the room it needs
            missing = cell_h - sum(head_heights[first:last + 1])
            if missing > 0:
                head_heights[last] += missing

        # Data rows: cells, height, and for a group row the column its text starts in.
        rows: list[list] = []
        heights: list[float] = []
        groups: list[int | None] = []
        cols = table.columns
        inner = [self._inner(k) for k in range(n)]
        for row in table.rows:
            if isinstance(row, Row):
                font = bold if row.bold else plain
                cells = [_CellText(_clean(text), font, size, col.align) for text, col in zip(row.cells, cols)]
                h = max(c.wrap(w, 0)[1] for c, w in zip(cells, inner))
                rows.append(cells)
                groups.append(None)
            else:  # GroupRow: label in the first column and text across the others, or text across all
                text = _CellText(_clean(row.text), bold, size, Align.LEFT)
                if row.label is not None and n > 1:
                    label = _CellText(_clean(row.label), bold, size, Align.CENTER)
                    h = max(label.wrap(inner[0], 0)[1], text.wrap(self._inner(1, n - 1), 0)[1])
                    rows.append([label, text] + [""] * (n - 2))
                    groups.append(1)
                else:
                    h = text.wrap(self._inner(0, n), 0)[1]
                    rows.append([text] + [""] * (n - 1))
                    groups.append(0)
            heights.append(h)

        style = [
            ("FONT", (0, 0), (-1, -1), plain, size),
            ("GRID", (0, 0), (-1, -1), _GRID_PT, (0, 0, 0)),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (0, 0), (-1, n_head - 1), "MIDDLE"),
            *head_spans,
        ]
        return _LongTable(self.widths, style, head_rows, head_heights, rows, heights, groups,
                          frame_height=self.frame_height)


class _LongTable(Flowable):
    """A measured table that splits itself page by page: each page gets a reportlab
    ``Table`` of the header rows and the rows that fit, with their known heights.

    (reportlab's own splitting re-creates the table of all remaining rows at every page
    break, which is quadratic in the number of rows.) A row never splits, except one taller
    than a whole page, which is cut where the page ends (Word does the same).
    """

    def __init__(self, widths, style, head_rows, head_heights, rows, heights, groups, *,
                 frame_height: float, start: int = 0):
        super().__init__()
        self.widths = widths
        self.style = style
        self.head_rows = head_rows
        self.head_heights = head_heights
        self.rows = rows
        self.heights = heights
        self.groups = groups
        self.frame_height = frame_height
        self.start = start  # first row of this part
        self.hAlign = "CENTER"
        self.width = sum(widths)
        self.head_height = sum(head_heights)
        self._table: RLTable | None = None

    def _rest(self, start: int, rows=None, heights=None, groups=None) -> "_LongTable":
        return _LongTable(self.widths, self.style, self.head_rows, self.head_heights,
                          self.rows if rows is None else rows,
                          self.heights if heights is None else heights,
                          self.groups if groups is None else groups,
                          frame_height=self.frame_height, start=start)

    def wrap(self, availWidth, availHeight):
        self.height = self.head_height + sum(self.heights[self.start:])
        return self.width, self.height

    def _part(self, end: int, rows=None, heights=None, groups=None) -> RLTable:
        """The reportlab table of the header and rows ``start:end``."""
        rows = self.rows if rows is None else rows
        heights = self.heights if heights is None else heights
        groups = self.groups if groups is None else groups
        n_head = len(self.head_rows)
        n = len(self.widths)
        commands = list(self.style)
        for k in range(self.start, end):
            col = groups[k]
            if col is not None and n - col > 1:
                r = n_head + k - self.start
                commands.append(("SPAN", (col, r), (n - 1, r)))
        return RLTable(self.head_rows + rows[self.start:end], colWidths=self.widths,
                       rowHeights=self.head_heights + heights[self.start:end],
                       style=TableStyle(commands), repeatRows=n_head, hAlign="CENTER")

    def split(self, availWidth, availHeight):
        total = len(self.rows)
        used = self.head_height
        end = self.start
        limit = availHeight + 1e-6
        while end < total and used + self.heights[end] <= limit:
            used += self.heights[end]
            end += 1
        if end >= total:
            return [self]
        if self.head_height + self.heights[end] > self.frame_height:
            return self._split_tall_row(end, limit - used)
        # a group row is not left alone at the foot of a page
        while end > self.start and self.groups[end - 1] is not None:
            end -= 1
        if end == self.start:
            return []  # not even one row: the whole table goes to the next page
        return [self._part(end), self._rest(end)]

    def _split_tall_row(self, k: int, room: float) -> list[Flowable]:
        """Cut row ``k``, taller than a page, where the page ends."""
        leading = max((c.leading for c in self.rows[k] if isinstance(c, _CellText)), default=0.0)
        fit = int((room - 2 * _CELL_SPACE) / leading) if leading else 0
        if fit < 1:
            return [self._part(k), self._rest(k)] if k > self.start else []
        top, rest = [], []
        for cell in self.rows[k]:
            if isinstance(cell, _CellText) and cell._lines is not None:
                lines = cell._lines
                top.append(cell.part(lines[:fit]))
                rest.append(cell.part(lines[fit:]) if len(lines) > fit else "")
            else:
                top.append(cell)
                rest.append("")
        top_h = max(c.height for c in top if isinstance(c, _CellText))
        rest_h = max((c.height for c in rest if isinstance(c, _CellText)), default=2 * _CELL_SPACE)
        rows = self.rows[:k] + [top, rest] + self.rows[k + 1:]
        heights = self.heights[:k] + [top_h, rest_h] + self.heights[k + 1:]
        groups = self.groups[:k] + [self.groups[k]] * 2 + self.groups[k + 1:]
        return [self._part(k + 1, rows, heights, groups), self._rest(k + 1, rows, heights, groups)]

    def draw(self):
        if self._table is None:
            self._table = self._part(len(self.rows))
        self._table.wrapOn(self.canv, self.width, self.height)
        self._table.drawOn(self.canv, 0, 0)


def _cell_at(header, pos: int):
    p = 0
    for cell in header:
        if p == pos:
            return cell
        p += cell.span
        if p > pos:
            return None
    return None


# --- the document --------------------------------------------------------------------------


class _StoryBuilder:
    """Turns one AdminDocument into the platypus story."""

    def __init__(self, doc: AdminDocument, fam: SerifFamily):
        self.doc = doc
        self.fam = fam
        self.s = _Styles(fam)
        self.story: list[Flowable] = []

    def build(self) -> list[Flowable]:
        doc = self.doc
        self.header_table()
        if doc.is_letter:
            self.addressees(before=18)
        else:
            self.title()
            if doc.addressees:
                self.addressees(before=12)
        self.bases()
        self.body()
        self.closing_table()
        for appendix in doc.appendices:
            tag = "landscape" if appendix.landscape else "portrait"
            self.story.append(NextPageTemplate(f"app-first-{tag}"))
            self.story.append(PageBreak())
            self.appendix(appendix, L.LANDSCAPE if appendix.landscape else L.PORTRAIT)
        return self.story

    # page 1
    def header_table(self) -> None:
        s, h = self.s, self.doc.header
        left: list[Flowable] = [s.centered(t, L.ISSUER_PT) for t in h.parent_lines]
        left += [s.centered(t, L.ISSUER_PT, bold=True) for t in h.issuer_lines]
        left.append(_Rule(L.issuer_rule_mm(h.issuer_lines) * mm))
        right: list[Flowable] = [
            s.centered(L.NATIONAL_TITLE, L.national_title_pt(), bold=True),
            s.centered(L.MOTTO, L.MOTTO_PT, bold=True),
            _Rule(L.motto_rule_mm() * mm),
        ]
        number: list[Flowable] = [s.centered(h.number_line, L.NUMBER_PT, before=6)]
        if self.doc.is_letter:
            number += [s.centered(t, L.LETTER_SUMMARY_PT, before=3 if k == 0 else 0)
                       for k, t in enumerate(letter_summary_lines(self.doc.summary))]
        date: list[Flowable] = [s.centered(h.date_line, L.DATE_PT, italic=True, before=6)]
        table = RLTable([[_with_top_space(left), _with_top_space(right)],
                         [_with_top_space(number), _with_top_space(date)]],
                        colWidths=[L.HEADER_LEFT_MM * mm, L.HEADER_RIGHT_MM * mm], hAlign="CENTER",
                        style=_borderless(self.fam))
        self.story.append(table)

    def title(self) -> None:
        doc, s = self.doc, self.s
        if doc.type_name:
            self.story.append(s.centered(doc.type_name, L.TYPE_NAME_PT, bold=True, before=18, keep_next=True))
        for k, line in enumerate(doc.summary):
            self.story.append(s.centered(line, L.SUMMARY_PT, bold=True, keep_next=True,
                                         before=0 if doc.type_name or k else 18))
        lines = list(doc.summary) or ([doc.type_name] if doc.type_name else [])
        if lines:
            width = L.PORTRAIT.text_width
            self.story.append(_Rule(L.title_rule_mm(lines, L.SUMMARY_PT, width) * mm))

    def addressees(self, *, before: float) -> None:
        items = self.doc.addressees
        if not items:
            return
        s = self.s
        label = L.ADDRESSEES_LABEL
        start = L.ADDRESSEES_INDENT_MM * mm
        label_w = L.text_width_mm(label + " ", L.BODY_PT) * mm
        lines = addressee_lines(items)
        leading = _body_leading()
        if len(items) == 1:
            style = s.get(L.BODY_PT, align=TA_LEFT, leading=leading, left=start + label_w,
                          first=-label_w, before=before)
            self.story.append(RLParagraph(_markup(f"{label} {lines[0]}"), style))
            return
        self.story.append(RLParagraph(_markup(label), s.get(
            L.BODY_PT, align=TA_LEFT, leading=leading, left=start, before=before, keep_next=True)))
        dash = L.text_width_mm("- ", L.BODY_PT) * mm
        style = s.get(L.BODY_PT, align=TA_LEFT, leading=leading, left=start + label_w + dash, first=-dash)
        for line in lines:
            self.story.append(RLParagraph(_markup(line), style))

    def bases(self) -> None:
        for k, line in enumerate(basis_lines(self.doc.bases)):
            self.story.append(self.s.body(_markup(line), italic=True,
                                          before=12 if k == 0 else L.PARAGRAPH_SPACING_PT))

    # body
    def body(self) -> None:
        doc = self.doc
        blocks: list[Block] = [*doc.intro, *doc.blocks]
        last = len(blocks) - 1
        ends_with_text = bool(blocks) and isinstance(blocks[-1], (Paragraph, Bullet))
        for k, block in enumerate(blocks):
            is_last = k == last and ends_with_text
            before = 12 if k == 0 else L.PARAGRAPH_SPACING_PT
            self.block(block, L.PORTRAIT, before=before,
                       closing=is_last and doc.closing_mark, keep_next=is_last)
        if doc.closing_mark and not ends_with_text:
            self.story.append(self.s.body(_markup(L.CLOSING_MARK), keep_next=True))

    def block(self, block: Block, g: L.PageGeometry, *, before: float = L.PARAGRAPH_SPACING_PT,
              closing: bool = False, keep_next: bool = False) -> None:
        s = self.s
        if isinstance(block, Heading):
            markup = _span_markup(Span(block.display_text), block.is_bold, block.is_italic)
            self.story.append(s.body(markup, before=before, keep_next=True))
        elif isinstance(block, Paragraph):
            spans = list(block.spans)
            if closing and spans:
                spans[-1] = Span(with_closing_mark(spans[-1].text), spans[-1].bold, spans[-1].italic)
            markup = "".join(_span_markup(sp, block.bold, block.italic) for sp in spans)
            self.story.append(s.body(markup, before=before, keep_next=keep_next,
                                     align=_TA[block.align], indent=block.first_line_indent))
        elif isinstance(block, Bullet):
            text = with_closing_mark(block.display_text) if closing else block.display_text
            self.story.append(s.body(_markup(text), before=before, keep_next=keep_next))
        elif isinstance(block, Table):
            # no space before a table (as the .docx); 6 pt after it
            self.story.append(_TableBuilder(block, g, self.fam).build())
            self.story.append(Spacer(1, 6))
        else:  # pragma: no cover - the model rejects other blocks
            raise TypeError(f"unknown block {block!r}")

    # closing
    def closing_table(self) -> None:
        doc, s = self.doc, self.s
        if not doc.recipients and doc.signer is None:
            return
        left: list[Flowable] = []
        if doc.recipients:
            left.append(RLParagraph(_markup(L.RECIPIENTS_LABEL), s.get(
                L.RECIPIENTS_LABEL_PT, align=TA_LEFT, bold=True, italic=True, before=12)))
            dash = L.text_width_mm("- ", L.RECIPIENTS_ITEM_PT) * mm
            style = s.get(L.RECIPIENTS_ITEM_PT, align=TA_LEFT, left=dash, first=-dash)
            left += [RLParagraph(_markup(line), style) for line in recipient_lines(doc.recipients)]
        right: list[Flowable] = []
        if doc.signer is not None:
            signer = doc.signer
            for k, line in enumerate(signer.authority_lines):
                right.append(s.centered(line.upper(), L.SIGNER_PT, bold=True, before=12 if k == 0 else 0))
            right.append(Spacer(1, signer.gap_lines * _single(L.SIGNER_PT)))
            if signer.name:
                right.append(s.centered(signer.name, L.SIGNER_PT, bold=True))
        table = RLTable([[_with_top_space(left), _with_top_space(right)]],
                        colWidths=[L.HEADER_LEFT_MM * mm, L.HEADER_RIGHT_MM * mm], hAlign="CENTER",
                        style=_borderless(self.fam))
        self.story.append(table)

    # appendices
    def appendix(self, appendix: Appendix, g: L.PageGeometry) -> None:
        s = self.s
        width = g.text_width
        self.story.append(s.centered(appendix.label, L.APPENDIX_LABEL_PT, bold=True, keep_next=True))
        self.story.append(s.centered(appendix.display_title, L.APPENDIX_TITLE_PT, bold=True, keep_next=True))
        reference = appendix.display_reference
        if reference:
            self.story.append(s.centered(reference, L.APPENDIX_REFERENCE_PT, italic=True, keep_next=True))
        self.story.append(_Rule(L.title_rule_mm([appendix.display_title], L.APPENDIX_TITLE_PT, width) * mm))
        for k, block in enumerate(appendix.blocks):
            if k == 0 and isinstance(block, Table):
                self.story.append(Spacer(1, 8))
            self.block(block, g)


def _borderless(fam: SerifFamily) -> TableStyle:
    """Header and closing tables: no borders, no padding, top aligned. (The cell font is
    set only so that reportlab's default, Helvetica, never gets into the PDF.)"""
    return TableStyle([("FONT", (0, 0), (-1, -1), fam.regular, L.BODY_PT), *_BORDERLESS])


_BORDERLESS = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _with_top_space(flowables: list[Flowable]) -> list[Flowable]:
    """A reportlab table cell drops the space before its first flowable (Word keeps it):
    put an empty spacer first so that the first paragraph's space counts."""
    return [Spacer(0, 0), *flowables]


# --- public API ----------------------------------------------------------------------------


_BUILD_LOCK = threading.Lock()


def build_pdf(doc: AdminDocument) -> bytes:
    """The PDF of ``doc`` as bytes."""
    fam = serif_family()
    buffer = io.BytesIO()
    template = _DocTemplate(
        buffer, fam,
        title=doc.title_text,
        author=" ".join(doc.header.issuer_lines),
        subject=doc.type_name or "Công văn",
        creator="dxdesk",
        producer="dxdesk (reportlab)",
        lang=L.LANGUAGE,
        pageCompression=1,
    )
    story = _StoryBuilder(doc, fam).build()
    # Page streams are deflated but not ASCII85-armoured (reportlab's default, a global
    # setting): the armour costs a fifth of the build time in pure Python and 25 % in size.
    with _BUILD_LOCK:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            template.build(story)
        finally:
            rl_config.useA85 = saved
    return buffer.getvalue()


def write_pdf(doc: AdminDocument, path_or_stream: str | os.PathLike | IO[bytes]) -> None:
    """Write ``doc`` as a PDF to ``path_or_stream`` (a file name or a binary stream).

    The PDF is built in memory first; a file is written next to its destination and moved
    into place, so a failure never leaves a half-written document behind.
    """
    data = build_pdf(doc)
    if hasattr(path_or_stream, "write"):
        path_or_stream.write(data)
        return
    target = os.path.abspath(os.fspath(path_or_stream))
    tmp = os.path.join(os.path.dirname(target), f".{os.path.basename(target)}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "xb") as stream:
            stream.write(data)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
