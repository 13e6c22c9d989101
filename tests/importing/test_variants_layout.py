"""Tables laid out by position only, and pages of another shape: borderless appendix
tables in PDF (columns aligned by x, no ruling lines; header repeated on each page or
not; landscape or portrait; wrapped cells, group rows, rows cut by a page break), the same
tables as ``pdftotext -layout`` writes them (columns apart by runs of spaces), Excel
workbooks with one sheet per pillar, a task's expected output (``Sản phẩm``), and centred
titles on landscape appendix pages of a portrait plan."""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from importing_docmaker import P, T, make_docx, vietnamese_ttf

from dxdesk.importing import parse_file

needs_font = pytest.mark.skipif(vietnamese_ttf() is None,
                                reason="no TrueType font with Vietnamese letters")


def parse(path) -> dict:
    return parse_file(path).to_json_dict()


def rows_of(data: dict) -> list:
    return [(t["text"], t["group"], t["lead"], t["co"], t["deadline"], t["output"])
            for t in data["tasks"]]


# ------------------------------------------------------------------ drawing PDF tables

@dataclass
class G:
    """A group row: ``text`` from column ``start`` across the table (left-aligned, or
    centred over the columns it spans), with ``label`` in the first column."""

    text: str
    start: int = 0
    center: bool = False
    label: str = ""


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = vietnamese_ttf()
    pdfmetrics.registerFont(TTFont("VN", font))
    bold_path = font.replace(".ttf", "-Bold.ttf").replace("-Regular-Bold", "-Bold")
    if Path(bold_path).exists():
        pdfmetrics.registerFont(TTFont("VNB", bold_path))
        return "VN", "VNB"
    return "VN", "VN"


def borderless_pdf(path: Path, header: list[str], widths: list[float], rows: list, *,
                   before=(), after=(), closing=None, landscape=True, repeat_header=True,
                   valign="top", pad=4.0, size=10.0, leading=12.0, over=(),
                   per_word=False, margin=40.0, appendix_first=True,
                   header_valign="top") -> Path:
    """A plan whose task table has no ruling lines: each cell's text drawn at its
    column's x, wrapped within the column; rows run over pages (a row cut in two when it
    does not fit), the header drawn again on each page when ``repeat_header``.

    ``before``/``after``: paragraphs around the table as (text, style) with style
    ``center``, ``bold`` or ``plain``; ``closing``: (recipients, signer lines, name),
    drawn after ``before`` and followed by a page break (the table is an appendix).
    ``over``: names over several columns (text, first, last) above the header's own.
    ``valign``: ``top``, ``middle`` (on the lines of the row's tallest cell) or ``center``
    (exactly in the middle, between those lines, as Word and LibreOffice do).
    ``per_word``: each word drawn on its own (as Word exports justified text).
    ``header_valign``: ``top``, or ``center`` (a one-line name halfway between the lines
    of the names that wrap, as a header row centred vertically is drawn)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.pagesizes import landscape as turn
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    regular, bold = _fonts()
    page_w, page_h = turn(A4) if landscape else A4
    c = canvas.Canvas(str(path), pagesize=(page_w, page_h))
    xs = [margin]
    for w in widths:
        xs.append(xs[-1] + w)
    state = {"y": page_h - 50, "page": 1}
    bottom = 50.0

    def new_page(with_header: bool) -> None:
        c.showPage()
        state["page"] += 1
        state["y"] = page_h - 50
        c.setFont(regular, 11)
        c.drawCentredString(page_w / 2, page_h - 30, str(state["page"]))
        if with_header:
            draw_header()

    def text_at(x: float, y: float, text: str, font: str, fsize: float, width=None) -> None:
        c.setFont(font, fsize)
        if per_word and " " in text:
            words = text.split(" ")
            ws = [pdfmetrics.stringWidth(w, font, fsize) for w in words]
            gap = pdfmetrics.stringWidth(" ", font, fsize)
            if width is not None and len(words) > 1:
                gap = max(gap, (width - sum(ws)) / (len(words) - 1))
            for word, w in zip(words, ws):
                c.drawString(x, y, word)
                x += w + gap
        else:
            c.drawString(x, y, text)

    def flow(text: str, style: str) -> None:
        font = bold if style in ("bold", "center") else regular
        fsize = 13 if style == "center" else 12
        lines = simpleSplit(text, font, fsize, page_w - 2 * margin)
        for k, line in enumerate(lines):
            if state["y"] < bottom + 20:
                new_page(False)
            if style == "center":
                c.setFont(font, fsize)
                c.drawCentredString(page_w / 2, state["y"], line)
            else:
                last = k == len(lines) - 1
                text_at(margin, state["y"], line, font, fsize,
                        None if last else page_w - 2 * margin)
            state["y"] -= fsize * 1.4

    def cell_lines(text: str, col: int, font: str) -> list[str]:
        return simpleSplit(text, font, size, widths[col] - 2 * pad) if text else []

    def draw_header() -> None:
        y = state["y"]
        if over:
            covered = set()
            for text, first, last in over:
                c.setFont(bold, size)
                c.drawCentredString((xs[first] + xs[last + 1]) / 2, y - pad - size, text)
                covered.update(range(first, last + 1))
            y -= leading + pad
        else:
            covered = set()
        wrapped = [cell_lines(h, i, bold) for i, h in enumerate(header)]
        height = max(len(w) for w in wrapped)
        for i, lines in enumerate(wrapped):
            top = y if (i in covered or not over) else state["y"]
            if header_valign == "center":
                top -= (height - len(lines)) * leading / 2
            for k, line in enumerate(lines):
                c.setFont(bold, size)
                c.drawCentredString((xs[i] + xs[i + 1]) / 2, top - pad - size - k * leading,
                                    line)
        state["y"] = y - height * leading - 2 * pad

    def draw_row(row) -> None:
        if isinstance(row, G):
            font = bold
            if state["y"] - leading - 2 * pad < bottom:
                new_page(repeat_header)
            y = state["y"] - pad - size
            if row.label:
                c.setFont(bold, size)
                c.drawCentredString((xs[0] + xs[1]) / 2, y, row.label)
            c.setFont(font, size)
            if row.center:
                c.drawCentredString((xs[row.start] + xs[-1]) / 2, y, row.text)
            else:
                c.drawString(xs[row.start] + pad, y, row.text)
            state["y"] -= leading + 2 * pad
            return
        wrapped = [cell_lines(str(v), i, regular) for i, v in enumerate(row)]
        height = max(len(w) for w in wrapped)
        shift = [0.0] * len(row)
        if valign == "middle":  # on the lines of the row's tallest cell
            shift = [float((height - len(w)) // 2) for w in wrapped]
        elif valign == "center":  # exactly in the middle: between those lines
            shift = [(height - len(w)) / 2 for w in wrapped]
            if state["y"] - pad - size - (height - 1) * leading < bottom:
                new_page(repeat_header)
            top = state["y"] - pad - size
            for i, lines in enumerate(wrapped):
                for n, line in enumerate(lines):
                    text_at(xs[i] + pad, top - (n + shift[i]) * leading, line, regular, size,
                            None if n == len(lines) - 1 else widths[i] - 2 * pad)
            state["y"] = top - (height - 1) * leading - size - pad
            return
        if state["y"] - pad - size - max(0, height - 1) * leading < bottom and \
                state["y"] - pad - size - leading < bottom:
            new_page(repeat_header)
        top = state["y"] - pad - size
        k = 0
        while k < height:
            y = top - k * leading
            if y < bottom:  # the page is full: the rest of the row on the next page
                new_page(repeat_header)
                top = state["y"] - pad - size + k * leading
                y = top - k * leading
            for i, lines in enumerate(wrapped):
                line_no = k - int(shift[i])
                if 0 <= line_no < len(lines):
                    last = line_no == len(lines) - 1
                    text_at(xs[i] + pad, y, lines[line_no], regular, size,
                            None if last else widths[i] - 2 * pad)
            k += 1
        state["y"] = top - (height - 1) * leading - size - pad

    for text, style in before:
        flow(text, style)
    if closing is not None:
        recipients, lines, name = closing
        y = state["y"] - 10
        c.setFont(bold, 11)
        c.drawString(margin, y, "Nơi nhận:")
        for k, r in enumerate(recipients):
            c.setFont(regular, 10)
            c.drawString(margin, y - 13 * (k + 1), f"- {r};" if k + 1 < len(recipients)
                         else f"- {r}.")
        for k, line in enumerate(lines + ["", "", name]):
            c.setFont(bold, 12)
            c.drawCentredString(page_w * 0.7, y - 15 * k, line)
        c.showPage()
        state["page"] += 1
        state["y"] = page_h - 50
        if appendix_first:
            flow("PHỤ LỤC", "center")
            flow("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024", "center")
    draw_header()
    for row in rows:
        draw_row(row)
    state["y"] -= 10
    for text, style in after:
        flow(text, style)
    c.save()
    return path


PLAN_HEAD = [("KẾ HOẠCH", "center"), ("Chuyển đổi số tỉnh Quảng Ngãi năm 2024", "center"),
             ("I. MỤC TIÊU", "bold"), ("- 100% văn bản điện tử được ký số.", "plain"),
             ("II. NHIỆM VỤ", "bold"), ("Chi tiết tại Phụ lục kèm theo.", "plain"),
             ("III. TỔ CHỨC THỰC HIỆN", "bold"), ("Các sở, ngành triển khai thực hiện./.",
                                                  "plain")]
CLOSING = (["Bộ Thông tin và Truyền thông", "Lưu: VT, KGVX"],
           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trần Phước Hiền")
HEADER6 = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
           "Sản phẩm"]
PILLARS = ["CHÍNH QUYỀN SỐ", "KINH TẾ SỐ", "XÃ HỘI SỐ"]
DEADLINES = [("Quý IV/2024", "Quý IV/2024"), ("30/9/2024", "2024-09-30"),
             ("Thường xuyên", "Thường xuyên")]
LEADS = ["Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư", "Văn phòng UBND tỉnh"]


def _appendix_rows(per_group: int, *, labels=True) -> tuple[list, list]:
    """Rows of an appendix (group rows ``I. CHÍNH QUYỀN SỐ``…) and the tasks expected."""
    rows: list = []
    expected = []
    for g, name in enumerate(PILLARS):
        rows.append(G(f"{'I II III'.split()[g]}. {name}") if labels else G(name))
        for k in range(per_group):
            written, deadline = DEADLINES[k % 3]
            text = (f"Nhiệm vụ {g + 1}.{k + 1}: triển khai nền tảng số dùng chung cho các cơ "
                    "quan, đơn vị trên địa bàn tỉnh" + (", kết nối với hệ thống của Trung "
                                                        "ương" if k % 2 else ""))
            output = "Hệ thống được vận hành" if k % 3 != 2 else ""
            rows.append([str(k + 1), text, LEADS[k % 3], "Các sở, ban, ngành; UBND các huyện",
                         written, output])
            expected.append((text, name, LEADS[k % 3],
                             ["Các sở", "ban", "ngành", "UBND các huyện"], deadline,
                             output or None))
    return rows, expected


# -------------------------------------------------------------------- PDF: borderless

@needs_font
@pytest.mark.parametrize("per_group", [4, 7, 8, 9])
def test_pdf_borderless_appendix_over_landscape_pages_with_the_header_repeated(tmp_path,
                                                                            per_group):
    """Group rows ``I. CHÍNH QUYỀN SỐ`` across the table; as many rows a group as put a
    group title first under the header of a new page (4, 9) or alone at the foot of a
    page (8)."""
    rows, expected = _appendix_rows(per_group)
    path = borderless_pdf(tmp_path / "a.pdf", HEADER6, [35, 300, 120, 130, 90, 110], rows,
                          before=PLAN_HEAD, closing=CLOSING)
    data = parse(path)
    assert rows_of(data) == expected
    assert all(t["path"] == ["Phụ lục"] for t in data["tasks"])
    assert [(n["label"], n["title"], n["kind"]) for n in data["outline"]] == [
        ("I", "MỤC TIÊU", "objectives"), ("II", "NHIỆM VỤ", "tasks"),
        ("III", "TỔ CHỨC THỰC HIỆN", "organization"),
        ("Phụ lục", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024", "tasks")]
    assert data["signer"] == {"lines": CLOSING[1], "name": CLOSING[2]}
    assert data["recipients"] == CLOSING[0]


@needs_font
@pytest.mark.parametrize("per_group", [8, 9])
def test_pdf_borderless_table_going_on_without_its_header_and_rows_cut_by_pages(tmp_path,
                                                                              per_group):
    """The header only on the first page; the page breaks cut rows in two, or leave a
    group title alone at the foot of a page (8)."""
    rows, expected = _appendix_rows(per_group)
    path = borderless_pdf(tmp_path / "g.pdf", HEADER6, [35, 300, 120, 130, 90, 110], rows,
                          before=PLAN_HEAD, closing=CLOSING, repeat_header=False)
    data = parse(path)
    assert rows_of(data) == expected


@needs_font
def test_pdf_borderless_table_in_the_body_of_a_portrait_plan(tmp_path):
    """A table under ``II. NHIỆM VỤ``, header names wrapped in narrow columns, an index row
    ``(1) (2) …`` under them, no group rows; the sections after it stay text. Words are
    drawn one by one, justified."""
    header = ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
    body = [["(1)", "(2)", "(3)", "(4)", "(5)"],
            ["1", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
             "Văn phòng HĐND và UBND huyện", "Phòng Nội vụ; các xã, thị trấn", "Quý II/2024"],
            ["2", "Triển khai hệ thống họp trực tuyến đến cấp xã", "Văn phòng HĐND và UBND "
             "huyện", "", "30/6/2024"],
            ["3", "Tập huấn kỹ năng số cho cán bộ, công chức cấp xã", "Phòng Nội vụ",
             "Phòng Văn hóa và Thông tin", "Năm 2024"]]
    after = [("III. TỔ CHỨC THỰC HIỆN", "bold"),
             ("Phòng Văn hóa và Thông tin chủ trì, phối hợp với các cơ quan, đơn vị theo dõi, "
              "đôn đốc việc triển khai Kế hoạch này; định kỳ báo cáo Ủy ban nhân dân huyện "
              "kết quả thực hiện trước ngày 15 tháng 12 năm 2024./.", "plain")]
    path = borderless_pdf(tmp_path / "b.pdf", header, [30, 190, 95, 95, 70], body,
                          before=[("KẾ HOẠCH", "center"),
                                  ("Chuyển đổi số huyện Ba Tơ năm 2024", "center"),
                                  ("I. MỤC TIÊU", "bold"),
                                  ("- 80% hồ sơ công việc được xử lý trên môi trường mạng.",
                                   "plain"), ("II. NHIỆM VỤ", "bold")],
                          after=after, landscape=False, margin=60, per_word=True)
    data = parse(path)
    assert rows_of(data) == [
        ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực", "NHIỆM VỤ",
         "Văn phòng HĐND và UBND huyện", ["Phòng Nội vụ", "các xã", "thị trấn"],
         "Quý II/2024", None),
        ("Triển khai hệ thống họp trực tuyến đến cấp xã", "NHIỆM VỤ",
         "Văn phòng HĐND và UBND huyện", [], "2024-06-30", None),
        ("Tập huấn kỹ năng số cho cán bộ, công chức cấp xã", "NHIỆM VỤ", "Phòng Nội vụ",
         ["Phòng Văn hóa và Thông tin"], "Năm 2024", None)]
    assert [(n["label"], n["title"]) for n in data["outline"]] == [
        ("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN")]
    assert data["outline"][2]["text"].startswith("Phòng Văn hóa và Thông tin chủ trì")
    assert data["outline"][2]["text"].endswith("trước ngày 15 tháng 12 năm 2024./.")
    assert [t["value"] for t in data["targets"]] == [80]


@needs_font
@pytest.mark.parametrize("valign", ["middle", "center"])
def test_pdf_borderless_two_level_header_middle_aligned_cells_centred_group_titles(
        tmp_path, valign):
    """``Đơn vị thực hiện`` over ``Chủ trì | Phối hợp`` and ``Thời gian`` over ``Bắt đầu |
    Hoàn thành``; the short cells of a row stand in its middle (their lines between the
    lines of the tallest cell, when centred exactly); group titles centred over the
    columns after a letter (``A``)."""
    header = ["STT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành",
              "Ghi chú"]
    rows: list = []
    expected = []
    for g, name in enumerate(["NHẬN THỨC SỐ", "HẠ TẦNG SỐ"]):
        rows.append(G(name, start=1, center=True, label="AB"[g]))
        for k in range(3):
            text = (f"Nội dung {g + 1}.{k + 1}: xây dựng, nâng cấp và vận hành hệ thống "
                    "thông tin phục vụ chuyển đổi số của huyện" + (
                        ", bảo đảm kết nối, chia sẻ dữ liệu với các hệ thống thông tin của "
                        "tỉnh và của các bộ, ngành Trung ương" if k % 2 else ""))
            rows.append([str(k + 1), text, "Phòng Văn hóa và Thông tin", "Các xã, thị trấn",
                         "01/01/2024", f"{k + 1}/{k + 6}/2024", "Mới" if k == 1 else ""])
            expected.append((text, name, "Phòng Văn hóa và Thông tin", ["Các xã", "thị trấn"],
                             f"2024-{k + 6:02d}-{k + 1:02d}", None))
    path = borderless_pdf(tmp_path / "m.pdf", header, [35, 260, 90, 100, 75, 75, 70], rows,
                          before=[("KẾ HOẠCH", "center"), ("Chuyển đổi số năm 2024", "center"),
                                  ("I. NHIỆM VỤ", "bold")],
                          after=[("II. TỔ CHỨC THỰC HIỆN", "bold"),
                                 ("Các đơn vị triển khai thực hiện./.", "plain")],
                          over=[("Đơn vị thực hiện", 2, 3), ("Thời gian", 4, 5)],
                          valign=valign, pad=5)
    data = parse(path)
    assert rows_of(data) == expected
    assert [n["title"] for n in data["outline"]] == ["NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"]


@needs_font
def test_pdf_borderless_list_without_numbers(tmp_path):
    """No STT column: rows told apart by the space between them; group rows are plain
    titles in the task column; a column's name with a year in it."""
    header = ["Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Kết quả năm 2024"]
    rows = [G("Chính quyền số"),
            ["Triển khai phần mềm một cửa điện tử liên thông ba cấp", "Văn phòng HĐND và UBND",
             "Các xã", "Năm 2024", "Phần mềm vận hành"],
            ["Triển khai hệ thống họp trực tuyến", "Văn phòng HĐND và UBND", "",
             "Tháng 6/2024", "Hệ thống họp"],
            G("Kinh tế số"),
            ["Hỗ trợ hộ kinh doanh thanh toán không dùng tiền mặt", "Phòng Kinh tế và Hạ tầng",
             "Ngân hàng chính sách xã hội huyện", "2024", ""]]
    path = borderless_pdf(tmp_path / "n.pdf", header, [250, 130, 130, 80, 125], rows,
                          before=[("KẾ HOẠCH", "center"), ("Chuyển đổi số năm 2024", "center"),
                                  ("II. NHIỆM VỤ", "bold")], pad=6)
    data = parse(path)
    assert rows_of(data) == [
        ("Triển khai phần mềm một cửa điện tử liên thông ba cấp", "Chính quyền số",
         "Văn phòng HĐND và UBND", ["Các xã"], "Năm 2024", "Phần mềm vận hành"),
        ("Triển khai hệ thống họp trực tuyến", "Chính quyền số", "Văn phòng HĐND và UBND", [],
         "Tháng 6/2024", "Hệ thống họp"),
        ("Hỗ trợ hộ kinh doanh thanh toán không dùng tiền mặt", "Kinh tế số",
         "Phòng Kinh tế và Hạ tầng", ["Ngân hàng chính sách xã hội huyện"], "2024", None)]


@needs_font
def test_pdf_words_in_columns_without_a_task_header_are_not_a_table(tmp_path):
    """Text in columns whose names are not those of a task table (one known name only),
    and a sentence naming the columns of a task table: no table is made of them."""
    path = borderless_pdf(
        tmp_path / "x.pdf", ["Nội dung", "Đơn vị", "Ghi chú"], [200, 200, 100],
        [["Họp trực tuyến", "Văn phòng", "Hằng tháng"], ["Sơ kết", "Phòng VHTT", "Quý II"]],
        before=[("KẾ HOẠCH", "center"), ("Chuyển đổi số năm 2024", "center"),
                ("I. NHIỆM VỤ", "bold"),
                ("- Các nhiệm vụ nêu rõ nội dung, cơ quan chủ trì, cơ quan phối hợp, thời "
                 "gian hoàn thành và sản phẩm.", "plain"),
                ("- Tuyên truyền về chuyển đổi số.", "plain"),
                ("II. TỔ CHỨC THỰC HIỆN", "bold")], landscape=False)
    data = parse(path)
    assert [t["text"] for t in data["tasks"]] == [
        "Các nhiệm vụ nêu rõ nội dung, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn "
        "thành và sản phẩm.", "Tuyên truyền về chuyển đổi số."]
    outline_text = " ".join(n["title"] + " " + n["text"] for root in data["outline"]
                            for n in _walk(root))
    assert "Nội dung Đơn vị Ghi chú" in outline_text
    assert "Họp trực tuyến Văn phòng Hằng tháng" in outline_text


def _walk(node):
    yield node
    for child in node["children"]:
        yield from _walk(child)


# ------------------------------------------------------------------ text: pdftotext -layout

def layout_text(header: list[str], widths: list[int], rows: list, *, gap: int = 3,
                blank_between: bool = False, rows_per_page: int = 0, jitter=(),
                header_wrap: int | None = None, full=()) -> list[str]:
    """A table as ``pdftotext -layout`` writes it: each cell wrapped within its column's
    width, the columns apart by at least ``gap`` spaces; a form feed, a page number and
    the header again every ``rows_per_page`` rows; ``jitter``: (row, column, shift) moves
    a cell's text by a character or two, as the tool does; ``full``: (row, column) cells
    whose lines run on to one space before the next column (the tool sets a full cell's
    line one space from the next cell)."""
    starts = [0]
    for w in widths[:-1]:
        starts.append(starts[-1] + w + gap)
    moves = {(r, c): s for r, c, s in jitter}
    full = set(full)

    def lay(cells: list[list[str]], row_no: int, center=False) -> list[str]:
        height = max((len(c) for c in cells), default=0)
        out = []
        for k in range(height):
            line = ""
            for i, cell in enumerate(cells):
                if k < len(cell):
                    text = cell[k]
                    x = starts[i] + moves.get((row_no, i), 0)
                    if center:
                        x += max(0, (widths[i] - len(text)) // 2)
                    apart = 1 if (row_no, i - 1) in full else gap
                    line = line.ljust(max(x, len(line) + (apart if line else 0))) + text
            out.append(line.rstrip())
        return out

    def head() -> list[str]:
        return lay([textwrap.wrap(h, header_wrap or w) for h, w in zip(header, widths)], -1,
                   center=True)

    out = head()
    page = 1
    for n, row in enumerate(rows):
        if rows_per_page and n and n % rows_per_page == 0:
            page += 1
            out += ["", f"{' ' * 50}{page - 1}", "\f" + head()[0]] + head()[1:]
        if blank_between:
            out.append("")
        if isinstance(row, G):
            cells = [[] for _ in widths]
            if row.label:
                cells[0] = [row.label]
            cells[row.start] = [row.text]
            out += lay(cells, n)
            continue
        out += lay([textwrap.wrap(v, w + (gap - 1 if (n, c) in full else 0))
                    for c, (v, w) in enumerate(zip(row, widths))], n)
    return out


TEXT_HEAD = """ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG NGÃI                             Độc lập - Tự do - Hạnh phúc

Số:     /KH-UBND                       Quảng Ngãi, ngày 15 tháng 3 năm 2024

                                   KẾ HOẠCH
                    Chuyển đổi số tỉnh Quảng Ngãi năm 2024

I. MỤC TIÊU
- 100% văn bản điện tử được ký số.
II. NHIỆM VỤ
Chi tiết tại Phụ lục kèm theo.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai thực hiện./.

Nơi nhận:                                         TM. ỦY BAN NHÂN DÂN
- Bộ Thông tin và Truyền thông;                    KT. CHỦ TỊCH
- Lưu: VT, KGVX.                                  PHÓ CHỦ TỊCH



                                                  Trần Phước Hiền
\f
                                   PHỤ LỤC
              DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024
"""


def test_pdftotext_layout_appendix_over_pages(tmp_path):
    rows, expected = _appendix_rows(5)
    table = layout_text(HEADER6, [4, 44, 16, 20, 12, 18], rows, rows_per_page=7,
                        jitter=[(2, 1, 1), (3, 2, -1), (9, 3, 1), (12, 4, 2)], header_wrap=12)
    path = tmp_path / "p.txt"
    path.write_text(TEXT_HEAD + "\n".join(table) + "\n", encoding="utf-8")
    data = parse(path)
    assert rows_of(data) == expected
    assert [(n["label"], n["title"]) for n in data["outline"]] == [
        ("I", "MỤC TIÊU"), ("II", "NHIỆM VỤ"), ("III", "TỔ CHỨC THỰC HIỆN"),
        ("Phụ lục", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024")]
    assert data["signer"] == {"lines": CLOSING[1], "name": CLOSING[2]}
    assert data["recipients"] == CLOSING[0]
    assert data["issuer"] == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"


def test_pdftotext_layout_list_without_numbers_rows_apart_by_blank_lines(tmp_path):
    header = ["Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
    rows = [["Triển khai phần mềm một cửa điện tử liên thông ba cấp trên địa bàn huyện",
             "Văn phòng HĐND và UBND", "Các xã, thị trấn", "Năm 2024"],
            ["Số hóa hồ sơ lưu trữ", "Phòng Nội vụ", "", "Quý III/2024"],
            ["Hỗ trợ hộ kinh doanh thanh toán không dùng tiền mặt", "Phòng Kinh tế và Hạ tầng",
             "Ngân hàng chính sách xã hội huyện", "Thường xuyên"]]
    text = "\n".join(["KẾ HOẠCH", "Chuyển đổi số huyện năm 2024", "", "II. NHIỆM VỤ", ""]
                     + layout_text(header, [40, 16, 18, 12], rows, blank_between=True)
                     + ["", "III. TỔ CHỨC THỰC HIỆN",
                        "Phòng Văn hóa và Thông tin theo dõi, đôn đốc thực hiện./."])
    path = tmp_path / "n.txt"
    path.write_text(text + "\n", encoding="utf-8")
    data = parse(path)
    assert [(t["text"], t["group"], t["lead"], t["co"], t["deadline"])
            for t in data["tasks"]] == [
        ("Triển khai phần mềm một cửa điện tử liên thông ba cấp trên địa bàn huyện",
         "NHIỆM VỤ", "Văn phòng HĐND và UBND", ["Các xã", "thị trấn"], "Năm 2024"),
        ("Số hóa hồ sơ lưu trữ", "NHIỆM VỤ", "Phòng Nội vụ", [], "Quý III/2024"),
        ("Hỗ trợ hộ kinh doanh thanh toán không dùng tiền mặt", "NHIỆM VỤ",
         "Phòng Kinh tế và Hạ tầng", ["Ngân hàng chính sách xã hội huyện"], "Thường xuyên")]
    assert [n["title"] for n in data["outline"]] == ["NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"]
    assert data["outline"][1]["text"] == "Phòng Văn hóa và Thông tin theo dõi, đôn đốc thực hiện./."


HAND_LAYOUT = """PHỤ LỤC
DANH MỤC NHIỆM VỤ NĂM 2024

                         Cơ quan         Cơ quan         Thời gian
 STT   Nhiệm vụ          chủ trì         phối hợp        hoàn thành    Sản phẩm

  I    CHÍNH QUYỀN SỐ

  1    Xây dựng Hệ thống Sở Thông tin    Văn phòng UBND  Quý III/2024  Hệ thống
       thông tin giải    và Truyền       tỉnh; các sở,                 được vận
       quyết thủ tục     thông           ngành                         hành
       hành chính

  2    Nâng cấp Trục     Sở Thông tin                    Năm 2024
       liên thông văn    và Truyền
       bản của tỉnh      thông

  II   KINH TẾ SỐ

  1    Đưa sản phẩm OCOP Sở Công Thương  Hội Liên hiệp   trước         Gian hàng
       lên sàn thương                    Phụ nữ tỉnh     30/6/2024     trực tuyến
       mại điện tử
"""


def test_pdftotext_layout_header_over_three_lines_and_cells_one_space_apart(tmp_path):
    """Header names wrapped above and below the line naming the task column; two cells
    one space apart where the text fills the column."""
    path = tmp_path / "h.txt"
    path.write_text(HAND_LAYOUT, encoding="utf-8")
    data = parse(path)
    assert rows_of(data) == [
        ("Xây dựng Hệ thống thông tin giải quyết thủ tục hành chính", "CHÍNH QUYỀN SỐ",
         "Sở Thông tin và Truyền thông", ["Văn phòng UBND tỉnh", "các sở", "ngành"],
         "Quý III/2024", "Hệ thống được vận hành"),
        ("Nâng cấp Trục liên thông văn bản của tỉnh", "CHÍNH QUYỀN SỐ",
         "Sở Thông tin và Truyền thông", [], "Năm 2024", None),
        ("Đưa sản phẩm OCOP lên sàn thương mại điện tử", "KINH TẾ SỐ", "Sở Công Thương",
         ["Hội Liên hiệp Phụ nữ tỉnh"], "2024-06-30", "Gian hàng trực tuyến")]


def test_text_in_columns_without_a_task_header_stays_text(tmp_path):
    """Wide gaps that are not a table (a header block, a signature, a list of names with
    their duties) and a sentence naming the columns of a task table."""
    text = TEXT_HEAD.split("\f")[0].replace(
        "Chi tiết tại Phụ lục kèm theo.",
        "- Lập danh mục nhiệm vụ  gồm: nội dung,  cơ quan chủ trì,  thời gian hoàn thành.\n"
        "- Phân công:\n"
        "  Nguyễn Văn An        Nhiệm vụ chung          Chủ trì\n"
        "  Trần Văn Bình        Nội dung số             Phối hợp")
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    data = parse(path)
    assert [t["text"] for t in data["tasks"]] == [
        "Lập danh mục nhiệm vụ gồm: nội dung, cơ quan chủ trì, thời gian hoàn thành.",
        "Phân công: Nguyễn Văn An Nhiệm vụ chung Chủ trì Trần Văn Bình Nội dung số Phối hợp"]
    assert data["signer"]["name"] == "Trần Phước Hiền"


# ------------------------------------------------------------------ Excel: sheet per pillar

def workbook(path: Path, sheets: list[tuple[str, list]], *, bold_rows=None) -> Path:
    import openpyxl
    from openpyxl.styles import Font

    book = openpyxl.Workbook()
    for n, (name, rows) in enumerate(sheets):
        ws = book.active if n == 0 else book.create_sheet()
        ws.title = name
        for r, row in enumerate(rows, start=1):
            for col, value in enumerate(row, start=1):
                if value is not None:
                    cell = ws.cell(row=r, column=col, value=value)
                    if bold_rows and (name, r - 1) in bold_rows:
                        cell.font = Font(bold=True)
    book.save(str(path))
    return path


def _sheet(title: str, tasks: list[list]) -> list:
    return [[title], ["(Kèm theo Kế hoạch số 25/KH-UBND ngày 15/3/2024)"], [],
            ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm"],
            *tasks]


def test_excel_one_sheet_per_pillar_names_the_group(tmp_path):
    path = workbook(tmp_path / "w.xlsx", [
        ("Chính quyền số", _sheet("DANH MỤC NHIỆM VỤ CHÍNH QUYỀN SỐ NĂM 2024", [
            [1, "Số hóa hồ sơ một cửa", "Văn phòng UBND", "Các sở", "Quý II/2024", "Kho hồ sơ"],
            [2, "Ký số văn bản đi", "Văn phòng UBND", None, dt.datetime(2024, 6, 30), None]])),
        ("2. Kinh tế số", _sheet("DANH MỤC NHIỆM VỤ KINH TẾ SỐ NĂM 2024", [
            [1, "Hỗ trợ hộ kinh doanh lên sàn", "Sở Công Thương", None, "Năm 2024",
             "Gian hàng"],
            ["I", "Thương mại điện tử", None, None, None, None],
            [1, "Tập huấn bán hàng trực tuyến", "Sở Công Thương", "Hội Phụ nữ", "Quý III/2024",
             None]])),
        ("Xã hội số", _sheet("DANH MỤC NHIỆM VỤ XÃ HỘI SỐ NĂM 2024", [
            [1, "Phổ cập kỹ năng số cho người dân", "Sở TT&TT", "UBND các huyện",
             "Thường xuyên", "Lớp học"]])),
        ("Tổng hợp", [["Trụ cột", "Số nhiệm vụ"], ["Chính quyền số", 2]]),
    ])
    data = parse(path)
    assert rows_of(data) == [
        ("Số hóa hồ sơ một cửa", "Chính quyền số", "Văn phòng UBND", ["Các sở"], "Quý II/2024",
         "Kho hồ sơ"),
        ("Ký số văn bản đi", "Chính quyền số", "Văn phòng UBND", [], "2024-06-30", None),
        ("Hỗ trợ hộ kinh doanh lên sàn", "Kinh tế số", "Sở Công Thương", [], "Năm 2024",
         "Gian hàng"),
        # A group row of the sheet names the tasks below it.
        ("Tập huấn bán hàng trực tuyến", "Thương mại điện tử", "Sở Công Thương",
         ["Hội Phụ nữ"], "Quý III/2024", None),
        ("Phổ cập kỹ năng số cho người dân", "Xã hội số", "Sở TT&TT", ["UBND các huyện"],
         "Thường xuyên", "Lớp học")]


def test_excel_sheets_after_the_first_without_a_header_of_their_own(tmp_path):
    """The header only on the first sheet: the other sheets go on with its table, each
    under its own name."""
    header = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"]
    path = workbook(tmp_path / "c.xlsx", [
        ("Chính quyền số", [header, [1, "Số hóa hồ sơ một cửa", "Văn phòng", "Quý II/2024"]]),
        ("Kinh tế số", [[1, "Hỗ trợ hộ kinh doanh lên sàn", "Phòng Kinh tế", "2024"]]),
        ("Xã hội số", [[1, "Phổ cập kỹ năng số", "Phòng VHTT", "Thường xuyên"],
                       [2, "Thúc đẩy thanh toán số", "Ngân hàng", "2024"]])])
    data = parse(path)
    assert [(t["text"], t["group"], t["lead"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ một cửa", "Chính quyền số", "Văn phòng"),
        ("Hỗ trợ hộ kinh doanh lên sàn", "Kinh tế số", "Phòng Kinh tế"),
        ("Phổ cập kỹ năng số", "Xã hội số", "Phòng VHTT"),
        ("Thúc đẩy thanh toán số", "Xã hội số", "Ngân hàng")]


def test_excel_sheets_with_default_names_give_no_group(tmp_path):
    header = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"]
    path = workbook(tmp_path / "d.xlsx", [
        ("Sheet1", [header, [1, "Số hóa hồ sơ một cửa", "Văn phòng", "Quý II/2024"]]),
        ("Sheet2", [header, [1, "Hỗ trợ hộ kinh doanh lên sàn", "Phòng Kinh tế", "2024"]]),
        ("Phụ lục II", [header, [1, "Phổ cập kỹ năng số", "Phòng VHTT", "Thường xuyên"]])])
    data = parse(path)
    assert [(t["text"], t["group"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ một cửa", None), ("Hỗ trợ hộ kinh doanh lên sàn", None),
        ("Phổ cập kỹ năng số", None)]


# ------------------------------------------------------------------ output (sản phẩm)

def test_output_named_in_the_text(tmp_path):
    path = tmp_path / "o.txt"
    path.write_text("""KẾ HOẠCH
Chuyển đổi số huyện năm 2024
I. NHIỆM VỤ
1. Chính quyền số
- Số hóa hồ sơ một cửa (chủ trì: Văn phòng; thời gian: Quý II/2024; sản phẩm: Kho hồ sơ điện tử).
- Xây dựng quy chế quản lý dữ liệu.
+ Đơn vị chủ trì: Phòng Nội vụ.
+ Sản phẩm đầu ra: Quyết định ban hành quy chế.
- Triển khai họp trực tuyến. Kết quả: Hệ thống họp trực tuyến đến cấp xã.
2. Kinh tế số
- Hỗ trợ hộ kinh doanh lên sàn thương mại điện tử.
- Kết quả dự kiến: 200 hộ kinh doanh có gian hàng.
3. Xã hội số
- Rà soát, đánh giá kết quả: chưa có.
II. TỔ CHỨC THỰC HIỆN
Các phòng triển khai./.
""", encoding="utf-8")
    data = parse(path)
    assert [(t["text"][:32], t["lead"], t["deadline"], t["output"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ một cửa (chủ trì: V", "Văn phòng", "Quý II/2024", "Kho hồ sơ điện tử"),
        ("Xây dựng quy chế quản lý dữ liệu", "Phòng Nội vụ", None,
         "Quyết định ban hành quy chế"),
        ("Triển khai họp trực tuyến. Kết q", None, None, "Hệ thống họp trực tuyến đến cấp xã"),
        ("Hỗ trợ hộ kinh doanh lên sàn thư", None, None, "200 hộ kinh doanh có gian hàng"),
        # "kết quả:" in the middle of a sentence names no field.
        ("Rà soát, đánh giá kết quả: chưa ", None, None, None)]


def test_output_column_of_a_word_table(tmp_path):
    rows = [["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Kết quả/Sản phẩm đầu ra"],
            ["1", "Xây dựng kho dữ liệu dùng chung", "Sở TT&TT", "Kho dữ liệu\nvận hành"],
            ["2", "Tập huấn kỹ năng số", "Sở Nội vụ", ""]]
    data = parse(make_docx(tmp_path / "o.docx", [
        P("KẾ HOẠCH", bold=True, center=True), P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("I. NHIỆM VỤ", bold=True), T(rows)]))
    assert [(t["text"], t["output"]) for t in data["tasks"]] == [
        ("Xây dựng kho dữ liệu dùng chung", "Kho dữ liệu vận hành"),
        ("Tập huấn kỹ năng số", None)]


# ------------------------------------------------------------------ landscape pages

SHORT_ITEM = "- Nhiệm vụ {k} triển khai trên địa bàn tỉnh."
LONG_ITEM = ("- Nhiệm vụ {k} triển khai trên địa bàn tỉnh trong năm 2024, báo cáo kết quả về Sở "
             "Thông tin và Truyền thông.")


def portrait_plan_with_landscape_appendix(path: Path, landscape_lines: int, item: str) -> Path:
    """A portrait plan (left margin 3 cm, right 2 cm) whose appendix after the signature
    is on landscape pages: a centred title in sentence case, not bold, a sentence, then
    ``landscape_lines`` items."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    regular, bold = _fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    left, right = 85, width - 57
    y = height - 70

    def line(text, *, font=regular, x=None, center=False, size=12):
        nonlocal y
        c.setFont(font, size)
        if center:
            c.drawCentredString((left + right) / 2, y, text)
        else:
            c.drawString(left if x is None else x, y, text)
        y -= 18

    line("KẾ HOẠCH", font=bold, center=True)
    line("Chuyển đổi số tỉnh năm 2024", font=bold, center=True)
    line("(Kèm theo Quyết định số 25/QĐ-UBND)", center=True)
    line("I. MỤC TIÊU", font=bold)
    for k in range(20):
        line(f"Nội dung dòng văn bản thường số {k + 1} của kế hoạch được căn đều hai bên lề")
    line("II. NHIỆM VỤ", font=bold)
    line("- Triển khai nền tảng số.")
    line("Nơi nhận:", font=bold)
    line("- Sở TT&TT;")
    line("- Lưu: VT.")
    line("CHỦ TỊCH", font=bold, x=350)
    y -= 30
    line("Nguyễn Văn An", font=bold, x=350)
    c.showPage()
    c.setPageSize(landscape(A4))
    lw, lh = landscape(A4)
    y = lh - 60
    right = lw - 57
    line("Danh mục các nhiệm vụ chuyển đổi số năm 2024", center=True, size=13)
    line("Các cơ quan, đơn vị căn cứ danh mục sau để triển khai thực hiện")
    for k in range(landscape_lines):
        if y < 60:
            c.showPage()
            y = lh - 60
        line(item.format(k=k + 1))
    c.save()
    return path


@needs_font
@pytest.mark.parametrize("landscape_lines,item", [(5, SHORT_ITEM), (40, LONG_ITEM)])
def test_centred_lines_measured_on_their_own_pages(tmp_path, landscape_lines, item):
    """Each page is centred on its own margins: a few short lines on landscape pages do
    not hide their centred title, and many long ones do not move the portrait pages'
    centre."""
    from dxdesk.importing.blocks import Line, Progress
    from dxdesk.importing.read_pdf import read_pdf

    path = portrait_plan_with_landscape_appendix(tmp_path / "l.pdf", landscape_lines, item)
    lines = [b for b in read_pdf(path.read_bytes(), Progress(), []) if isinstance(b, Line)]
    assert [b.text for b in lines if b.centered] == [
        "KẾ HOẠCH", "Chuyển đổi số tỉnh năm 2024", "(Kèm theo Quyết định số 25/QĐ-UBND)",
        "Danh mục các nhiệm vụ chuyển đổi số năm 2024"]


@needs_font
def test_centred_title_of_a_landscape_appendix_is_not_joined_to_the_sentence_under_it(
        tmp_path):
    path = portrait_plan_with_landscape_appendix(tmp_path / "l.pdf", 5, SHORT_ITEM)
    data = parse(path)
    appendix = data["outline"][-1]
    assert (appendix["label"], appendix["title"], appendix["kind"]) == (
        "Phụ lục", "Danh mục các nhiệm vụ chuyển đổi số năm 2024", "tasks")
    assert appendix["text"] == "Các cơ quan, đơn vị căn cứ danh mục sau để triển khai thực hiện"
    assert [(t["text"], t["group"]) for t in data["tasks"]][1:3] == [
        ("Nhiệm vụ 1 triển khai trên địa bàn tỉnh.",
         "Danh mục các nhiệm vụ chuyển đổi số năm 2024"),
        ("Nhiệm vụ 2 triển khai trên địa bàn tỉnh.",
         "Danh mục các nhiệm vụ chuyển đổi số năm 2024")]
    assert len(data["tasks"]) == 6
