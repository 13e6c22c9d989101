"""A plan printed to PDF the way a word processor prints it, with the noise real files
carry: a running header (the plan's number, a running title) and a footer (``Trang 3/12``,
``- 3 -``) on every page, paragraphs justified with a first-line indent and cut by page
breaks, words hyphenated at the end of a line, and footnotes at the foot of a page under
a short rule. Built with reportlab's canvas, so each line lands where the test says."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from importing_docmaker import vietnamese_ttf

SOFT_HYPHEN = "\u00ad"  # in a paragraph's text: where a word may be hyphenated


@dataclass
class Para:
    text: str
    bold: bool = False
    center: bool = False
    indent: float = 28.0  # first-line indent
    footnote: str | None = None  # a footnote whose mark follows the paragraph's first line
    beside: str | None = None  # one line, with this text on the same line at the right half


@dataclass
class Page:
    lines: list = field(default_factory=list)  # (x, text, bold, size, justify_to)
    footnotes: list = field(default_factory=list)


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = vietnamese_ttf()
    pdfmetrics.registerFont(TTFont("VN", font))
    bold = font.replace(".ttf", "-Bold.ttf")
    if Path(bold).exists():
        pdfmetrics.registerFont(TTFont("VNB", bold))
        return "VN", "VNB"
    return "VN", "VN"


def _wrap(text: str, first_x: float, left: float, right: float, font: str, size: float):
    """Lines (x, text, justify_to) of a justified paragraph; a word with a soft hyphen
    that does not fit is cut there, ``-`` ending the line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current, x = [], [], first_x
    words = text.split()
    i = 0
    while i < len(words):
        word = words[i]
        plain = word.replace(SOFT_HYPHEN, "")
        trial = " ".join(current + [plain])
        if not current or x + stringWidth(trial, font, size) <= right:
            current.append(plain)
            i += 1
            continue
        if SOFT_HYPHEN in word:
            head, tail = word.split(SOFT_HYPHEN, 1)
            if x + stringWidth(" ".join(current + [head + "-"]), font, size) <= right:
                current.append(head + "-")
                words[i] = tail
        lines.append((x, " ".join(current), right))
        current, x = [], left
    if current:
        lines.append((x, " ".join(current), None))
    return lines


def noisy_pdf(path: Path, paras: list, *, number: str | None = "Số: 123/KH-UBND",
              running_title: str | None = None, footer: str | None = "Trang {n}/{total}",
              top_page_number: bool = False, size: float = 13.0, leading: float = 18.0,
              first_page_plain: bool = True, raised_marks: bool = True) -> Path:
    """``paras``: :class:`Para` or strings (a string is a body paragraph). A footnote's
    mark is raised and small in the text and in front of the note (``raised_marks``), or
    written on the note's line as ``1 Nghị quyết …``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, bold = _fonts()
    width, height = A4
    left, right, top, bottom = 85.0, 530.0, height - 75, 70.0
    pages: list[Page] = [Page()]
    y = top
    note_no = 0
    note_room = 0.0  # height kept at the foot of the page for its footnotes
    for item in paras:
        para = item if isinstance(item, Para) else Para(item)
        font = bold if para.bold else regular
        if para.beside is not None:
            wrapped = [(left, para.text, None), (330.0, para.beside, "same")]
        elif para.center:
            wrapped = [((width - stringWidth(para.text, font, size)) / 2, para.text, None)]
        else:
            wrapped = _wrap(para.text, left + para.indent, left, right, font, size)
        for k, (x, text, justify) in enumerate(wrapped):
            if justify == "same":
                pages[-1].lines.append((x, y, text, font, 12, None))
                continue
            if y - leading < bottom + note_room:
                pages.append(Page())
                y, note_room = top, 0.0
            y -= leading
            pages[-1].lines.append((x, y, text, font, size, justify))
            if k == 0 and para.footnote:
                note_no += 1
                end = justify if justify else x + stringWidth(text, font, size)
                pages[-1].lines.append(("mark", y, str(note_no), regular, 8, end))
                pages[-1].footnotes.append(f"{note_no} {para.footnote}")
                note_room += 2 * 12 + 8
    total = len(pages)
    c = canvas.Canvas(str(path), pagesize=A4)
    for n, page in enumerate(pages, start=1):
        furnished = n > 1 or not first_page_plain
        if furnished and number:
            c.setFont(regular, 10)
            c.drawString(left, height - 40, number)
        if furnished and running_title:
            c.setFont(regular, 10)
            c.drawRightString(right, height - 40, running_title)
        if top_page_number and n > 1:
            c.setFont(regular, 12)
            c.drawCentredString(width / 2, height - 28, f"- {n} -")
        for entry in page.lines:
            if entry[0] == "mark":
                _, y, mark, font, msize, end = entry
                c.setFont(font, msize)
                c.drawString(end + 1, y + 5, mark)
                continue
            x, y, text, font, fsize, justify = entry
            c.setFont(font, fsize)
            if justify and " " in text:
                words = text.split(" ")
                widths = [stringWidth(w, font, fsize) for w in words]
                gap = (justify - x - sum(widths)) / (len(words) - 1)
                for word, w in zip(words, widths):
                    c.drawString(x, y, word)
                    x += w + gap
            else:
                c.drawString(x, y, text)
        if page.footnotes:
            y = bottom + 12 * 2 * len(page.footnotes) + 4
            c.line(left, y + 10, left + 140, y + 10)
            for note in page.footnotes:
                mark, text_of_note = note.split(" ", 1)
                if not raised_marks:
                    text_of_note = note
                for k, (x, text, justify) in enumerate(
                        _wrap(text_of_note, left + 14, left, right, regular, 10)):
                    if k == 0 and raised_marks:
                        c.setFont(regular, 7)
                        c.drawString(x - 6, y + 4, mark)
                    c.setFont(regular, 10)
                    c.drawString(x, y, text)
                    y -= 12
        if footer:
            c.setFont(regular, 10)
            c.drawCentredString(width / 2, 35, footer.format(n=n, total=total))
        c.showPage()
    c.save()
    return path


def story_pdf(path: Path, items: list, *, number: str | None = "Số: 45/KH-UBND",
              footer: str | None = "Trang {n}") -> Path:
    """A plan laid out by reportlab's platypus, with a running header (the plan's number)
    and a footer on every page after the first. ``items``: ``("c", text)`` a centred bold
    title, ``("i", text)`` a centred line in the regular type, ``("h", text)`` a bold
    heading, ``("p", text)`` a justified paragraph with a
    first-line indent, ``("t", rows, widths, spans, borders)`` a table (the first row is
    its header, repeated on each page; ``spans``: (row, col0, col1) cells merged across),
    ``("side", left_lines, right_lines)`` two blocks side by side (header block, signature),
    ``("break",)`` a page break."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    regular, bold = _fonts()
    body = ParagraphStyle("b", fontName=regular, fontSize=13, leading=18, firstLineIndent=28,
                          alignment=TA_JUSTIFY, spaceAfter=3)
    heading = ParagraphStyle("h", fontName=bold, fontSize=13, leading=18, spaceAfter=3)
    title = ParagraphStyle("c", fontName=bold, fontSize=13, leading=18, alignment=1)
    note = ParagraphStyle("i", fontName=regular, fontSize=13, leading=18, alignment=1)
    cell = ParagraphStyle("cell", fontName=regular, fontSize=11, leading=13)
    head_cell = ParagraphStyle("hc", fontName=bold, fontSize=11, leading=13, alignment=1)
    side = ParagraphStyle("s", fontName=regular, fontSize=12, leading=15)
    side_bold = ParagraphStyle("sb", fontName=bold, fontSize=12, leading=15, alignment=1)

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>")

    story = []
    for item in items:
        kind = item[0]
        if kind == "c":
            story.append(Paragraph(esc(item[1]), title))
        elif kind == "i":
            story.append(Paragraph(esc(item[1]), note))
        elif kind == "h":
            story.append(Paragraph(esc(item[1]), heading))
        elif kind == "p":
            story.append(Paragraph(esc(item[1]), body))
        elif kind == "break":
            story.append(PageBreak())
        elif kind == "side":
            left = Paragraph("<br/>".join(esc(t) for t in item[1]), side)
            right = Paragraph("<br/>".join(esc(t) for t in item[2]), side_bold)
            story.append(Table([[left, right]], colWidths=[220, 250]))
        elif kind == "t":
            rows, widths, spans, borders = item[1], item[2], item[3], item[4]
            data = [[Paragraph(esc(str(v)), head_cell if r == 0 else cell) if v != "" else ""
                     for v in row] for r, row in enumerate(rows)]
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if borders:
                style.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
            style += [("SPAN", (c0, r), (c1, r)) for r, c0, c1 in spans]
            table = Table(data, colWidths=widths, repeatRows=1)
            table.setStyle(TableStyle(style))
            story.append(table)

    def furnish(canvas, doc):
        if doc.page == 1:
            return
        canvas.setFont(regular, 10)
        if number:
            canvas.drawString(85, A4[1] - 40, number)
        if footer:
            canvas.drawCentredString(A4[0] / 2, 30, footer.format(n=doc.page))

    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=85, rightMargin=60, topMargin=70,
                      bottomMargin=60).build(story, onFirstPage=furnish, onLaterPages=furnish)
    return path
