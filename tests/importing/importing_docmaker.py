"""Small test documents for the importer tests: .docx (python-docx), .xlsx (openpyxl),
.pdf (reportlab) and text files, built from a few lines of Python each.

A document is described as a list of paragraphs; a paragraph is a string or a
``P(text, bold=..., italic=..., center=..., font=..., num=(num_id, level), style=...)``.
Tables are ``T(rows, borders=...)``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEEDS = SHARED / "seeds"

_FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
    "C:/Windows/Fonts/times.ttf",
    "/Library/Fonts/Times New Roman.ttf",
)


def vietnamese_ttf() -> str | None:
    """A TrueType font with Vietnamese letters on this machine, or None."""
    for candidate in _FONT_CANDIDATES:
        if Path(candidate).exists():
            return candidate
    return None


@dataclass
class P:
    text: str
    bold: bool = False
    italic: bool = False
    center: bool = False
    font: str | None = None
    num: tuple[int, int] | None = None
    style: str | None = None
    runs: list[tuple[str, dict]] = field(default_factory=list)


@dataclass
class T:
    rows: list[list[object]]
    borders: bool = True
    bold_rows: tuple[int, ...] = ()
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1


def header_block(issuer=("ỦY BAN NHÂN DÂN", "HUYỆN AN LÃO"), number="Số: 12/KH-UBND",
                 place="An Lão, ngày 10 tháng 01 năm 2024") -> T:
    left = list(issuer) + [number]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", place]
    return T([["\n".join(left), "\n".join(right)]], borders=False)


def closing_block(recipients=("Sở Thông tin và Truyền thông", "Lưu: VT, VHTT"),
                  lines=("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), name="Nguyễn Văn An") -> T:
    items = ["Nơi nhận:"] + [f"- {r};" for r in recipients[:-1]] + [f"- {recipients[-1]}."]
    right = list(lines) + ["", "", name]
    return T([["\n".join(items), "\n".join(right)]], borders=False)


# ----------------------------------------------------------------------------- docx

def _numbering(document, levels_by_id: dict[int, list[tuple[str, str]]]) -> None:
    """Add numbering definitions: num id → [(numFmt, lvlText) per level], or → the num id
    whose definition it shares."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    part = document.part.numbering_part
    root = part.element
    for num_id, levels in levels_by_id.items():
        if isinstance(levels, int):  # another instance of an existing list: it goes on
            num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId '
                            f'w:val="{100 + levels}"/></w:num>')
            root.append(num)
            continue
        abstract_id = 100 + num_id
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(levels))
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
                             f'{lvls}</w:abstractNum>')
        num = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId '
                        f'w:val="{abstract_id}"/></w:num>')
        first_num = root.find(num.tag)
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            root.append(abstract)
        root.append(num)


def _set_num(paragraph, num_id: int, level: int) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/>'
                         f'<w:numId w:val="{num_id}"/></w:numPr>'))


def _run(paragraph, text: str, bold=False, italic=False, font=None):
    from docx.oxml.ns import qn

    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    if font:
        run.font.name = font
        rfonts = run._r.get_or_add_rPr().find(qn("w:rFonts"))
        if rfonts is not None:
            rfonts.set(qn("w:hAnsi"), font)
    return run


def _fill_cell(cell, text: str, bold: bool) -> None:
    lines = str(text).split("\n") if text is not None else [""]
    cell.paragraphs[0].text = ""
    first = True
    for line in lines:
        paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if line:
            _run(paragraph, line, bold=bold)


def _borderless(table) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{side} w:val="nil"/>' for side in
            ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def make_docx(path: Path, blocks: list, numbering: dict | None = None) -> Path:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    if numbering:
        _numbering(document, numbering)
    for block in blocks:
        if isinstance(block, T):
            rows = len(block.rows)
            cols = max(len(r) for r in block.rows)
            table = document.add_table(rows=rows, cols=cols)
            if block.borders:
                table.style = "Table Grid"
            else:
                _borderless(table)
            for r, row in enumerate(block.rows):
                for c, value in enumerate(row):
                    _fill_cell(table.cell(r, c), value, r in block.bold_rows)
            for r0, c0, r1, c1 in block.merges:
                merged = table.cell(r0, c0).merge(table.cell(r1, c1))
                keep = block.rows[r0][c0]
                _fill_cell(merged, keep, r0 in block.bold_rows)
            continue
        p = block if isinstance(block, P) else P(block)
        paragraph = document.add_paragraph(style=p.style) if p.style else document.add_paragraph()
        if p.center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if p.num:
            _set_num(paragraph, *p.num)
        if p.runs:
            for text, options in p.runs:
                _run(paragraph, text, **options)
        else:
            _run(paragraph, p.text, bold=p.bold, italic=p.italic, font=p.font)
    document.save(str(path))
    return path


# ----------------------------------------------------------------------------- xlsx

def make_xlsx(path: Path, rows: list[list[object]], *, bold_rows=(), fonts: dict | None = None,
              sheet_title: str = "Nhiệm vụ", extra_sheets: dict | None = None) -> Path:
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            name = (fonts or {}).get((r - 1, c - 1))
            if name or (r - 1) in bold_rows:
                cell.font = Font(name=name or "Times New Roman", bold=(r - 1) in bold_rows)
    for title, extra in (extra_sheets or {}).items():
        ws = workbook.create_sheet(title)
        for row in extra:
            ws.append(row)
    workbook.save(str(path))
    return path


# ----------------------------------------------------------------------------- pdf

@dataclass
class L:
    """A PDF line: text drawn at (x, y) with a size; bold uses the bold face."""

    text: str
    x: float = 85.0
    size: float = 13.0
    bold: bool = False
    center: bool = False
    justify_to: float | None = None  # stretch the line to end at this x (justified text)
    page_break: bool = False
    wrap_to: float | None = None  # a whole paragraph: wrap it at this x, justified
    indent: float = 35.0  # first-line indent of a wrapped paragraph


def make_pdf(path: Path, lines: list, *, font_path: str | None = None, header: str | None = None,
             page_numbers: bool = True, line_height: float = 18.0) -> Path:
    """A PDF with a real text layer. ``lines`` are :class:`L` or strings; a page break
    comes when the page is full or at ``L(page_break=True)``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font_path = font_path or vietnamese_ttf()
    pdfmetrics.registerFont(TTFont("VN", font_path))
    bold_path = font_path.replace(".ttf", "-Bold.ttf").replace("-Regular-Bold", "-Bold")
    if Path(bold_path).exists():
        pdfmetrics.registerFont(TTFont("VNB", bold_path))
        bold_font = "VNB"
    else:
        bold_font = "VN"
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    page = 1
    y = height - 70

    def start_page():
        nonlocal y
        y = height - 70
        if header:
            c.setFont("VN", 10)
            c.drawCentredString(width / 2, height - 40, header)
        if page_numbers and page > 1:
            c.setFont("VN", 12)
            c.drawCentredString(width / 2, height - 28, str(page))

    start_page()
    expanded: list[L] = []
    for item in lines:
        ln = item if isinstance(item, L) else L(item)
        if ln.wrap_to is None:
            expanded.append(ln)
            continue
        font = bold_font if ln.bold else "VN"
        words = ln.text.split()
        x = ln.x + ln.indent
        current: list[str] = []
        for word in words:
            trial = " ".join(current + [word])
            if current and x + pdfmetrics.stringWidth(trial, font, ln.size) > ln.wrap_to:
                expanded.append(L(" ".join(current), x=x, size=ln.size, bold=ln.bold,
                                  justify_to=ln.wrap_to))
                current = [word]
                x = ln.x
            else:
                current.append(word)
        if current:
            expanded.append(L(" ".join(current), x=x, size=ln.size, bold=ln.bold))
    for ln in expanded:
        if ln.page_break or y < 70:
            c.showPage()
            page += 1
            start_page()
            if ln.page_break and not ln.text:
                continue
        font = bold_font if ln.bold else "VN"
        c.setFont(font, ln.size)
        if ln.center:
            c.drawCentredString(width / 2, y, ln.text)
        elif ln.justify_to and " " in ln.text:
            # Justified: each word placed on its own, as some PDF writers do.
            words = ln.text.split(" ")
            widths = [pdfmetrics.stringWidth(w, font, ln.size) for w in words]
            gap = (ln.justify_to - ln.x - sum(widths)) / (len(words) - 1)
            x = ln.x
            for word, w in zip(words, widths):
                c.drawString(x, y, word)
                x += w + gap
        else:
            c.drawString(ln.x, y, ln.text)
        y -= line_height
    c.save()
    return path


def wrap(text: str, width: int) -> list[str]:
    """Hard-wrap ``text`` at ``width`` characters, as a PDF to text conversion would."""
    words = text.split()
    lines, current = [], ""
    for word in words:
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines




# ----------------------------------------------------------------------------- a sample plan
# One district plan, rendered into every format by the functions below; the tests check
# that each rendering parses to the same outline, targets, tasks, recipients and signer.

SAMPLE_HEADER = ("ỦY BAN NHÂN DÂN", "HUYỆN AN LÃO", "Số: 05/KH-UBND",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "An Lão, ngày 10 tháng 01 năm 2024")
SAMPLE = [
    ("type", "KẾ HOẠCH"),
    ("title", "Chuyển đổi số huyện An Lão năm 2024"),
    ("text", "Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2024 của Ủy ban nhân dân tỉnh Bình Định "
             "về chuyển đổi số tỉnh Bình Định năm 2024; Ủy ban nhân dân huyện An Lão ban hành "
             "Kế hoạch chuyển đổi số năm 2024 như sau:"),
    ("h1", "I.", "MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1.", "Mục đích"),
    ("text", "Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan nhà nước trên địa bàn "
             "huyện, góp phần nâng cao chất lượng phục vụ người dân và doanh nghiệp."),
    ("h2", "2.", "Yêu cầu"),
    ("item", "-", "Bám sát nhiệm vụ được giao tại Kế hoạch của Ủy ban nhân dân tỉnh."),
    ("h1", "II.", "MỤC TIÊU"),
    ("h2", "1.", "Phát triển chính quyền số"),
    ("item", "-", "100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến "
                  "toàn trình trên Cổng Dịch vụ công quốc gia;"),
    ("item", "-", "Tỷ lệ hồ sơ giải quyết thủ tục hành chính trực tuyến đạt 10,5% tổng số hồ "
                  "sơ tiếp nhận;"),
    ("item", "-", "Có 1.250 tài khoản định danh điện tử mức độ 2 được kích hoạt;"),
    ("h2", "2.", "Phát triển kinh tế số"),
    ("item", "-", "Kinh tế số chiếm tỷ trọng 15-20% GRDP của huyện."),
    ("h2", "3.", "Định hướng đến năm 2025"),
    ("item", "-", "90% hộ gia đình có kết nối Internet cáp quang băng rộng."),
    ("h1", "III.", "NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("h2", "1.", "Nhận thức số"),
    ("h3", "a)", "Tuyên truyền"),
    ("item", "-", "Tổ chức tuyên truyền sâu rộng về chuyển đổi số trên hệ thống truyền thanh "
                  "cơ sở, Trang thông tin điện tử của huyện và mạng xã hội."),
    ("item", "-", "Xây dựng chuyên mục chuyển đổi số trên Trang thông tin điện tử huyện."),
    ("h3", "b)", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10."),
    ("h2", "2.", "Hạ tầng số"),
    ("item", "-", "Nâng cấp mạng nội bộ của các cơ quan, đơn vị thuộc huyện."),
    ("item", "+", "Hoàn thành trước quý III/2024."),
    ("item", "+", "Bảo đảm an toàn thông tin theo cấp độ."),
    ("item", "-", "Phủ sóng di động 4G đến 100% thôn, làng."),
    ("h2", "3.", "Dữ liệu số"),
    ("text", "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực, bảo đảm kết nối, "
             "chia sẻ dữ liệu với Cơ sở dữ liệu quốc gia về dân cư."),
    ("h1", "IV.", "KINH PHÍ THỰC HIỆN"),
    ("text", "Kinh phí thực hiện từ nguồn ngân sách huyện năm 2024 và các nguồn hợp pháp khác."),
    ("h1", "V.", "TỔ CHỨC THỰC HIỆN"),
    ("h2", "1.", "Phòng Văn hóa và Thông tin"),
    ("item", "-", "Chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế hoạch này."),
    ("text", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo "
             "cáo Ủy ban nhân dân huyện (qua Phòng Văn hóa và Thông tin) để xem xét, chỉ "
             "đạo./."),
]
SAMPLE_RECIPIENTS = ["Sở Thông tin và Truyền thông", "TT Huyện ủy, TT HĐND huyện",
                     "Các cơ quan, đơn vị thuộc huyện", "Lưu: VT, VHTT"]
SAMPLE_SIGNER = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
SAMPLE_NAME = "Trần Thị Bích Ngọc"

SAMPLE_EXPECTED = {
    "doc_type": "KẾ HOẠCH",
    "title": "Chuyển đổi số huyện An Lão năm 2024",
    "top_headings": ["MỤC ĐÍCH, YÊU CẦU", "MỤC TIÊU", "NHIỆM VỤ VÀ GIẢI PHÁP", "KINH PHÍ THỰC HIỆN",
                     "TỔ CHỨC THỰC HIỆN"],
    "kinds": ["objectives", "objectives", "tasks", "funding", "organization"],
    "targets": [("100% thủ tục hành chính đủ điều kiện", 100, "%", 2024),
                ("Tỷ lệ hồ sơ giải quyết thủ tục hành chính", 10.5, "%", 2024),
                ("Có 1.250 tài khoản định danh điện tử", 1250, "tài khoản", 2024),
                ("Kinh tế số chiếm tỷ trọng 15-20% GRDP", 15, "%", 2024),
                ("90% hộ gia đình có kết nối Internet", 90, "%", 2025)],
    "tasks": [("Tổ chức tuyên truyền sâu rộng về chuyển đổi số", "Tuyên truyền",
               ["III", "1", "a"]),
              ("Xây dựng chuyên mục chuyển đổi số", "Tuyên truyền", ["III", "1", "a"]),
              ("Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số", "Nhận thức số",
               ["III", "1"]),
              ("Hoàn thành trước quý III/2024.", "Hạ tầng số", ["III", "2"]),
              ("Bảo đảm an toàn thông tin theo cấp độ.", "Hạ tầng số", ["III", "2"]),
              ("Phủ sóng di động 4G đến 100% thôn, làng.", "Hạ tầng số", ["III", "2"]),
              ("Số hóa kết quả giải quyết thủ tục hành chính", "Dữ liệu số", ["III", "3"])],
    "recipients": SAMPLE_RECIPIENTS,
    "signer_lines": SAMPLE_SIGNER,
    "signer_name": SAMPLE_NAME,
    "issuer": "ỦY BAN NHÂN DÂN HUYỆN AN LÃO",
    "number": "05/KH-UBND",
    "date": "2024-01-10",
    "bases": ["Kế hoạch số 15/KH-UBND ngày 20/01/2024 của Ủy ban nhân dân tỉnh Bình Định về "
              "chuyển đổi số tỉnh Bình Định năm 2024"],
}


def _sample_lines(label_texts=True) -> list[tuple[str, str, str]]:
    """(kind, label, text) of the sample's body."""
    out = []
    for entry in SAMPLE:
        if entry[0] in ("h1", "h2", "h3", "item"):
            out.append((entry[0], entry[1], entry[2]))
        else:
            out.append((entry[0], "", entry[1]))
    return out


def sample_text(width: int = 78, *, blank_between: bool = False, page_every: int = 0,
                page_format: str = "-{n}-", indent: str = "") -> str:
    """The sample as text copied from a PDF: hard-wrapped lines, optional blank lines after
    each line, page numbers every ``page_every`` lines."""
    lines: list[str] = list(SAMPLE_HEADER)
    for kind, label, text in _sample_lines():
        full = f"{label} {text}" if label else text
        wrapped = wrap(full, width)
        if kind in ("text", "item", "h1", "h2", "h3") and indent:
            wrapped[0] = indent + wrapped[0]
        lines.extend(wrapped)
    lines.append("Nơi nhận:")
    lines.extend(f"- {r};" for r in SAMPLE_RECIPIENTS[:-1])
    lines.append(f"- {SAMPLE_RECIPIENTS[-1]}.")
    lines.extend(SAMPLE_SIGNER)
    lines.append(SAMPLE_NAME)
    out: list[str] = []
    page = 1
    for i, line in enumerate(lines, start=1):
        out.append(line)
        if blank_between:
            out.append("")
        if page_every and i % page_every == 0:
            page += 1
            out.append(page_format.format(n=page))
    return "\n".join(out) + "\n"


def sample_docx(path: Path) -> Path:
    blocks: list = [T([["\n".join(SAMPLE_HEADER[:3]), "\n".join(SAMPLE_HEADER[3:])]],
                      borders=False)]
    for kind, label, text in _sample_lines():
        if kind == "type":
            blocks.append(P(text, bold=True, center=True))
        elif kind == "title":
            blocks.append(P(text, bold=True, center=True))
        elif kind in ("h1", "h2"):
            blocks.append(P(f"{label} {text}", bold=True))
        elif kind == "h3":
            blocks.append(P(f"{label} {text}", bold=True, italic=True))
        elif kind == "item":
            blocks.append(P(f"{label} {text}"))
        else:
            blocks.append(P(text))
    blocks.append(closing_block(SAMPLE_RECIPIENTS, SAMPLE_SIGNER, SAMPLE_NAME))
    return make_docx(path, blocks)


def sample_pdf(path: Path) -> Path:
    """The sample as a justified PDF: first-line indents, bold headings, page numbers."""
    lines: list = [L(x, size=12, center=False, bold=i in (0, 1, 3, 4)) if i < 3 else
                   L(x, x=320, size=12, bold=i in (3, 4)) for i, x in enumerate(SAMPLE_HEADER)]
    right = 530.0
    for kind, label, text in _sample_lines():
        if kind in ("type", "title"):
            lines.append(L(text, center=True, bold=True))
            continue
        full = f"{label} {text}" if label else text
        lines.append(L(full, x=85, bold=kind in ("h1", "h2", "h3"), wrap_to=right))
    lines.append(L("Nơi nhận:", size=12, bold=True))
    lines.extend(L(f"- {r};", size=11) for r in SAMPLE_RECIPIENTS[:-1])
    lines.append(L(f"- {SAMPLE_RECIPIENTS[-1]}.", size=11))
    lines.extend(L(x, x=330, bold=True) for x in SAMPLE_SIGNER)
    lines.append(L(SAMPLE_NAME, x=340, bold=True))
    return make_pdf(path, lines, header=None)


def make_pdf_with_table(path: Path, before: list[str], rows: list[list[str]],
                        col_widths: list[float], *, after: list[str] = (),
                        repeat_header: int = 1, split_rows: bool = True) -> Path:
    """A PDF whose table is ruled (grid lines), its cells wrapped, and long enough to run
    over pages; made with reportlab's platypus."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("VN", vietnamese_ttf()))
    body = ParagraphStyle("body", fontName="VN", fontSize=12, leading=15)
    cell = ParagraphStyle("cell", fontName="VN", fontSize=10, leading=12)
    story = [Paragraph(text, body) for text in before]
    data = [[Paragraph(str(value), cell) for value in row] for row in rows]
    table = Table(data, colWidths=col_widths, repeatRows=repeat_header, splitInRow=split_rows)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(table)
    story.extend(Paragraph(text, body) for text in after)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def make_type0_pdf(path: Path, lines: list[tuple[float, float, str]], *, size: float = 12,
                   words_apart: bool = False) -> Path:
    """A PDF whose text is shown with a composite (Type0, Identity-H) font and a ToUnicode
    map, the way Word exports Vietnamese; the font program itself is left out, so it only
    reads, it does not display. ``lines`` are (x, y, text). ``words_apart`` writes each
    line as one TJ array whose words are separated by kerning offsets, not spaces."""
    from pypdf import PdfWriter
    from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, NameObject,
                               NumberObject)

    chars = sorted({ch for _, _, text in lines for ch in text})
    cid = {ch: i + 1 for i, ch in enumerate(chars)}
    cmap = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            "1 begincodespacerange <0000> <FFFF> endcodespacerange",
            f"{len(chars)} beginbfchar"]
    cmap += [f"<{cid[ch]:04X}> <{ord(ch):04X}>" for ch in chars]
    cmap += ["endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"]
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    to_unicode = DecodedStreamObject()
    to_unicode.set_data("\n".join(cmap).encode("ascii"))
    widths = ArrayObject([NumberObject(1), ArrayObject([NumberObject(500)] * len(chars))])
    descendant = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/CIDFontType2"),
        NameObject("/BaseFont"): NameObject("/ABCDEF+TimesNewRomanPSMT"),
        NameObject("/DW"): NumberObject(1000), NameObject("/W"): widths})
    font = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): NameObject("/ABCDEF+TimesNewRomanPSMT"),
        NameObject("/Encoding"): NameObject("/Identity-H"),
        NameObject("/DescendantFonts"): ArrayObject([writer._add_object(descendant)]),
        NameObject("/ToUnicode"): writer._add_object(to_unicode)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F1"): writer._add_object(font)})})
    ops = []
    for x, y, text in lines:
        if words_apart:
            parts = " ".join(f"<{''.join(f'{cid[ch]:04X}' for ch in word)}> -250"
                             for word in text.split(" "))
            ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm [{parts}] TJ ET")
        else:
            hexes = "".join(f"{cid[ch]:04X}" for ch in text)
            ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x} {y} Tm <{hexes}> Tj ET")
    content = DecodedStreamObject()
    content.set_data("\n".join(ops).encode("ascii"))
    page[NameObject("/Contents")] = writer._add_object(content)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path
