"""Task tables as provinces really send them: appendix tables (Phụ lục) in Word and in PDF
(group rows merged across the table, a header of one or two rows repeated on each page,
an index row, STT ``1``/``1.1``/``I``, empty cells), and Excel task lists (title rows
above the header, merged cells, hidden columns and sheets, numbers stored as text, dates
as dates or as ``Quý III/2024``), whatever the wording and order of the columns."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from importing_docmaker import P, T, closing_block, header_block, make_docx, vietnamese_ttf

from dxdesk.importing import parse_file

needs_font = pytest.mark.skipif(vietnamese_ttf() is None,
                                reason="no TrueType font with Vietnamese letters")


def parse(path) -> dict:
    return parse_file(path).to_json_dict()


def rows_of(data: dict) -> list:
    return [(t["text"], t["group"], t["lead"], t["co"], t["deadline"]) for t in data["tasks"]]


# ------------------------------------------------------------------------ Word appendix

APPENDIX_HEADER = ["STT", "Nhiệm vụ", "Cơ quan/đơn vị chủ trì", "Cơ quan phối hợp",
                   "Thời gian hoàn thành", "Sản phẩm / Kết quả"]
APPENDIX_ROWS = [
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
    ["I. CHÍNH QUYỀN SỐ", "", "", "", "", ""],
    ["1", "Xây dựng Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "Sở TT&TT",
     "Văn phòng UBND tỉnh; các sở, ngành", "Quý III/2024", "Hệ thống được vận hành"],
    ["2", "Nâng cấp Trục liên thông văn bản của tỉnh", "Sở TT&TT", "", "Năm 2024", ""],
    ["II", "KINH TẾ SỐ", "", "", "", ""],
    ["1", "Phát triển thương mại điện tử", "", "", "", ""],
    ["1.1", "Đưa sản phẩm OCOP lên sàn thương mại điện tử", "Sở Công Thương", "", "Hằng năm",
     ""],
    ["1.2", "Tập huấn kỹ năng bán hàng trực tuyến", "Sở Công Thương", "Hội Liên hiệp Phụ nữ",
     "trước 30/6/2024", "Lớp tập huấn"],
    ["III", "XÃ HỘI SỐ", "", "", "", ""],
    ["1", "Phổ cập điện thoại thông minh", "Sở TT&TT", "Các doanh nghiệp viễn thông",
     "31/12/2024", "Báo cáo"],
    ["2", "Thúc đẩy thanh toán không dùng tiền mặt", "Ngân hàng Nhà nước chi nhánh tỉnh", "",
     "Thường xuyên", ""],
]
APPENDIX_EXPECTED = [
    ("Xây dựng Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "CHÍNH QUYỀN SỐ",
     "Sở TT&TT", ["Văn phòng UBND tỉnh", "các sở", "ngành"], "Quý III/2024"),
    ("Nâng cấp Trục liên thông văn bản của tỉnh", "CHÍNH QUYỀN SỐ", "Sở TT&TT", [], "Năm 2024"),
    ("Đưa sản phẩm OCOP lên sàn thương mại điện tử", "Phát triển thương mại điện tử",
     "Sở Công Thương", [], "Hằng năm"),
    ("Tập huấn kỹ năng bán hàng trực tuyến", "Phát triển thương mại điện tử", "Sở Công Thương",
     ["Hội Liên hiệp Phụ nữ"], "2024-06-30"),
    ("Phổ cập điện thoại thông minh", "XÃ HỘI SỐ", "Sở TT&TT", ["Các doanh nghiệp viễn thông"],
     "2024-12-31"),
    ("Thúc đẩy thanh toán không dùng tiền mặt", "XÃ HỘI SỐ", "Ngân hàng Nhà nước chi nhánh tỉnh",
     [], "Thường xuyên"),
]


def _province_plan(appendix: list) -> list:
    return [
        header_block(("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"), "Số:        /KH-UBND",
                     "Quảng Ngãi, ngày 15 tháng 3 năm 2024"),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Chuyển đổi số tỉnh Quảng Ngãi năm 2024", bold=True, center=True),
        P("I. MỤC TIÊU", bold=True), P("- 100% văn bản điện tử được ký số."),
        P("II. NHIỆM VỤ", bold=True), P("(Chi tiết tại Phụ lục kèm theo)"),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True), P("Các sở, ngành triển khai thực hiện./."),
        closing_block(("Bộ Thông tin và Truyền thông", "Thường trực Tỉnh ủy", "Lưu: VT, KGVX"),
                      ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                      "Trần Phước Hiền"),
        *appendix,
    ]


def test_word_appendix_table_with_merged_group_rows(tmp_path):
    rows = [APPENDIX_HEADER] + APPENDIX_ROWS
    data = parse(make_docx(tmp_path / "a.docx", _province_plan([
        P("Phụ lục", bold=True, center=True),
        P("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024", bold=True, center=True),
        P("(Kèm theo Kế hoạch số      /KH-UBND ngày     /3/2024 của UBND tỉnh)", italic=True,
          center=True),
        T(rows, bold_rows=(0, 2, 5, 9), merges=[(2, 0, 2, 5)]),
    ])))
    assert rows_of(data) == APPENDIX_EXPECTED
    assert all(t["path"] == ["Phụ lục"] for t in data["tasks"])
    assert [(n["label"], n["title"], n["kind"], n["children"]) for n in data["outline"][3:]] == [
        ("Phụ lục", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024", "tasks", [])]
    assert data["number"] == "KH-UBND"
    assert data["signer"] == {"lines": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                              "name": "Trần Phước Hiền"}
    assert data["recipients"] == ["Bộ Thông tin và Truyền thông", "Thường trực Tỉnh ủy",
                                  "Lưu: VT, KGVX"]


def test_word_table_whose_header_comes_again_mid_table(tmp_path):
    """A long table pasted from two pages: the header and the index row typed again."""
    rows = [APPENDIX_HEADER, APPENDIX_ROWS[0], *APPENDIX_ROWS[1:5], APPENDIX_HEADER,
            APPENDIX_ROWS[0], *APPENDIX_ROWS[5:]]
    data = parse(make_docx(tmp_path / "r.docx", _province_plan([
        P("PHỤ LỤC", bold=True, center=True), T(rows, merges=[(2, 0, 2, 5)])])))
    assert rows_of(data) == APPENDIX_EXPECTED


def test_word_table_with_start_and_end_under_one_time_column(tmp_path):
    rows = [["STT", "Nội dung công việc", "Đơn vị thực hiện", "", "Thời gian", "", "Ghi chú"],
            ["", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành", ""],
            ["A", "CHÍNH QUYỀN SỐ", "", "", "", "", ""],
            ["1", "Số hóa hồ sơ một cửa", "Văn phòng", "Các phòng", "01/01/2024", "30/6/2024", ""],
            ["2", "Ký số văn bản đi", "Văn phòng", "", "Quý I/2024", "Quý IV/2024", ""]]
    data = parse(make_docx(tmp_path / "s.docx", [
        P("KẾ HOẠCH", bold=True, center=True), P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("I. NHIỆM VỤ", bold=True),
        T(rows, bold_rows=(0, 1, 2), merges=[(0, 2, 0, 3), (0, 4, 0, 5), (0, 0, 1, 0),
                                            (0, 1, 1, 1), (0, 6, 1, 6), (2, 1, 2, 6)]),
    ]))
    assert rows_of(data) == [
        ("Số hóa hồ sơ một cửa", "CHÍNH QUYỀN SỐ", "Văn phòng", ["Các phòng"], "2024-06-30"),
        ("Ký số văn bản đi", "CHÍNH QUYỀN SỐ", "Văn phòng", [], "Quý IV/2024")]


def test_word_table_with_plain_group_rows(tmp_path):
    """Group rows typed like the others (no bold, no number), in a list whose tasks all
    name their lead unit."""
    rows = [["Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
            ["Chính quyền số", "", "", ""],
            ["Triển khai phần mềm một cửa điện tử", "Văn phòng HĐND và UBND", "Các xã", "Năm 2024"],
            ["Triển khai hệ thống họp trực tuyến", "Văn phòng HĐND và UBND", "", "Tháng 6/2024"],
            ["Kinh tế số", "", "", ""],
            ["Hỗ trợ hộ kinh doanh thanh toán số", "Phòng Kinh tế và Hạ tầng", "", "2024"]]
    data = parse(make_docx(tmp_path / "g.docx", [
        P("KẾ HOẠCH", bold=True, center=True), P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("II. NHIỆM VỤ", bold=True), T(rows)]))
    assert [(t["text"], t["group"]) for t in data["tasks"]] == [
        ("Triển khai phần mềm một cửa điện tử", "Chính quyền số"),
        ("Triển khai hệ thống họp trực tuyến", "Chính quyền số"),
        ("Hỗ trợ hộ kinh doanh thanh toán số", "Kinh tế số")]


def test_word_appendices_of_targets_and_of_tasks(tmp_path):
    targets = [["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2024",
                "Đơn vị chủ trì"],
               ["1", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến", "%", "80",
                "Sở TT&TT"],
               ["2", "Số doanh nghiệp công nghệ số", "doanh nghiệp", "1.200", "Sở KH&ĐT"]]
    tasks = [["TT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện"],
             ["1", "Xây dựng kho dữ liệu dùng chung", "Sở TT&TT", "Quý II/2024"]]
    data = parse(make_docx(tmp_path / "pl.docx", _province_plan([
        P("PHỤ LỤC I", bold=True, center=True),
        P("CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2024", bold=True, center=True), T(targets),
        P("PHỤ LỤC II", bold=True, center=True),
        P("DANH MỤC NHIỆM VỤ NĂM 2024", bold=True, center=True), T(tasks),
    ])))
    assert [(t["text"], t["value"], t["unit"], t["horizon"], t["path"])
            for t in data["targets"]][1:] == [
        ("Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến", 80, "%", 2024, ["Phụ lục I"]),
        ("Số doanh nghiệp công nghệ số", 1200, "doanh nghiệp", 2024, ["Phụ lục I"])]
    assert [(t["text"], t["lead"], t["path"]) for t in data["tasks"]] == [
        ("Xây dựng kho dữ liệu dùng chung", "Sở TT&TT", ["Phụ lục II"])]
    assert [(n["label"], n["kind"]) for n in data["outline"][3:]] == [
        ("Phụ lục I", "objectives"), ("Phụ lục II", "tasks")]


@pytest.mark.parametrize("header,order", [
    (["TT", "Tên nhiệm vụ, dự án", "Cơ quan chủ trì thực hiện", "Cơ quan, đơn vị phối hợp",
      "Thời hạn hoàn thành"], [0, 1, 2, 3, 4]),
    (["Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ thực hiện", "Số TT"],
     [4, 0, 1, 2, 3]),
    (["Số thứ tự", "Lộ trình thực hiện", "Công việc", "Phối hợp", "Chủ trì"], [0, 2, 4, 3, 1]),
    (["STT", "Nhiệm vụ/chỉ tiêu", "Trách nhiệm thực hiện", "Đơn vị phối hợp thực hiện",
      "Mốc thời gian"], [0, 1, 2, 3, 4]),
])
def test_column_wordings_and_orders(tmp_path, header, order):
    """``order[k]`` is the column of field k (STT, task, lead, co, deadline)."""
    values = [["1", "Số hóa hồ sơ lưu trữ", "Phòng Nội vụ", "Văn phòng; các xã", "Quý II/2024"],
              ["2", "Triển khai chữ ký số", "Văn phòng", "", "15/11/2024"]]

    def place(fields):
        row = [""] * 5
        for k, col in enumerate(order):
            row[col] = fields[k]
        return row

    rows = [header] + [place(v) for v in values]
    data = parse(make_docx(tmp_path / "c.docx", [
        P("KẾ HOẠCH", bold=True, center=True), P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("I. NHIỆM VỤ", bold=True), T(rows)]))
    assert rows_of(data) == [
        ("Số hóa hồ sơ lưu trữ", "NHIỆM VỤ", "Phòng Nội vụ", ["Văn phòng", "các xã"],
         "Quý II/2024"),
        ("Triển khai chữ ký số", "NHIỆM VỤ", "Văn phòng", [], "2024-11-15")]


# ------------------------------------------------------------------------- PDF appendix

def _pdf_story(path: Path, story_rows, col_widths, styles, *, before=(), after=(),
               signature=True, repeat=1) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    font = vietnamese_ttf()
    pdfmetrics.registerFont(TTFont("VN", font))
    bold_path = font.replace(".ttf", "-Bold.ttf")
    bold_font = "VNB" if Path(bold_path).exists() else "VN"
    if bold_font == "VNB":
        pdfmetrics.registerFont(TTFont("VNB", bold_path))
    body = ParagraphStyle("body", fontName="VN", fontSize=12, leading=15)
    heading = ParagraphStyle("h", fontName=bold_font, fontSize=12, leading=15)
    center = ParagraphStyle("c", fontName=bold_font, fontSize=13, leading=16, alignment=1)
    cell = ParagraphStyle("cell", fontName="VN", fontSize=10, leading=12)
    story = [Paragraph("KẾ HOẠCH", center),
             Paragraph("Chuyển đổi số tỉnh Quảng Ngãi năm 2024", center)]
    for text in before:
        story.append(Paragraph(text, heading if text[:2] in ("I.", "II", "II") else body))
    if signature:
        right = ParagraphStyle("s", fontName=bold_font, fontSize=12, leading=15, alignment=1)
        story.append(Table([[Paragraph("Nơi nhận:<br/>- Bộ TT&amp;TT;<br/>- Lưu: VT, KGVX.", cell),
                             Paragraph("TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH"
                                       "<br/><br/><br/>Trần Phước Hiền", right)]],
                           colWidths=[220, 260]))
        story.append(PageBreak())
        story += [Paragraph("Phụ lục", center),
                  Paragraph("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024", center),
                  Paragraph("(Kèm theo Kế hoạch số 25/KH-UBND ngày 15/3/2024 của UBND tỉnh)",
                            ParagraphStyle("i", fontName="VN", fontSize=11, alignment=1))]
    data = [[Paragraph(str(v), cell) if v != "" else "" for v in row] for row in story_rows]
    table = Table(data, colWidths=col_widths, repeatRows=repeat)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")] + styles))
    story.append(table)
    story += [Paragraph(text, heading if text[:3] in ("II.", "III") else body) for text in after]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build(story)
    return path


@needs_font
def test_pdf_appendix_after_the_signature_with_group_rows_across_the_table(tmp_path):
    rows = [APPENDIX_HEADER]
    spans = []
    expected = []
    for g, name in enumerate(["CHÍNH QUYỀN SỐ", "KINH TẾ SỐ", "XÃ HỘI SỐ"]):
        spans.append(("SPAN", (0, len(rows)), (-1, len(rows))))
        rows.append([f"{'I II III'.split()[g]}. {name}", "", "", "", "", ""])
        for k in range(9):
            deadline = ["Quý IV/2024", "30/9/2024", "Thường xuyên"][k % 3]
            rows.append([str(k + 1), f"Nhiệm vụ {g + 1}.{k + 1}: triển khai nền tảng số dùng "
                         "chung cho các cơ quan, đơn vị trên địa bàn tỉnh",
                         "Sở Thông tin và Truyền thông", "Các sở, ban, ngành; UBND các huyện",
                         deadline, "Hệ thống vận hành"])
            expected.append((f"Nhiệm vụ {g + 1}.{k + 1}", name,
                             "2024-09-30" if k % 3 == 1 else deadline))
    path = _pdf_story(tmp_path / "p.pdf", rows, [35, 230, 120, 130, 90, 110], spans, before=[
        "I. MỤC TIÊU", "- 100% văn bản điện tử được ký số.", "II. NHIỆM VỤ",
        "Chi tiết tại Phụ lục kèm theo.", "III. TỔ CHỨC THỰC HIỆN", "Các sở triển khai./."])
    data = parse(path)
    assert [(t["text"][:13].rstrip(":"), t["group"], t["deadline"]) for t in data["tasks"]] \
        == expected
    assert {(t["lead"], tuple(t["co"])) for t in data["tasks"]} == {
        ("Sở Thông tin và Truyền thông", ("Các sở", "ban", "ngành", "UBND các huyện"))}
    assert all(t["path"] == ["Phụ lục"] for t in data["tasks"])
    assert [n["title"] for n in data["outline"]] == [
        "MỤC TIÊU", "NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024"]
    assert data["signer"] == {"lines": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                              "name": "Trần Phước Hiền"}
    assert data["recipients"] == ["Bộ TT&TT", "Lưu: VT, KGVX"]


@needs_font
def test_pdf_table_with_two_header_rows_and_index_row_on_every_page(tmp_path):
    rows = [["STT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian", "", "Ghi chú"],
            ["", "", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành", ""],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]]
    styles = [("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (5, 0)), ("SPAN", (0, 0), (0, 1)),
              ("SPAN", (1, 0), (1, 1)), ("SPAN", (6, 0), (6, 1))]
    for g, name in enumerate(["NHẬN THỨC SỐ", "HẠ TẦNG SỐ", "DỮ LIỆU SỐ", "NỀN TẢNG SỐ"]):
        styles.append(("SPAN", (1, len(rows)), (-1, len(rows))))
        rows.append(["ABCD"[g], name, "", "", "", "", ""])
        for k in range(8):
            rows.append([str(k + 1), f"Nhiệm vụ {g + 1}.{k + 1}: xây dựng và vận hành hệ thống "
                         "phục vụ chuyển đổi số của huyện", "Phòng VHTT", "Các xã, thị trấn",
                         "01/01/2024", f"{k + 1}/{k + 2}/2024", ""])
    path = _pdf_story(tmp_path / "h.pdf", rows, [30, 220, 90, 90, 70, 70, 60], styles,
                      before=["I. NHIỆM VỤ"], after=["II. TỔ CHỨC THỰC HIỆN",
                                                     "Các đơn vị thực hiện./."],
                      signature=False, repeat=3)
    data = parse(path)
    tasks = data["tasks"]
    assert len(tasks) == 32
    assert all(t["text"].startswith("Nhiệm vụ ") for t in tasks)
    assert [t["group"] for t in tasks[::8]] == ["NHẬN THỨC SỐ", "HẠ TẦNG SỐ", "DỮ LIỆU SỐ",
                                                "NỀN TẢNG SỐ"]
    assert [t["deadline"] for t in tasks[:3]] == ["2024-02-01", "2024-03-02", "2024-04-03"]
    assert tasks[0]["lead"] == "Phòng VHTT" and tasks[0]["co"] == ["Các xã", "thị trấn"]
    assert [n["title"] for n in data["outline"]] == ["NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"]


# ----------------------------------------------------------------------------- Excel

def make_sheet(path: Path, rows, *, merges=(), hidden_cols=(), bold_rows=(), fonts=None,
               extra_sheets=(), title="Phụ lục") -> Path:
    """An .xlsx like an office's task list: ``merges`` as ``"A1:G1"``, ``hidden_cols`` as
    letters, ``extra_sheets`` as (title, rows, state)."""
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=r, column=c, value=value)
            font = (fonts or {}).get((r - 1, c - 1))
            if font or (r - 1) in bold_rows:
                cell.font = Font(name=font or "Times New Roman", bold=(r - 1) in bold_rows)
    for area in merges:
        sheet.merge_cells(area)
    for letter in hidden_cols:
        sheet.column_dimensions[letter].hidden = True
    for name, extra, state in extra_sheets:
        ws = workbook.create_sheet(name)
        for row in extra:
            ws.append(row)
        ws.sheet_state = state
    workbook.save(str(path))
    return path


def test_excel_list_with_merged_title_hidden_column_and_lead_merged_down(tmp_path):
    rows = [
        ["UBND TỈNH QUẢNG NGÃI", None, None, None, None, None, None],
        ["PHỤ LỤC I", None, None, None, None, None, None],
        ["DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024"] + [None] * 6,
        ["(Kèm theo Kế hoạch số 25/KH-UBND ngày 15/3/2024 của UBND tỉnh)"] + [None] * 6,
        [],
        ["TT", "Tên nhiệm vụ", "Mã cũ", "Cơ quan chủ trì thực hiện",
         "Cơ quan, đơn vị phối hợp", "Thời gian thực hiện", "Kết quả/Sản phẩm"],
        ["I", "NHẬN THỨC SỐ", None, None, None, None, None],
        ["1", "Tuyên truyền về chuyển đổi số", "Nhiệm vụ cũ", "Sở TT&TT",
         "Báo Quảng Ngãi; Đài PT-TH tỉnh", "Quý III/2024", "Tin bài"],
        ["2", "Tổ chức Ngày Chuyển đổi số 10/10", "Nhiệm vụ cũ", None, None,
         dt.datetime(2024, 10, 10), "Sự kiện"],
        ["II", "HẠ TẦNG SỐ", None, None, None, None, None],
        [1.0, "Phủ sóng 4G đến 100% thôn", None, "Các doanh nghiệp viễn thông",
         "UBND các huyện", "Năm 2024", None],
        ["2", "Nâng cấp mạng truyền số liệu chuyên dùng", None, "Sở TT&TT", None, 2024, None],
    ]
    path = make_sheet(tmp_path / "x.xlsx", rows, hidden_cols=["C"], bold_rows=(5, 6, 9),
                      merges=["A1:G1", "A2:G2", "A3:G3", "A4:G4", "B7:G7", "B10:G10",
                              "D8:D9", "E8:E9"])
    data = parse(path)
    assert rows_of(data) == [
        ("Tuyên truyền về chuyển đổi số", "NHẬN THỨC SỐ", "Sở TT&TT",
         ["Báo Quảng Ngãi", "Đài PT-TH tỉnh"], "Quý III/2024"),
        ("Tổ chức Ngày Chuyển đổi số 10/10", "NHẬN THỨC SỐ", "Sở TT&TT",
         ["Báo Quảng Ngãi", "Đài PT-TH tỉnh"], "2024-10-10"),
        ("Phủ sóng 4G đến 100% thôn", "HẠ TẦNG SỐ", "Các doanh nghiệp viễn thông",
         ["UBND các huyện"], "Năm 2024"),
        ("Nâng cấp mạng truyền số liệu chuyên dùng", "HẠ TẦNG SỐ", "Sở TT&TT", [], "2024")]
    assert data["title"] == "DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024"
    assert data["issuer"] == "UBND TỈNH QUẢNG NGÃI"
    assert data["outline"] == []


def test_excel_two_row_header_with_merged_cells(tmp_path):
    rows = [["STT", "Nội dung công việc", "Đơn vị thực hiện", None, "Thời gian", None,
             "Ghi chú"],
            [None, None, "Chủ trì", "Phối hợp", "Bắt đầu", "Kết thúc", None],
            ["A", "CHÍNH QUYỀN SỐ"],
            [1, "Số hóa hồ sơ", "Văn phòng", "Các phòng", dt.datetime(2024, 1, 1),
             dt.datetime(2024, 6, 30), None],
            [2, "Ký số văn bản", "Văn phòng", None, "Quý I/2024", "Quý IV/2024", "Đang làm"]]
    data = parse(make_sheet(tmp_path / "h.xlsx", rows, merges=[
        "A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:G2", "B3:G3"]))
    assert rows_of(data) == [
        ("Số hóa hồ sơ", "CHÍNH QUYỀN SỐ", "Văn phòng", ["Các phòng"], "2024-06-30"),
        ("Ký số văn bản", "CHÍNH QUYỀN SỐ", "Văn phòng", [], "Quý IV/2024")]


def test_excel_hidden_sheet_is_not_read_and_units_split_on_lines(tmp_path):
    rows = [["KẾ HOẠCH CHUYỂN ĐỔI SỐ HUYỆN BA TƠ NĂM 2024"], [],
            ["Nhiệm vụ/Dự án", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"],
            ["Chính quyền số"],
            ["Triển khai phần mềm một cửa", "Văn phòng HĐND-UBND",
             "- Phòng Nội vụ\n- Các xã, thị trấn", "30/06/2024"],
            ["Triển khai họp trực tuyến", "Văn phòng HĐND-UBND", None, "Tháng 6/2024"]]
    lookup = [["Tên nhiệm vụ", "Đơn vị"], ["Danh mục A", "Phòng A"], ["Danh mục B", "Phòng B"]]
    data = parse(make_sheet(tmp_path / "h.xlsx", rows, bold_rows=(2, 3),
                            extra_sheets=[("DanhMuc", lookup, "hidden")]))
    assert rows_of(data) == [
        ("Triển khai phần mềm một cửa", "Chính quyền số", "Văn phòng HĐND-UBND",
         ["Phòng Nội vụ", "Các xã", "thị trấn"], "2024-06-30"),
        ("Triển khai họp trực tuyến", "Chính quyền số", "Văn phòng HĐND-UBND", [],
         "Tháng 6/2024")]
    assert (data["doc_type"], data["title"]) == ("KẾ HOẠCH", "CHUYỂN ĐỔI SỐ HUYỆN BA TƠ NĂM 2024")


def test_excel_sheet_of_targets(tmp_path):
    rows = [["CHỈ TIÊU CHUYỂN ĐỔI SỐ TỈNH NĂM 2024 - 2025"],
            ["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025"],
            ["1", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", 80, 100],
            ["2", "Số doanh nghiệp công nghệ số", "doanh nghiệp", "1.500", "2.000"],
            ["3", "Tỷ lệ dân số trưởng thành có chữ ký số", "%", "35,5", "50"]]
    data = parse(make_sheet(tmp_path / "t.xlsx", rows, title="Chỉ tiêu"))
    assert [(t["text"], t["value"], t["unit"], t["horizon"]) for t in data["targets"]] == [
        ("Tỷ lệ dịch vụ công trực tuyến toàn trình", 80, "%", 2024),
        ("Số doanh nghiệp công nghệ số", 1500, "doanh nghiệp", 2024),
        ("Tỷ lệ dân số trưởng thành có chữ ký số", 35.5, "%", 2024)]
    assert data["tasks"] == []


def test_excel_in_tcvn3_under_an_ordinary_font(tmp_path):
    """Cells typed in TCVN3 but shown with Times New Roman (the font was changed, or lost
    when the list was copied): short cells are recognised with the rest of the sheet."""
    from dxdesk.text import legacy

    def tcvn3(text):
        try:
            return legacy.from_unicode(text, "tcvn3")
        except ValueError:
            return legacy.from_unicode(text, "tcvn3", uppercase_font=True)

    rows = [[tcvn3("DANH MỤC NHIỆM VỤ NĂM 2024")], [],
            ["STT", tcvn3("Nhiệm vụ"), tcvn3("Đơn vị chủ trì"), tcvn3("Thời gian hoàn thành")],
            ["I", tcvn3("CHÍNH QUYỀN SỐ"), None, None],
            [1, tcvn3("Số hóa hồ sơ một cửa"), tcvn3("Văn phòng UBND"), tcvn3("Quý II/2024")],
            [2, tcvn3("Triển khai chữ ký số"), tcvn3("Văn phòng UBND"), "31/12/2024"]]
    fonts = {(r, c): "Times New Roman" for r in range(len(rows)) for c in range(4)}
    data = parse(make_sheet(tmp_path / "l.xlsx", rows, fonts=fonts))
    assert rows_of(data) == [
        ("Số hóa hồ sơ một cửa", "CHÍNH QUYỀN SỐ", "Văn phòng UBND", [], "Quý II/2024"),
        ("Triển khai chữ ký số", "CHÍNH QUYỀN SỐ", "Văn phòng UBND", [], "2024-12-31")]
    assert data["title"] == "DANH MỤC NHIỆM VỤ NĂM 2024"


def test_word_table_split_in_two_by_a_page_break(tmp_path):
    """The appendix table broken in two tables (a section break to turn the page): the
    second part has no header of its own."""
    first = [APPENDIX_HEADER] + APPENDIX_ROWS[:5]
    second = APPENDIX_ROWS[5:]
    data = parse(make_docx(tmp_path / "s.docx", _province_plan([
        P("PHỤ LỤC", bold=True, center=True), T(first, merges=[(2, 0, 2, 5)]), T(second)])))
    assert rows_of(data) == APPENDIX_EXPECTED


def test_two_column_task_table_then_the_closing_block(tmp_path):
    data = parse(make_docx(tmp_path / "c.docx", [
        P("KẾ HOẠCH", bold=True, center=True), P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("I. NHIỆM VỤ", bold=True),
        T([["STT", "Nội dung nhiệm vụ"], ["1", "Số hóa hồ sơ một cửa"],
           ["2", "Triển khai chữ ký số"]]),
        closing_block(("Sở TT&TT", "Lưu: VT"), ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), "Lê Văn Hai"),
    ]))
    assert [t["text"] for t in data["tasks"]] == ["Số hóa hồ sơ một cửa", "Triển khai chữ ký số"]
    assert data["recipients"] == ["Sở TT&TT", "Lưu: VT"]
    assert data["signer"]["name"] == "Lê Văn Hai"


def test_numbered_group_rows_over_unnumbered_tasks(tmp_path):
    rows = [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian"],
            ["1", "Nhận thức số", "", ""],
            ["", "- Tuyên truyền trên loa truyền thanh", "Phòng VHTT", "Thường xuyên"],
            ["", "- Tập huấn kỹ năng số cho cán bộ", "Phòng Nội vụ", "Quý III/2024"],
            ["2", "Hạ tầng số", "", ""],
            ["", "- Lắp camera giám sát", "Công an huyện", "Năm 2024"]]
    data = parse(make_docx(tmp_path / "n.docx", [
        P("KẾ HOẠCH", bold=True, center=True), P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("III. NHIỆM VỤ", bold=True), T(rows)]))
    assert [(t["text"], t["group"], t["lead"]) for t in data["tasks"]] == [
        ("Tuyên truyền trên loa truyền thanh", "Nhận thức số", "Phòng VHTT"),
        ("Tập huấn kỹ năng số cho cán bộ", "Nhận thức số", "Phòng Nội vụ"),
        ("Lắp camera giám sát", "Hạ tầng số", "Công an huyện")]


def test_excel_list_with_a_field_column_merged_down(tmp_path):
    rows = [["STT", "Lĩnh vực", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"],
            [1, "Chính quyền số", "Số hóa hồ sơ một cửa", "Văn phòng", "Quý II/2024"],
            [2, None, "Triển khai chữ ký số", "Văn phòng", "Năm 2024"],
            [3, "Kinh tế số", "Hỗ trợ hộ kinh doanh lên sàn", "Phòng Kinh tế", "Thường xuyên"]]
    data = parse(make_sheet(tmp_path / "f.xlsx", rows, merges=["B2:B3"]))
    assert [(t["text"], t["group"], t["lead"], t["deadline"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ một cửa", "Chính quyền số", "Văn phòng", "Quý II/2024"),
        ("Triển khai chữ ký số", "Chính quyền số", "Văn phòng", "Năm 2024"),
        ("Hỗ trợ hộ kinh doanh lên sàn", "Kinh tế số", "Phòng Kinh tế", "Thường xuyên")]


def test_text_file_with_a_task_list_pasted_from_a_spreadsheet(tmp_path):
    """Cells separated by tabs (copied from Excel into Notepad); a group row that lost its
    empty cells; the closing block laid out with tabs stays text."""
    lines = ["KẾ HOẠCH", "Chuyển đổi số năm 2024", "I. NHIỆM VỤ", "Chi tiết tại Phụ lục.",
             "II. TỔ CHỨC THỰC HIỆN", "Các phòng triển khai./.",
             "Nơi nhận:\t\t\tTM. ỦY BAN NHÂN DÂN", "- Sở TT&TT;\t\t\tCHỦ TỊCH", "- Lưu: VT.",
             "\t\t\tNguyễn Văn An", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ",
             "STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian hoàn thành",
             "I\tCHÍNH QUYỀN SỐ",
             "1\tSố hóa hồ sơ\tVăn phòng\tCác phòng, ban\t30/6/2024",
             "2\tKý số văn bản\tVăn phòng\t\tQuý IV/2024",
             "II\tKINH TẾ SỐ\t\t\t",
             "1\tHỗ trợ hộ kinh doanh lên sàn\tPhòng Kinh tế\tHội Nông dân\tNăm 2024"]
    path = tmp_path / "p.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = parse(path)
    assert rows_of(data) == [
        ("Số hóa hồ sơ", "CHÍNH QUYỀN SỐ", "Văn phòng", ["Các phòng", "ban"], "2024-06-30"),
        ("Ký số văn bản", "CHÍNH QUYỀN SỐ", "Văn phòng", [], "Quý IV/2024"),
        ("Hỗ trợ hộ kinh doanh lên sàn", "KINH TẾ SỐ", "Phòng Kinh tế", ["Hội Nông dân"],
         "Năm 2024")]
    assert data["signer"] == {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "name": "Nguyễn Văn An"}
    assert data["recipients"] == ["Sở TT&TT", "Lưu: VT"]
    assert [n["label"] for n in data["outline"]] == ["I", "II", "Phụ lục"]
