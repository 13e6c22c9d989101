"""Plans of other provinces: targets as bullets grouped by pillar and as an appendix
table, outlines numbered ``Phần thứ nhất``, ``A.``/``B.`` with ``Mục 1``, unnumbered
headings in capitals, legal bases in every place a preamble puts them, a Word appendix on
a landscape page whose header row repeats, a unit column that holds both the lead and the
co-operating units, and Excel workbooks with a cover sheet and percentage cells."""

from __future__ import annotations

import datetime as dt

import pytest
from importing_docmaker import P, T, closing_block, header_block, make_docx

from dxdesk.importing import parse_file


def parse(path) -> dict:
    return parse_file(path).to_json_dict()


def outline(nodes) -> list:
    return [(n["label"], n["title"], n["kind"], outline(n["children"])) for n in nodes]


def targets_of(data: dict) -> list:
    return [(t["text"], t["value"], t["unit"], t["horizon"], t["path"]) for t in data["targets"]]


def tasks_of(data: dict) -> list:
    return [(t["text"], t["group"], t["path"], t["lead"], t["co"], t["deadline"])
            for t in data["tasks"]]


def plan(body: list, title="Chuyển đổi số tỉnh Hà Tĩnh năm 2025") -> list:
    return [header_block(), P("KẾ HOẠCH", bold=True, center=True),
            P(title, bold=True, center=True), *body, closing_block()]


# ------------------------------------------------------------------------------ targets

def test_targets_as_bullets_grouped_by_pillar(tmp_path):
    body = [P("I. MỤC ĐÍCH, YÊU CẦU", bold=True), P("1. Mục đích", bold=True),
            P("Triển khai hiệu quả chuyển đổi số trên địa bàn tỉnh."),
            P("II. MỤC TIÊU", bold=True), P("1. Mục tiêu chung", bold=True),
            P("Phát triển toàn diện chính quyền số, kinh tế số, xã hội số."),
            P("2. Mục tiêu cụ thể", bold=True),
            P("a) Chính quyền số:", italic=True),
            P("- 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng;"),
            P("- Phấn đấu 80% dịch vụ công trực tuyến toàn trình;"),
            P("- Tối thiểu 50% hồ sơ được số hóa;"),
            P("b) Kinh tế số:", italic=True),
            P("- Kinh tế số chiếm ≥ 20% GRDP của tỉnh;"),
            P("- Triển khai 02 hệ thống nền tảng số dùng chung;"),
            P("- Đạt 1.000 tài khoản thanh toán số."),
            P("III. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True), P("1. Nhận thức số", bold=True),
            P("- Tuyên truyền về chuyển đổi số."),
            P("IV. KINH PHÍ THỰC HIỆN", bold=True), P("Từ ngân sách tỉnh."),
            P("V. TỔ CHỨC THỰC HIỆN", bold=True), P("Các sở, ngành thực hiện./.")]
    data = parse(make_docx(tmp_path / "t.docx",
                           plan(body, "Chuyển đổi số tỉnh Bình Định năm 2025")))
    a, b = ["II", "2", "a"], ["II", "2", "b"]
    assert targets_of(data) == [
        ("100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng;", 100, "%", 2025, a),
        ("Phấn đấu 80% dịch vụ công trực tuyến toàn trình;", 80, "%", 2025, a),
        ("Tối thiểu 50% hồ sơ được số hóa;", 50, "%", 2025, a),
        ("Kinh tế số chiếm ≥ 20% GRDP của tỉnh;", 20, "%", 2025, b),
        ("Triển khai 02 hệ thống nền tảng số dùng chung;", 2, "hệ thống", 2025, b),
        ("Đạt 1.000 tài khoản thanh toán số.", 1000, "tài khoản", 2025, b)]
    assert [(n["title"], n["kind"]) for n in data["outline"]] == [
        ("MỤC ĐÍCH, YÊU CẦU", "objectives"), ("MỤC TIÊU", "objectives"),
        ("NHIỆM VỤ VÀ GIẢI PHÁP", "tasks"), ("KINH PHÍ THỰC HIỆN", "funding"),
        ("TỔ CHỨC THỰC HIỆN", "organization")]
    assert tasks_of(data) == [("Tuyên truyền về chuyển đổi số.", "Nhận thức số", ["III", "1"],
                               None, [], None)]


def _landscape_appendices(path):
    """The plan's body, then on a landscape section "Phụ lục I" (targets: "Kế hoạch năm
    2025") and "Phụ lục II" (tasks: group rows merged across with the first column empty,
    the header row marked to repeat and typed again mid-table, a lead cell of two
    paragraphs)."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    header = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
              "Thời gian hoàn thành", "Sản phẩm"]
    rows = [header, ["", "I. CHÍNH QUYỀN SỐ", "", "", "", ""],
            ["1", "Số hóa hồ sơ thủ tục hành chính", "Sở Nội vụ",
             "Các sở, ngành;\nUBND cấp huyện", "Quý II/2025", "Hồ sơ số hóa"],
            ["2", "Triển khai ký số", "Văn phòng UBND tỉnh\nSở TT&TT", "", "30/6/2025",
             "Văn bản"],
            ["", "II. KINH TẾ SỐ", "", "", "", ""],
            ["3", "Phát triển thương mại điện tử", "Sở Công Thương", "Các huyện", "Năm 2025", ""],
            header,
            ["4", "Thanh toán không dùng tiền mặt", "Ngân hàng Nhà nước", "Sở Tài chính",
             "Thường xuyên", "Báo cáo"]]
    body = [P("I. MỤC TIÊU", bold=True),
            P("- 100% hồ sơ công việc được xử lý trên môi trường mạng."),
            P("II. NHIỆM VỤ", bold=True), P("Chi tiết tại Phụ lục II kèm theo."),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True), P("Các sở, ngành thực hiện./.")]
    blocks = plan(body) + [
        P("Phụ lục I", bold=True, center=True),
        P("CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025", bold=True, center=True),
        P("(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND tỉnh)", italic=True,
          center=True),
        T([["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Ghi chú"],
           ["1", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", "≥ 90%", ""],
           ["2", "Hệ thống thông tin dùng chung", "Hệ thống", "02", ""],
           ["3", "Tài khoản thanh toán số", "tài khoản", "Đạt 1.000", ""],
           ["4", "Tỷ lệ hồ sơ được số hóa", "%", "tối thiểu 50%", ""]], bold_rows=(0,)),
        P("Phụ lục II", bold=True, center=True),
        P("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025", bold=True, center=True),
        T(rows, bold_rows=(0, 1, 4, 6), merges=[(1, 1, 1, 5), (4, 1, 4, 5)])]
    make_docx(path, blocks)
    document = docx.Document(str(path))
    first = next(p for p in document.paragraphs if p.text == "Phụ lục I")
    first._p.addprevious(parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        f'</w:sectPr></w:pPr></w:p>'))
    last = document.sections[-1]
    last.orientation = WD_ORIENT.LANDSCAPE
    last.page_width, last.page_height = last.page_height, last.page_width
    document.tables[-1].rows[0]._tr.get_or_add_trPr().append(
        parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    document.save(str(path))
    return path


def test_word_appendices_of_targets_and_tasks_on_a_landscape_section(tmp_path):
    data = parse(_landscape_appendices(tmp_path / "l.docx"))
    assert targets_of(data) == [
        ("100% hồ sơ công việc được xử lý trên môi trường mạng.", 100, "%", 2025, ["I"]),
        ("Tỷ lệ dịch vụ công trực tuyến toàn trình", 90, "%", 2025, ["Phụ lục I"]),
        ("Hệ thống thông tin dùng chung", 2, "Hệ thống", 2025, ["Phụ lục I"]),
        ("Tài khoản thanh toán số", 1000, "tài khoản", 2025, ["Phụ lục I"]),
        ("Tỷ lệ hồ sơ được số hóa", 50, "%", 2025, ["Phụ lục I"])]
    p2 = ["Phụ lục II"]
    assert tasks_of(data) == [
        ("Số hóa hồ sơ thủ tục hành chính", "CHÍNH QUYỀN SỐ", p2, "Sở Nội vụ",
         ["Các sở", "ngành", "UBND cấp huyện"], "Quý II/2025"),
        ("Triển khai ký số", "CHÍNH QUYỀN SỐ", p2, "Văn phòng UBND tỉnh, Sở TT&TT", [],
         "2025-06-30"),
        ("Phát triển thương mại điện tử", "KINH TẾ SỐ", p2, "Sở Công Thương", ["Các huyện"],
         "Năm 2025"),
        ("Thanh toán không dùng tiền mặt", "KINH TẾ SỐ", p2, "Ngân hàng Nhà nước",
         ["Sở Tài chính"], "Thường xuyên")]
    assert [(n["label"], n["kind"]) for n in data["outline"]] == [
        ("I", "objectives"), ("II", "tasks"), ("III", "organization"),
        ("Phụ lục I", "objectives"), ("Phụ lục II", "tasks")]


# ------------------------------------------------------------------------------ outlines

def test_outline_in_parts_phan_thu_nhat_with_centred_titles(tmp_path):
    body = [P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;"),
            P("Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị;"),
            P("Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;"),
            P("Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
            P("Phần thứ nhất", bold=True, center=True), P("MỤC TIÊU", bold=True, center=True),
            P("I. MỤC TIÊU CHUNG", bold=True), P("Phát triển chính quyền số."),
            P("II. CHỈ TIÊU CỤ THỂ", bold=True),
            P("- 100% hồ sơ công việc được xử lý trên môi trường mạng."),
            P("Phần thứ hai", bold=True, center=True),
            P("NHIỆM VỤ VÀ GIẢI PHÁP", bold=True, center=True),
            P("I. NHIỆM VỤ", bold=True), P("1. Chuyển đổi nhận thức", bold=True),
            P("- Tuyên truyền về chuyển đổi số."), P("2. Hạ tầng số", bold=True),
            P("- Nâng cấp mạng LAN."),
            P("Phần thứ ba", bold=True, center=True),
            P("TỔ CHỨC THỰC HIỆN", bold=True, center=True), P("Các sở, ngành thực hiện./.")]
    data = parse(make_docx(tmp_path / "p.docx", plan(body)))
    assert data["bases"] == [
        "Luật Tổ chức chính quyền địa phương ngày 19/6/2015",
        "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị",
        "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ"]
    assert outline(data["outline"]) == [
        ("Phần thứ nhất", "MỤC TIÊU", "objectives", [
            ("I", "MỤC TIÊU CHUNG", "objectives", []),
            ("II", "CHỈ TIÊU CỤ THỂ", "objectives", [])]),
        ("Phần thứ hai", "NHIỆM VỤ VÀ GIẢI PHÁP", "tasks", [
            ("I", "NHIỆM VỤ", "group", [("1", "Chuyển đổi nhận thức", "group", []),
                                       ("2", "Hạ tầng số", "group", [])])]),
        ("Phần thứ ba", "TỔ CHỨC THỰC HIỆN", "organization", [])]
    assert [(t["text"], t["path"]) for t in data["targets"]] == [
        ("100% hồ sơ công việc được xử lý trên môi trường mạng.", ["Phần thứ nhất", "II"])]
    assert [(t["text"], t["group"]) for t in data["tasks"]] == [
        ("Tuyên truyền về chuyển đổi số.", "Chuyển đổi nhận thức"),
        ("Nâng cấp mạng LAN.", "Hạ tầng số")]


def test_lettered_sections_with_muc_under_them_and_bases_in_one_paragraph(tmp_path):
    """``Mục 1`` first met under ``B. NHIỆM VỤ`` stands under it (it does not close B and
    take ``C.``, ``D.`` under it); the enacting sentence joined to the last basis by a
    comma is not part of it."""
    body = [P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Nghị quyết số "
              "52-NQ/TW ngày 27/9/2019 của Bộ Chính trị; Quyết định số 749/QĐ-TTg ngày "
              "03/6/2020 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch "
              "như sau:"),
            P("A. MỤC TIÊU", bold=True), P("1. Mục tiêu chung", bold=True),
            P("Phát triển chính quyền số."), P("2. Chỉ tiêu", bold=True),
            P("- 90% hồ sơ công việc được xử lý trên môi trường mạng."),
            P("B. NHIỆM VỤ", bold=True), P("Mục 1. Chuyển đổi nhận thức", bold=True),
            P("- Tuyên truyền về chuyển đổi số."), P("Mục 2. Hạ tầng số", bold=True),
            P("- Nâng cấp mạng LAN."),
            P("C. KINH PHÍ", bold=True), P("Ngân sách tỉnh."),
            P("D. TỔ CHỨC THỰC HIỆN", bold=True), P("Các sở, ngành thực hiện./.")]
    data = parse(make_docx(tmp_path / "a.docx", plan(body, "Chuyển đổi số tỉnh Nghệ An năm 2025")))
    assert data["bases"] == [
        "Luật Tổ chức chính quyền địa phương ngày 19/6/2015",
        "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị",
        "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ"]
    assert outline(data["outline"]) == [
        ("A", "MỤC TIÊU", "objectives", [("1", "Mục tiêu chung", "objectives", []),
                                         ("2", "Chỉ tiêu", "objectives", [])]),
        ("B", "NHIỆM VỤ", "tasks", [("Mục 1", "Chuyển đổi nhận thức", "group", []),
                                    ("Mục 2", "Hạ tầng số", "group", [])]),
        ("C", "KINH PHÍ", "funding", []), ("D", "TỔ CHỨC THỰC HIỆN", "organization", [])]
    assert tasks_of(data) == [
        ("Tuyên truyền về chuyển đổi số.", "Chuyển đổi nhận thức", ["B", "Mục 1"], None, [], None),
        ("Nâng cấp mạng LAN.", "Hạ tầng số", ["B", "Mục 2"], None, [], None)]


@pytest.mark.parametrize("sentence", [
    ", Ủy ban nhân dân huyện xây dựng Kế hoạch chuyển đổi số năm 2025 như sau:",
    ", UBND huyện ban hành Kế hoạch thực hiện với các nội dung sau.",
])
def test_enacting_sentence_after_a_comma_is_not_a_basis(tmp_path, sentence):
    body = [P("Căn cứ Kế hoạch số 15/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh Hà "
              "Tĩnh về chuyển đổi số năm 2025" + sentence),
            P("I. NHIỆM VỤ", bold=True), P("- Tuyên truyền về chuyển đổi số."),
            P("II. TỔ CHỨC THỰC HIỆN", bold=True), P("Các phòng thực hiện./.")]
    data = parse(make_docx(tmp_path / "b.docx", plan(body)))
    assert data["bases"] == ["Kế hoạch số 15/KH-UBND ngày 20/01/2025 của Ủy ban nhân dân "
                             "tỉnh Hà Tĩnh về chuyển đổi số năm 2025"]


def test_bases_section_and_unnumbered_capital_parts_of_numbered_sections(tmp_path):
    """``MỤC ĐÍCH`` / ``YÊU CẦU`` in capitals under ``II. MỤC ĐÍCH, YÊU CẦU`` and
    ``CHÍNH QUYỀN SỐ`` under ``IV. NHIỆM VỤ VÀ GIẢI PHÁP`` are its parts; ``TỔ CHỨC THỰC
    HIỆN`` in capitals after them is a section of its own."""
    body = [P("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", bold=True),
            P("- Luật Giao dịch điện tử ngày 22/6/2023;"),
            P("- Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị;"),
            P("- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ."),
            P("II. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("MỤC ĐÍCH", bold=True), P("Triển khai chuyển đổi số."),
            P("YÊU CẦU", bold=True), P("Bám sát kế hoạch của tỉnh."),
            P("III. MỤC TIÊU", bold=True),
            P("- 95% hồ sơ công việc được xử lý trên môi trường mạng."),
            P("IV. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True),
            P("CHÍNH QUYỀN SỐ", bold=True), P("- Triển khai ký số."),
            P("KINH TẾ SỐ", bold=True), P("- Phát triển thương mại điện tử."),
            P("TỔ CHỨC THỰC HIỆN", bold=True), P("Các phòng thực hiện./.")]
    data = parse(make_docx(tmp_path / "c.docx", plan(body, "Chuyển đổi số huyện Kỳ Anh năm 2025")))
    assert data["bases"] == [
        "Luật Giao dịch điện tử ngày 22/6/2023",
        "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị",
        "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ"]
    assert outline(data["outline"]) == [
        ("I", "CĂN CỨ XÂY DỰNG KẾ HOẠCH", "bases", []),
        ("II", "MỤC ĐÍCH, YÊU CẦU", "objectives", [("", "MỤC ĐÍCH", "objectives", []),
                                                    ("", "YÊU CẦU", "other", [])]),
        ("III", "MỤC TIÊU", "objectives", []),
        ("IV", "NHIỆM VỤ VÀ GIẢI PHÁP", "tasks", [("", "CHÍNH QUYỀN SỐ", "group", []),
                                                   ("", "KINH TẾ SỐ", "group", [])]),
        ("", "TỔ CHỨC THỰC HIỆN", "organization", [])]
    assert [(t["text"], t["group"]) for t in data["tasks"]] == [
        ("Triển khai ký số.", "CHÍNH QUYỀN SỐ"),
        ("Phát triển thương mại điện tử.", "KINH TẾ SỐ")]
    assert [t["value"] for t in data["targets"]] == [95]


# ------------------------------------------------------------------- unit columns

@pytest.mark.parametrize("units_header", [
    "Cơ quan chủ trì/phối hợp", "Đơn vị chủ trì, phối hợp", "Đơn vị thực hiện"])
def test_one_column_for_the_lead_and_the_co_units(tmp_path, units_header):
    rows = [["STT", "Nhiệm vụ", units_header, "Thời gian hoàn thành"],
            ["", "CHÍNH QUYỀN SỐ", "", ""],
            ["1", "Triển khai ký số", "Chủ trì: Văn phòng UBND tỉnh\nPhối hợp: Sở TT&TT; "
             "các sở, ngành", "30/6/2025"],
            ["2", "Phát triển thương mại điện tử", "Sở Công Thương", "Năm 2025"]]
    body = [P("I. NHIỆM VỤ", bold=True), T(rows, bold_rows=(0, 1), merges=[(1, 0, 1, 3)]),
            P("II. TỔ CHỨC THỰC HIỆN", bold=True), P("Các sở, ngành thực hiện./.")]
    data = parse(make_docx(tmp_path / "u.docx", plan(body)))
    assert tasks_of(data) == [
        ("Triển khai ký số", "CHÍNH QUYỀN SỐ", ["I"], "Văn phòng UBND tỉnh",
         ["Sở TT&TT", "các sở", "ngành"], "2025-06-30"),
        ("Phát triển thương mại điện tử", "CHÍNH QUYỀN SỐ", ["I"], "Sở Công Thương", [],
         "Năm 2025")]


def test_column_for_both_units_without_their_names(tmp_path):
    """A column named for both roles: the lead unit on the first line, the co-operating
    units on the next; on one line, before and after the first semicolon."""
    rows = [["TT", "Nội dung", "Đơn vị chủ trì/phối hợp", "Thời hạn"],
            ["1", "Số hóa hồ sơ", "Sở Nội vụ\nCác sở, ngành; UBND cấp huyện", "Quý II/2025"],
            ["2", "Ký số văn bản", "Văn phòng UBND tỉnh; Sở TT&TT", "Năm 2025"],
            ["3", "Thương mại điện tử", "Sở Công Thương", "Năm 2025"]]
    body = [P("I. NHIỆM VỤ", bold=True), T(rows, bold_rows=(0,)),
            P("II. TỔ CHỨC THỰC HIỆN", bold=True), P("Các sở, ngành thực hiện./.")]
    data = parse(make_docx(tmp_path / "v.docx", plan(body)))
    assert [(t["lead"], t["co"]) for t in data["tasks"]] == [
        ("Sở Nội vụ", ["Các sở", "ngành", "UBND cấp huyện"]),
        ("Văn phòng UBND tỉnh", ["Sở TT&TT"]),
        ("Sở Công Thương", [])]


# ------------------------------------------------------------------------------ Excel

def _workbook(path, sheets):
    import openpyxl

    workbook = openpyxl.Workbook()
    for k, (title, rows, merges, formats) in enumerate(sheets):
        ws = workbook.active if k == 0 else workbook.create_sheet(title)
        ws.title = title
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
        for (r, c), number_format in formats.items():
            ws.cell(row=r, column=c).number_format = number_format
        for area in merges:
            ws.merge_cells(area)
    workbook.save(str(path))
    return path


COVER = ("Hướng dẫn", [["HƯỚNG DẪN SỬ DỤNG BIỂU MẪU"],
                       ["Ghi chú: Các đơn vị điền đầy đủ thông tin vào sheet Nhiệm vụ."],
                       ["Hạn gửi báo cáo trước ngày 15/12/2024."]], [], {})
TASK_SHEET = ("Nhiệm vụ", [
    ["UBND TỈNH HÀ TĨNH"], ["DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025"],
    ["(Kèm theo Kế hoạch số 10/KH-UBND ngày 05/01/2025)"], [],
    ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", None, "Sản phẩm"],
    [None, None, None, None, "Bắt đầu", "Hoàn thành", None],
    ["I", "CHÍNH QUYỀN SỐ"],
    [1, "Số hóa hồ sơ", "Sở Nội vụ", "Các sở, ngành", dt.datetime(2025, 1, 1),
     dt.datetime(2025, 6, 30), "Dữ liệu số hóa"],
    [2, "Ký số văn bản", "Văn phòng UBND tỉnh", None, "Quý I/2025", 45838, "Văn bản ký số"],
    ["II", "KINH TẾ SỐ"],
    [3, "Thanh toán không dùng tiền mặt", "Sở Công Thương",
     "Ngân hàng Nhà nước chi nhánh tỉnh", None, "31/12/2025", None],
    [None, "Tổng cộng: 03 nhiệm vụ"],
    ["Ghi chú: Thời gian hoàn thành là hạn cuối cùng."]],
    ["A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:F5", "G5:G6", "B7:G7", "B10:G10"],
    {(9, 6): "dd/mm/yyyy"})
TARGET_SHEET = ("Chỉ tiêu", [
    ["CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025"], [],
    ["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2025", "Ghi chú"],
    [1, "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", 0.8, None],
    [2, "Tỷ lệ hồ sơ được số hóa", "%", "≥ 90%", None],
    [3, "Hệ thống thông tin dùng chung", "hệ thống", "02", None],
    [4, "Tài khoản thanh toán số", "tài khoản", "Đạt 1.000", None],
    [5, "Tỷ lệ người dân có chữ ký số", None, 0.955, None],
    [6, "Hồ sơ công việc xử lý trên mạng", None, "100%", None]],
    [], {(4, 4): "0%", (8, 4): "0.0%"})


def test_excel_cover_sheet_tasks_with_two_row_header_and_targets_sheet(tmp_path):
    data = parse(_workbook(tmp_path / "w.xlsx", [COVER, TASK_SHEET, TARGET_SHEET]))
    assert (data["title"], data["issuer"]) == ("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025",
                                               "UBND TỈNH HÀ TĨNH")
    assert data["doc_type"] is None
    assert [(t["text"], t["group"], t["lead"], t["co"], t["deadline"], t["output"])
            for t in data["tasks"]] == [
        ("Số hóa hồ sơ", "CHÍNH QUYỀN SỐ", "Sở Nội vụ", ["Các sở", "ngành"], "2025-06-30",
         "Dữ liệu số hóa"),
        ("Ký số văn bản", "CHÍNH QUYỀN SỐ", "Văn phòng UBND tỉnh", [], "2025-06-30",
         "Văn bản ký số"),
        ("Thanh toán không dùng tiền mặt", "KINH TẾ SỐ", "Sở Công Thương",
         ["Ngân hàng Nhà nước chi nhánh tỉnh"], "2025-12-31", None)]
    assert [(t["text"], t["value"], t["unit"], t["horizon"]) for t in data["targets"]] == [
        ("Tỷ lệ dịch vụ công trực tuyến toàn trình", 80, "%", 2025),
        ("Tỷ lệ hồ sơ được số hóa", 90, "%", 2025),
        ("Hệ thống thông tin dùng chung", 2, "hệ thống", 2025),
        ("Tài khoản thanh toán số", 1000, "tài khoản", 2025),
        ("Tỷ lệ người dân có chữ ký số", 95.5, "%", 2025),
        ("Hồ sơ công việc xử lý trên mạng", 100, "%", 2025)]


def test_excel_cover_sheet_that_names_the_plan_is_kept(tmp_path):
    cover = ("Bìa", [["ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"], ["KẾ HOẠCH"],
                     ["Chuyển đổi số tỉnh Hà Tĩnh năm 2025"]], [], {})
    data = parse(_workbook(tmp_path / "k.xlsx", [cover, TASK_SHEET]))
    assert data["doc_type"] == "KẾ HOẠCH"
    assert len(data["tasks"]) == 3


def test_text_plan_with_lettered_sections_capital_groups_and_inline_bases(tmp_path):
    text = "\n".join([
        "ỦY BAN NHÂN DÂN", "HUYỆN KỲ ANH", "Số: 12/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Kỳ Anh, ngày 10 tháng 01 năm 2025", "KẾ HOẠCH", "Chuyển đổi số huyện Kỳ Anh năm 2025",
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Nghị quyết số 52-NQ/TW "
        "ngày 27/9/2019 của Bộ Chính trị, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
        "A. MỤC TIÊU", "- 90% hồ sơ công việc được xử lý trên môi trường mạng.",
        "B. NHIỆM VỤ VÀ GIẢI PHÁP", "CHÍNH QUYỀN SỐ", "- Triển khai ký số.",
        "KINH TẾ SỐ", "- Phát triển thương mại điện tử.",
        "C. TỔ CHỨC THỰC HIỆN", "Các phòng thực hiện./.",
        "Nơi nhận:", "- Sở TT&TT;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH",
        "Nguyễn Văn An"]) + "\n"
    path = tmp_path / "k.txt"
    path.write_text(text, encoding="utf-8")
    data = parse(path)
    assert data["bases"] == ["Luật Tổ chức chính quyền địa phương ngày 19/6/2015",
                             "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị"]
    assert outline(data["outline"]) == [
        ("A", "MỤC TIÊU", "objectives", []),
        ("B", "NHIỆM VỤ VÀ GIẢI PHÁP", "tasks", [("", "CHÍNH QUYỀN SỐ", "group", []),
                                                  ("", "KINH TẾ SỐ", "group", [])]),
        ("C", "TỔ CHỨC THỰC HIỆN", "organization", [])]
    assert [(t["text"], t["group"], t["path"]) for t in data["tasks"]] == [
        ("Triển khai ký số.", "CHÍNH QUYỀN SỐ", ["B", "CHÍNH QUYỀN SỐ"]),
        ("Phát triển thương mại điện tử.", "KINH TẾ SỐ", ["B", "KINH TẾ SỐ"])]
    assert targets_of(data) == [("90% hồ sơ công việc được xử lý trên môi trường mạng.", 90,
                                 "%", 2025, ["A"])]
