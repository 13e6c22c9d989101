"""Lay an ``AdminDocument`` out as a .docx by the ND30 rules (``nd30-layout.md``).

python-docx supplies the package (parts, relationships, saving); the content itself is
written as WordprocessingML text and parsed once with lxml. Building XML text is linear in
the size of the document — python-docx's ``table.add_row()`` is quadratic, a 3,000-row
appendix took 6 s — and it lets the writer put every element in schema order, which Word
checks before it opens a file without a repair prompt.

Layout summary (all numbers come from ``layout``):

* A4 portrait, margins 20/20/30/15 mm; Times New Roman on all four font slots of the
  document defaults, the Normal style and every run; language vi-VN; a minimal style sheet
  with no theme fonts; body 14 pt justified, first line 1.27 cm, 6 pt before.
* Page 1 header: a borderless two-column table (65 / 100 mm). Row 1: issuing body / national
  title and motto, each with its rule (a paragraph bottom border centred by indents). Row 2:
  number (and a công văn's ``V/v``) / the italic place-date line, so they share a baseline.
* Page numbers: a PAGE field centred in the page header, none on the first page of the
  document or of an appendix (``titlePg``); each appendix is its own section (landscape by
  default) numbered from 1.
* Closing: a borderless two-column table — Nơi nhận / authority, gap, name; the last body
  paragraph keeps with it and its row cannot split.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import uuid
from functools import lru_cache
from typing import IO, Iterable
from xml.sax.saxutils import escape

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.parser import parse_xml
from docx.parts.hdrftr import HeaderPart

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
    recipient_lines,
    with_closing_mark,
)

__all__ = ["write_docx", "build_docx"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'

FONT = L.FONT_NAME
_RFONTS = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"/>'
_LANG = f'<w:lang w:val="{L.LANGUAGE}" w:eastAsia="{L.LANGUAGE}" w:bidi="ar-SA"/>'

_JC = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right", Align.JUSTIFY: "both"}

_BODY_LINE = round(240 * L.LINE_SPACING)  # w:line in 240ths of a line
_BODY_BEFORE = L.PARAGRAPH_SPACING_PT * 20
_CELL_PAD = 85  # twips (1.5 mm) left/right padding in bordered tables


def twips(mm: float) -> int:
    """Millimetres → twentieths of a point."""
    return round(mm * 1440 / 25.4)


def _hp(pt: float) -> int:
    """Points → half-points (w:sz)."""
    return round(pt * 2)


# --- public API ----------------------------------------------------------------------------


def write_docx(doc: AdminDocument, path: str | os.PathLike | IO[bytes]) -> None:
    """Write ``doc`` as a .docx to ``path`` (a file name or a binary stream).

    A file is written next to its destination and moved into place, so a failure never
    leaves a half-written document behind.
    """
    document = build_docx(doc)
    if hasattr(path, "write"):
        document.save(path)
        return
    target = os.path.abspath(os.fspath(path))
    tmp = os.path.join(os.path.dirname(target), f".{os.path.basename(target)}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "xb") as stream:  # plain open: the file mode follows the umask
            document.save(stream)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def build_docx(doc: AdminDocument) -> DocxDocument:
    """The python-docx ``Document`` for ``doc`` (not saved)."""
    document = docx.Document()
    _clean_package(document, doc)
    header_ids = _add_page_number_headers(document)
    body_xml = _BodyBuilder(doc, header_ids).build()
    # Parse the whole w:document at once: moving thousands of parsed elements into the
    # template's tree is quadratic in lxml, a fresh root is linear.
    root = parse_xml(f"<w:document {_NSDECL}><w:body>{body_xml}</w:body></w:document>")
    part = document.part
    part._element = root
    return DocxDocument(root, part)


# --- package: styles, fonts, settings, properties ------------------------------------------


def _styles_xml() -> str:
    body_ppr = (
        f'<w:pPr><w:spacing w:before="{_BODY_BEFORE}" w:after="0" w:line="{_BODY_LINE}" '
        f'w:lineRule="auto"/><w:ind w:firstLine="{twips(L.FIRST_LINE_INDENT_MM)}"/>'
        '<w:jc w:val="both"/></w:pPr>'
    )
    size = _hp(L.BODY_PT)
    rpr = f'<w:rPr>{_RFONTS}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>{_LANG}</w:rPr>'
    plain_ppr = (
        '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        '<w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
    )
    return (
        "<w:docDefaults>"
        f"<w:rPrDefault>{rpr}</w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        "</w:pPr></w:pPrDefault>"
        "</w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
        f'<w:name w:val="Normal"/><w:qFormat/>{body_ppr}{rpr}</w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        '<w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>'
        '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList">'
        '<w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
        f'<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>{plain_ppr}'
        "</w:style>"
        '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
        f'<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>{plain_ppr}'
        "</w:style>"
    )


_FONT_TABLE = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    f'<w:fonts xmlns:w="{W_NS}">'
    f'<w:font w:name="{FONT}"><w:panose1 w:val="02020603050405020304"/>'
    '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>'
    '<w:sig w:usb0="E0002EFF" w:usb1="C000785B" w:usb2="00000009" w:usb3="00000000" '
    'w:csb0="000001FF" w:csb1="00000000"/></w:font>'
    '<w:font w:name="Symbol"><w:panose1 w:val="05050102010706020507"/>'
    '<w:charset w:val="02"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    "</w:fonts>"
).encode("utf-8")

# Parts of python-docx's default template a generated document does not use.
_UNUSED_RELS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    RT.NUMBERING,
    RT.CUSTOM_XML,
)


def _clean_package(document, doc: AdminDocument) -> None:
    """Strip python-docx's template of theme fonts, Calibri/Cambria and unused parts."""
    part = document.part
    package = part.package
    for rid, rel in list(part.rels.items()):
        if rel.reltype in _UNUSED_RELS:
            part.rels.pop(rid)
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rid)

    # Styles: replace the whole sheet (438 kB, Calibri/Cambria theme fonts) with a minimal one.
    styles = document.styles.element
    for child in list(styles):
        styles.remove(child)
    styles.extend(list(parse_xml(f"<w:styles {_NSDECL}>{_styles_xml()}</w:styles>")))

    # Settings: Vietnamese theme-font language, no math font (Cambria Math).
    settings = document.settings.element
    for child in list(settings):
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "mathPr":
            settings.remove(child)
        elif tag == "themeFontLang":
            for attr in list(child.attrib):
                del child.attrib[attr]
            child.set(f"{{{W_NS}}}val", L.LANGUAGE)

    for other in package.iter_parts():
        name = str(other.partname)
        if name == "/word/fontTable.xml":
            other._blob = _FONT_TABLE
        elif name.startswith("/word/theme/"):
            blob = other.blob.decode("utf-8")
            for font in ("Calibri", "Cambria"):
                blob = blob.replace(f'typeface="{font}"', f'typeface="{FONT}"')
            other._blob = blob.encode("utf-8")
        elif name == "/docProps/app.xml":
            blob = other.blob.decode("utf-8")
            blob = blob.replace("Microsoft Macintosh Word", "dxdesk")
            other._blob = blob.encode("utf-8")

    props = document.core_properties
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    props.title = doc.title_text
    props.subject = ""
    props.author = " ".join(doc.header.issuer_lines)
    props.last_modified_by = "dxdesk"
    props.comments = ""
    props.keywords = ""
    props.category = doc.type_name or "Công văn"
    props.language = L.LANGUAGE
    props.created = now
    props.modified = now
    props.revision = 1


def _add_page_number_headers(document) -> tuple[str, str]:
    """Create the page-number header and the empty first-page header; return their rIds."""
    part = document.part
    ids = []
    for content in (_page_number_paragraph(), _empty_paragraph(L.PAGE_NUMBER_PT)):
        header = HeaderPart.new(part.package)
        rid = part.relate_to(header, RT.HEADER)
        element = header.element
        for child in list(element):
            element.remove(child)
        element.extend(list(parse_xml(f"<w:hdr {_NSDECL}>{content}</w:hdr>")))
        ids.append(rid)
    return ids[0], ids[1]


def _page_number_paragraph() -> str:
    rpr = _rpr(L.PAGE_NUMBER_PT)
    ppr = _ppr(align="center")
    return (
        f"<w:p>{ppr}"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{rpr}<w:t>2</w:t></w:r>"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
        "</w:p>"
    )


# --- XML text helpers ----------------------------------------------------------------------

# Characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _esc(text: str) -> str:
    return escape(_XML_INVALID.sub("", text))


@lru_cache(maxsize=None)
def _rpr(size: float, bold: bool = False, italic: bool = False) -> str:
    hs = _hp(size)
    return (
        f"<w:rPr>{_RFONTS}"
        f"{'<w:b/><w:bCs/>' if bold else ''}{'<w:i/><w:iCs/>' if italic else ''}"
        f'<w:sz w:val="{hs}"/><w:szCs w:val="{hs}"/></w:rPr>'
    )


def _text(text: str) -> str:
    out = []
    for k, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        if k:
            out.append("<w:br/>")
        for j, chunk in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if chunk:
                out.append(f'<w:t xml:space="preserve">{_esc(chunk)}</w:t>')
    return "".join(out)


def _run(text: str, size: float, bold: bool = False, italic: bool = False) -> str:
    if not text:
        return ""
    return f"<w:r>{_rpr(size, bold, italic)}{_text(text)}</w:r>"


@lru_cache(maxsize=None)
def _ppr(
    *,
    align: str = "both",
    first_line: int = 0,
    left: int = 0,
    right: int = 0,
    hanging: int = 0,
    before: int = 0,
    after: int = 0,
    line: int = 240,
    line_rule: str = "auto",
    keep_next: bool = False,
    keep_lines: bool = False,
    rule: bool = False,
    outline: int | None = None,
    mark_size: float | None = None,
    sect: str = "",
) -> str:
    """A w:pPr with its children in schema order."""
    parts = ["<w:pPr>"]
    if keep_next:
        parts.append("<w:keepNext/>")
    if keep_lines:
        parts.append("<w:keepLines/>")
    if rule:
        weight = round(L.RULE_WEIGHT_PT * 8)
        parts.append(
            f'<w:pBdr><w:bottom w:val="single" w:sz="{weight}" w:space="1" w:color="auto"/></w:pBdr>'
        )
    parts.append(f'<w:spacing w:before="{before}" w:after="{after}" w:line="{line}" w:lineRule="{line_rule}"/>')
    ind = f'<w:ind w:left="{left}" w:right="{right}"'
    if hanging:
        ind += f' w:hanging="{hanging}"/>'
    else:
        ind += f' w:firstLine="{first_line}"/>'
    parts.append(ind)
    parts.append(f'<w:jc w:val="{align}"/>')
    if outline is not None:
        parts.append(f'<w:outlineLvl w:val="{outline}"/>')
    if mark_size is not None:
        hs = _hp(mark_size)
        parts.append(f'<w:rPr>{_RFONTS}<w:sz w:val="{hs}"/><w:szCs w:val="{hs}"/></w:rPr>')
    if sect:
        parts.append(sect)
    parts.append("</w:pPr>")
    return "".join(parts)


def _para(runs: str, **ppr) -> str:
    return f"<w:p>{_ppr(**ppr)}{runs}</w:p>"


def _empty_paragraph(size: float, **ppr) -> str:
    ppr.setdefault("align", "center")
    return f"<w:p>{_ppr(mark_size=size, **ppr)}</w:p>"


def _rule(container_mm: float, length_mm: float, *, before: int = 0) -> str:
    """A short centred rule: an empty paragraph's bottom border, its length set by indents."""
    side = twips(max(0.0, (container_mm - length_mm) / 2))
    return (
        f"<w:p>{_ppr(align='center', left=side, right=side, before=before, line=60, line_rule='exact', rule=True, mark_size=2)}"
        "</w:p>"
    )


def _centered(text: str, size: float, *, bold=False, italic=False, before=0, keep_next=False) -> str:
    return _para(_run(text, size, bold, italic), align="center", before=before, keep_next=keep_next)


# --- tables --------------------------------------------------------------------------------


def _tbl_pr(width: int, *, borders: bool, pad: int) -> str:
    if borders:
        edge = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    else:
        edge = '<w:{0} w:val="nil"/>'
    bdr = "".join(edge.format(e) for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (
        f'<w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:jc w:val="center"/>'
        f'<w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>{bdr}</w:tblBorders>'
        '<w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="{pad}" w:type="dxa"/>'
        f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
        'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
    )


def _grid(widths: list[int]) -> str:
    return "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"


def _scale(widths: Iterable[float], total: int) -> list[int]:
    widths = list(widths)
    s = sum(widths)
    out = [int(w / s * total) for w in widths]
    out[-1] += total - sum(out)
    return out


def _tc(width: int, content: str, *, span: int = 1, vmerge: str | None = None, valign: str = "top") -> str:
    pr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    if valign != "top":
        pr += f'<w:vAlign w:val="{valign}"/>'
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>"


def _table_xml(table: Table, text_width_mm: float) -> str:
    """A bordered data table; built as text, row by row, in linear time."""
    n = len(table.columns)
    widths = _scale((c.width for c in table.columns), twips(text_width_mm))
    size = table.font_size
    cell_para = dict(before=30, after=30, line=240)
    out = [f"<w:tbl>{_tbl_pr(sum(widths), borders=True, pad=_CELL_PAD)}{_grid(widths)}"]

    # Header rows: bold, centred, repeated on every page, never split.
    headers = table.headers
    starts = []  # grid positions of each header cell
    for header in headers:
        pos, row_starts = 0, []
        for cell in header:
            row_starts.append(pos)
            pos += cell.span
        starts.append(row_starts)
    bold_rpr = _rpr(size, True)
    head_ppr = _ppr(align="center", keep_next=True, **cell_para)
    for r, header in enumerate(headers):
        cells = []
        below = {}
        if r + 1 < len(headers):
            below = {p: c for p, c in zip(starts[r + 1], headers[r + 1])}
        for cell, pos in zip(header, starts[r]):
            width = sum(widths[pos:pos + cell.span])
            if cell.text is None:
                vmerge = "continue"
                content = f"<w:p>{head_ppr}</w:p>"
            else:
                nxt = below.get(pos)
                vmerge = "restart" if nxt is not None and nxt.text is None else None
                content = "".join(
                    f"<w:p>{head_ppr}<w:r>{bold_rpr}{_text(line)}</w:r></w:p>" for line in cell.text.split("\n")
                )
            cells.append(_tc(width, content, span=cell.span, vmerge=vmerge, valign="center"))
        out.append(f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{''.join(cells)}</w:tr>")

    # Data rows: one prebuilt opening per column, text escaped per cell.
    rpr_plain, rpr_bold = _rpr(size), bold_rpr
    col_ppr = [_ppr(align=_JC[c.align], **cell_para) for c in table.columns]
    col_open = [f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>' for w in widths]
    row_open = "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
    group_ppr = _ppr(align="left", keep_next=True, **cell_para)
    group_label_ppr = _ppr(align="center", keep_next=True, **cell_para)
    for row in table.rows:
        if isinstance(row, Row):
            rpr = rpr_bold if row.bold else rpr_plain
            parts = [row_open]
            for k in range(n):
                parts.append(col_open[k])
                ppr = col_ppr[k]
                for line in row.cells[k].split("\n"):
                    if line:
                        parts.append(f"<w:p>{ppr}<w:r>{rpr}{_text(line)}</w:r></w:p>")
                    else:
                        parts.append(f"<w:p>{ppr}</w:p>")
                parts.append("</w:tc>")
            parts.append("</w:tr>")
            out.append("".join(parts))
        else:  # GroupRow
            text = f"<w:p>{group_ppr}<w:r>{rpr_bold}{_text(row.text)}</w:r></w:p>"
            if row.label is not None and n > 1:
                label = f"<w:p>{group_label_ppr}<w:r>{rpr_bold}{_text(row.label)}</w:r></w:p>"
                cells = _tc(widths[0], label) + _tc(sum(widths[1:]), text, span=n - 1)
            else:
                cells = _tc(sum(widths), text, span=n)
            out.append(f"{row_open}{cells}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


# --- the body ------------------------------------------------------------------------------


class _BodyBuilder:
    """Turns one AdminDocument into the children of w:body, as XML text."""

    def __init__(self, doc: AdminDocument, header_ids: tuple[str, str]):
        self.doc = doc
        self.header_ids = header_ids
        self.out: list[str] = []

    def build(self) -> str:
        doc = self.doc
        self.header_table()
        if doc.is_letter:
            self.addressees(before=360)
        else:
            self.title()
            if doc.addressees:
                self.addressees(before=240)
        self.bases()
        self.body()
        self.closing_table()
        page = self.sect_pr(L.PORTRAIT, restart=False)
        if not doc.appendices:
            self.out.append(_empty_paragraph(1, line=20, line_rule="exact"))
            self.out.append(page)
            return "".join(self.out)
        self.out.append(_empty_paragraph(1, line=20, line_rule="exact", sect=page))
        for k, appendix in enumerate(doc.appendices):
            geometry = L.LANDSCAPE if appendix.landscape else L.PORTRAIT
            self.appendix(appendix, geometry)
            sect = self.sect_pr(geometry, restart=True)
            if k == len(doc.appendices) - 1:
                self.out.append(_empty_paragraph(1, line=20, line_rule="exact"))
                self.out.append(sect)
            else:
                self.out.append(_empty_paragraph(1, line=20, line_rule="exact", sect=sect))
        return "".join(self.out)

    # sections
    def sect_pr(self, g: L.PageGeometry, *, restart: bool) -> str:
        default, first = self.header_ids
        w, h = twips(g.width), twips(g.height)
        orient = ' w:orient="landscape"' if g.landscape else ""
        start = ' w:start="1"' if restart else ""
        return (
            "<w:sectPr>"
            f'<w:headerReference w:type="default" r:id="{default}"/>'
            f'<w:headerReference w:type="first" r:id="{first}"/>'
            '<w:type w:val="nextPage"/>'
            f'<w:pgSz w:w="{w}" w:h="{h}"{orient}/>'
            f'<w:pgMar w:top="{twips(g.top)}" w:right="{twips(g.right)}" '
            f'w:bottom="{twips(g.bottom)}" w:left="{twips(g.left)}" '
            f'w:header="{twips(L.HEADER_DISTANCE_MM)}" w:footer="{twips(L.HEADER_DISTANCE_MM)}" w:gutter="0"/>'
            f'<w:pgNumType w:fmt="decimal"{start}/>'
            '<w:cols w:space="720"/>'
            "<w:titlePg/>"
            '<w:docGrid w:linePitch="360"/>'
            "</w:sectPr>"
        )

    # page 1
    def header_table(self) -> None:
        h = self.doc.header
        lw, rw = twips(L.HEADER_LEFT_MM), twips(L.HEADER_RIGHT_MM)
        left = [_centered(t, L.ISSUER_PT) for t in h.parent_lines]
        left += [_centered(t, L.ISSUER_PT, bold=True) for t in h.issuer_lines]
        left.append(_rule(L.HEADER_LEFT_MM, L.issuer_rule_mm(h.issuer_lines)))
        right = [
            _centered(L.NATIONAL_TITLE, L.national_title_pt(), bold=True),
            _centered(L.MOTTO, L.MOTTO_PT, bold=True),
            _rule(L.HEADER_RIGHT_MM, L.motto_rule_mm()),
        ]
        number = [_centered(h.number_line, L.NUMBER_PT, before=120)]
        if self.doc.is_letter:
            number += [_centered(t, L.LETTER_SUMMARY_PT, before=60 if k == 0 else 0)
                       for k, t in enumerate(letter_summary_lines(self.doc.summary))]
        date = [_centered(h.date_line, L.DATE_PT, italic=True, before=120)]
        row = "<w:tr><w:trPr><w:cantSplit/></w:trPr>{}</w:tr>"
        self.out.append(
            f"<w:tbl>{_tbl_pr(lw + rw, borders=False, pad=0)}{_grid([lw, rw])}"
            + row.format(_tc(lw, "".join(left)) + _tc(rw, "".join(right)))
            + row.format(_tc(lw, "".join(number)) + _tc(rw, "".join(date)))
            + "</w:tbl>"
        )

    def title(self) -> None:
        doc = self.doc
        if doc.type_name:
            self.out.append(_centered(doc.type_name, L.TYPE_NAME_PT, bold=True, before=360, keep_next=True))
        for k, line in enumerate(doc.summary):
            self.out.append(_centered(line, L.SUMMARY_PT, bold=True, keep_next=True,
                                      before=0 if doc.type_name or k else 360))
        lines = list(doc.summary) or ([doc.type_name] if doc.type_name else [])
        if lines:
            self.out.append(_rule(L.PORTRAIT.text_width, L.title_rule_mm(lines, L.SUMMARY_PT, L.PORTRAIT.text_width)))

    def addressees(self, *, before: int) -> None:
        items = self.doc.addressees
        if not items:
            return
        label = L.ADDRESSEES_LABEL
        start = twips(L.ADDRESSEES_INDENT_MM)
        label_w = twips(L.text_width_mm(label + " ", L.BODY_PT))
        lines = addressee_lines(items)
        if len(items) == 1:
            runs = _run(label + " ", L.BODY_PT) + _run(lines[0], L.BODY_PT)
            self.out.append(_para(runs, align="left", left=start + label_w, hanging=label_w,
                                  before=before, line=_BODY_LINE))
            return
        self.out.append(_para(_run(label, L.BODY_PT), align="left", left=start, before=before,
                              line=_BODY_LINE, keep_next=True))
        dash = twips(L.text_width_mm("- ", L.BODY_PT))
        for line in lines:
            self.out.append(_para(_run(line, L.BODY_PT), align="left", left=start + label_w + dash,
                                  hanging=dash, line=_BODY_LINE))

    def bases(self) -> None:
        lines = basis_lines(self.doc.bases)
        for k, line in enumerate(lines):
            self.out.append(self.body_para(_run(line, L.BODY_PT, italic=True),
                                           before=240 if k == 0 else _BODY_BEFORE))

    # body
    @staticmethod
    def body_para(runs: str, *, before: int = _BODY_BEFORE, keep_next: bool = False,
                  align: str = "both", indent: bool = True, outline: int | None = None) -> str:
        return _para(runs, align=align, first_line=twips(L.FIRST_LINE_INDENT_MM) if indent else 0,
                     before=before, line=_BODY_LINE, keep_next=keep_next, outline=outline)

    def body(self) -> None:
        doc = self.doc
        blocks: list[Block] = [*doc.intro, *doc.blocks]
        last = len(blocks) - 1
        ends_with_text = bool(blocks) and isinstance(blocks[-1], (Paragraph, Bullet))
        first_before = 240
        for k, block in enumerate(blocks):
            is_last = k == last and ends_with_text
            mark = is_last and doc.closing_mark
            before = first_before if k == 0 else _BODY_BEFORE
            self.block(block, L.PORTRAIT.text_width, before=before, closing=mark, keep_next=is_last)
        if doc.closing_mark and not ends_with_text:
            self.out.append(self.body_para(_run(L.CLOSING_MARK, L.BODY_PT), keep_next=True))

    def block(self, block: Block, text_width: float, *, before: int = _BODY_BEFORE,
              closing: bool = False, keep_next: bool = False) -> None:
        if isinstance(block, Heading):
            runs = _run(block.display_text, L.BODY_PT, block.is_bold, block.is_italic)
            self.out.append(self.body_para(runs, before=before, keep_next=True, outline=block.level - 1))
        elif isinstance(block, Paragraph):
            spans = list(block.spans)
            if closing and spans:
                spans[-1] = Span(with_closing_mark(spans[-1].text), spans[-1].bold, spans[-1].italic)
            runs = "".join(_run(s.text, L.BODY_PT, s.bold or block.bold, s.italic or block.italic) for s in spans)
            self.out.append(self.body_para(runs, before=before, keep_next=keep_next,
                                           align=_JC[block.align], indent=block.first_line_indent))
        elif isinstance(block, Bullet):
            text = with_closing_mark(block.display_text) if closing else block.display_text
            self.out.append(self.body_para(_run(text, L.BODY_PT), before=before, keep_next=keep_next))
        elif isinstance(block, Table):
            self.out.append(_table_xml(block, text_width))
            # keeps two tables apart (Word merges adjacent tables) and spaces the text after
            self.out.append(_empty_paragraph(6, line=120, line_rule="exact"))
        else:  # pragma: no cover - the model rejects other blocks
            raise TypeError(f"unknown block {block!r}")

    # closing
    def closing_table(self) -> None:
        doc = self.doc
        if not doc.recipients and doc.signer is None:
            return
        lw, rw = twips(L.HEADER_LEFT_MM), twips(L.HEADER_RIGHT_MM)
        left = []
        if doc.recipients:
            left.append(_para(_run(L.RECIPIENTS_LABEL, L.RECIPIENTS_LABEL_PT, True, True),
                              align="left", before=240))
            dash = twips(L.text_width_mm("- ", L.RECIPIENTS_ITEM_PT))
            for line in recipient_lines(doc.recipients):
                left.append(_para(_run(line, L.RECIPIENTS_ITEM_PT), align="left", left=dash, hanging=dash))
        else:
            left.append(_empty_paragraph(L.RECIPIENTS_ITEM_PT))
        right = []
        if doc.signer is not None:
            s = doc.signer
            for k, line in enumerate(s.authority_lines):
                right.append(_centered(line.upper(), L.SIGNER_PT, bold=True, before=240 if k == 0 else 0))
            right += [_empty_paragraph(L.SIGNER_PT)] * s.gap_lines
            right.append(_centered(s.name, L.SIGNER_PT, bold=True) if s.name else _empty_paragraph(L.SIGNER_PT))
        else:
            right.append(_empty_paragraph(L.SIGNER_PT))
        self.out.append(
            f"<w:tbl>{_tbl_pr(lw + rw, borders=False, pad=0)}{_grid([lw, rw])}"
            f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{_tc(lw, ''.join(left))}{_tc(rw, ''.join(right))}</w:tr>"
            "</w:tbl>"
        )

    # appendices
    def appendix(self, appendix: Appendix, g: L.PageGeometry) -> None:
        width = g.text_width
        self.out.append(_centered(appendix.label, L.APPENDIX_LABEL_PT, bold=True, keep_next=True))
        self.out.append(_centered(appendix.display_title, L.APPENDIX_TITLE_PT, bold=True, keep_next=True))
        reference = appendix.display_reference
        if reference:
            self.out.append(_centered(reference, L.APPENDIX_REFERENCE_PT, italic=True, keep_next=True))
        self.out.append(_rule(width, L.title_rule_mm([appendix.display_title], L.APPENDIX_TITLE_PT, width)))
        for k, block in enumerate(appendix.blocks):
            if k == 0 and isinstance(block, Table):
                self.out.append(_empty_paragraph(6, line=160, line_rule="exact"))
            self.block(block, width)
