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

Fonts: ``pdf_fonts`` (Times New Roman or the shipped Liberation Serif, ``serif_family()``).
Data tables: ``pdf_tables`` builds them from ``pdf_cells``' fast cells (``CellText``) and
the table that splits itself across pages (``LongTable``).
"""

from __future__ import annotations

import io
import os
import threading
import uuid
from typing import IO

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.units import mm
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

from . import layout as L
from .model import (
    AdminDocument,
    Appendix,
    Block,
    Bullet,
    Heading,
    Paragraph,
    Span,
    Table,
    addressee_lines,
    basis_lines,
    letter_summary_lines,
    recipient_lines,
    with_closing_mark,
)
from .pdf_cells import ASCENT, single_line
from .pdf_fonts import VIETNAMESE_LETTERS, SerifFamily, serif_family  # noqa: F401  (re-exported)
from .pdf_styles import ALIGNMENTS, Rule, Styles, body_leading, plain_markup, span_markup
from .pdf_tables import TableBuilder

__all__ = ["write_pdf", "build_pdf", "serif_family", "SerifFamily"]


# --- page templates ------------------------------------------------------------------------


class _DocTemplate(BaseDocTemplate):
    """Page templates: ``first``/``body`` (portrait) and, per orientation, ``app-first-*``/
    ``app-*``. A section's first page draws no number; the others draw the page number
    counted from the section's first page."""

    def __init__(self, stream, fam: SerifFamily, **kw):
        super().__init__(stream, pagesize=_page_size(L.PORTRAIT), leftMargin=L.PORTRAIT.left * mm,
                         rightMargin=L.PORTRAIT.right * mm, topMargin=L.PORTRAIT.top * mm,
                         bottomMargin=L.PORTRAIT.bottom * mm, initialFontName=fam.regular,
                         initialFontSize=L.BODY_PT, initialLeading=body_leading(), **kw)
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
        y = height - L.HEADER_DISTANCE_MM * mm - L.PAGE_NUMBER_PT * ASCENT
        canvas.saveState()
        canvas.setFont(self.fam.regular, L.PAGE_NUMBER_PT)
        canvas.drawCentredString(x, y, str(number))
        canvas.restoreState()


def _page_size(g: L.PageGeometry) -> tuple[float, float]:
    return g.width * mm, g.height * mm



# --- the document --------------------------------------------------------------------------


class _StoryBuilder:
    """Turns one AdminDocument into the platypus story."""

    def __init__(self, doc: AdminDocument, fam: SerifFamily):
        self.doc = doc
        self.fam = fam
        self.s = Styles(fam)
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
        left.append(Rule(L.issuer_rule_mm(h.issuer_lines) * mm))
        right: list[Flowable] = [
            s.centered(L.NATIONAL_TITLE, L.national_title_pt(), bold=True),
            s.centered(L.MOTTO, L.MOTTO_PT, bold=True),
            Rule(L.motto_rule_mm() * mm),
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
            self.story.append(Rule(L.title_rule_mm(lines, L.SUMMARY_PT, width) * mm))

    def addressees(self, *, before: float) -> None:
        items = self.doc.addressees
        if not items:
            return
        s = self.s
        label = L.ADDRESSEES_LABEL
        start = L.ADDRESSEES_INDENT_MM * mm
        label_w = L.text_width_mm(label + " ", L.BODY_PT) * mm
        lines = addressee_lines(items)
        leading = body_leading()
        if len(items) == 1:
            style = s.get(L.BODY_PT, align=TA_LEFT, leading=leading, left=start + label_w,
                          first=-label_w, before=before)
            self.story.append(RLParagraph(plain_markup(f"{label} {lines[0]}"), style))
            return
        self.story.append(RLParagraph(plain_markup(label), s.get(
            L.BODY_PT, align=TA_LEFT, leading=leading, left=start, before=before, keep_next=True)))
        dash = L.text_width_mm("- ", L.BODY_PT) * mm
        style = s.get(L.BODY_PT, align=TA_LEFT, leading=leading, left=start + label_w + dash, first=-dash)
        for line in lines:
            self.story.append(RLParagraph(plain_markup(line), style))

    def bases(self) -> None:
        for k, line in enumerate(basis_lines(self.doc.bases)):
            self.story.append(self.s.body(plain_markup(line), italic=True,
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
            self.story.append(self.s.body(plain_markup(L.CLOSING_MARK), keep_next=True))

    def block(self, block: Block, g: L.PageGeometry, *, before: float = L.PARAGRAPH_SPACING_PT,
              closing: bool = False, keep_next: bool = False) -> None:
        s = self.s
        if isinstance(block, Heading):
            markup = span_markup(Span(block.display_text), block.is_bold, block.is_italic)
            self.story.append(s.body(markup, before=before, keep_next=True))
        elif isinstance(block, Paragraph):
            spans = list(block.spans)
            if closing and spans:
                spans[-1] = Span(with_closing_mark(spans[-1].text), spans[-1].bold, spans[-1].italic)
            markup = "".join(span_markup(sp, block.bold, block.italic) for sp in spans)
            self.story.append(s.body(markup, before=before, keep_next=keep_next,
                                     align=ALIGNMENTS[block.align], indent=block.first_line_indent))
        elif isinstance(block, Bullet):
            text = with_closing_mark(block.display_text) if closing else block.display_text
            self.story.append(s.body(plain_markup(text), before=before, keep_next=keep_next))
        elif isinstance(block, Table):
            # no space before a table (as the .docx); 6 pt after it
            self.story.append(TableBuilder(block, g, self.fam).build())
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
            left.append(RLParagraph(plain_markup(L.RECIPIENTS_LABEL), s.get(
                L.RECIPIENTS_LABEL_PT, align=TA_LEFT, bold=True, italic=True, before=12)))
            dash = L.text_width_mm("- ", L.RECIPIENTS_ITEM_PT) * mm
            style = s.get(L.RECIPIENTS_ITEM_PT, align=TA_LEFT, left=dash, first=-dash)
            left += [RLParagraph(plain_markup(line), style) for line in recipient_lines(doc.recipients)]
        right: list[Flowable] = []
        if doc.signer is not None:
            signer = doc.signer
            for k, line in enumerate(signer.authority_lines):
                right.append(s.centered(line.upper(), L.SIGNER_PT, bold=True, before=12 if k == 0 else 0))
            right.append(Spacer(1, signer.gap_lines * single_line(L.SIGNER_PT)))
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
        self.story.append(Rule(L.title_rule_mm([appendix.display_title], L.APPENDIX_TITLE_PT, width) * mm))
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
