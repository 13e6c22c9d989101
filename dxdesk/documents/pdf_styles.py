"""Paragraph styles, text markup and the short rule of the PDF documents (``pdf_writer``):
line spacing as Word and LibreOffice set the .docx, blanks kept, one serif family.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Paragraph as RLParagraph

from . import layout as L
from .model import Align, Span
from .pdf_cells import SINGLE, clean_text, single_line
from .pdf_fonts import SerifFamily

__all__ = ["ALIGNMENTS", "Rule", "Styles", "body_leading", "plain_markup", "span_markup"]


def body_leading(size: float = L.BODY_PT) -> float:
    return size * SINGLE * L.LINE_SPACING


ALIGNMENTS = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT, Align.JUSTIFY: TA_JUSTIFY}
_SPACES = re.compile(" {2,}")


def _keep_spaces(match: re.Match) -> str:
    # A draft's blanks ("Số:      /KH-UBND") must not collapse: one breaking space, then
    # no-break spaces (same width).
    return " " + "\u00a0" * (len(match.group()) - 1)


def plain_markup(text: str) -> str:
    """Paragraph markup for plain text: escaped, blanks kept, line breaks as ``<br/>``."""
    text = escape(clean_text(text))
    text = _SPACES.sub(_keep_spaces, text)
    return text.replace("\n", "<br/>")


def span_markup(span: Span, bold: bool, italic: bool) -> str:
    text = plain_markup(span.text)
    if not text:
        return ""
    if span.italic or italic:
        text = f"<i>{text}</i>"
    if span.bold or bold:
        text = f"<b>{text}</b>"
    return text


# --- small flowables -----------------------------------------------------------------------


class Rule(Flowable):
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


# --- styles --------------------------------------------------------------------------------


class Styles:
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
                leading=leading if leading is not None else single_line(size),
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
        return RLParagraph(plain_markup(text), self.get(size, align=TA_CENTER, bold=bold, italic=italic,
                                                   before=before, keep_next=keep_next))

    def body(self, markup: str, *, before: float = L.PARAGRAPH_SPACING_PT, keep_next=False,
             align=TA_JUSTIFY, indent=True, bold=False, italic=False) -> RLParagraph:
        return RLParagraph(markup, self.get(
            L.BODY_PT, align=align, bold=bold, italic=italic, leading=body_leading(),
            first=L.FIRST_LINE_INDENT_MM * mm if indent else 0.0, before=before, keep_next=keep_next))
