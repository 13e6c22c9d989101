"""More tables laid out by position and workbooks: borderless tables of targets (chỉ
tiêu) in PDF and in ``pdftotext -layout`` text, a group row in capitals right under a
header in capitals, and the title rows of an Excel sheet above its table's header."""

from __future__ import annotations

import pytest
from test_variants_layout import (CLOSING, HEADER6, PLAN_HEAD, TEXT_HEAD, G, _appendix_rows,
                                  borderless_pdf, layout_text, needs_font, parse, rows_of,
                                  workbook)

TARGET_ROWS = [
    ["1", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến toàn trình",
     "%", "80", "100"],
    ["2", "Số doanh nghiệp công nghệ số đang hoạt động trên địa bàn tỉnh", "Doanh nghiệp",
     "1.079", "1.200"],
    ["3", "Tỷ trọng kinh tế số trong GRDP", "%", "10,7", "15"],
]
TARGETS_2024 = [
    ("Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến toàn trình", 80, "%",
     2024),
    ("Số doanh nghiệp công nghệ số đang hoạt động trên địa bàn tỉnh", 1079, "Doanh nghiệp",
     2024),
    ("Tỷ trọng kinh tế số trong GRDP", 10.7, "%", 2024)]


def targets_of(data: dict) -> list:
    return [(t["text"], t["value"], t["unit"], t["horizon"]) for t in data["targets"]]


PLAN_TOP = [("KẾ HOẠCH", "center"), ("Chuyển đổi số tỉnh Quảng Ngãi năm 2024", "center"),
            ("I. MỤC TIÊU", "bold"), ("1. Mục tiêu chung", "bold"),
            ("Phát triển chính quyền số, kinh tế số, xã hội số.", "plain"),
            ("2. Chỉ tiêu cụ thể", "bold")]
PLAN_REST = [("II. NHIỆM VỤ", "bold"),
             ("- Triển khai nền tảng số dùng chung của tỉnh.", "plain"),
             ("III. TỔ CHỨC THỰC HIỆN", "bold"),
             ("Các sở, ngành triển khai thực hiện./.", "plain")]


def _outline(data: dict) -> list:
    return [(n["label"], n["title"], [(c["label"], c["title"], c["text"])
                                      for c in n["children"]]) for n in data["outline"]]


EXPECTED_OUTLINE = [
    ("I", "MỤC TIÊU", [("1", "Mục tiêu chung",
                        "Phát triển chính quyền số, kinh tế số, xã hội số."),
                       ("2", "Chỉ tiêu cụ thể", "")]),
    ("II", "NHIỆM VỤ", []), ("III", "TỔ CHỨC THỰC HIỆN", [])]


@needs_font
@pytest.mark.parametrize("header, widths", [
    (["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025"], [40, 300, 90, 70, 70]),
    (["TT", "Nội dung chỉ tiêu", "ĐVT", "Chỉ tiêu năm 2024", "Chỉ tiêu năm 2025"],
     [30, 280, 90, 80, 80]),
])
def test_pdf_borderless_table_of_targets(tmp_path, header, widths):
    path = borderless_pdf(tmp_path / "t.pdf", header, widths, TARGET_ROWS,
                          before=PLAN_TOP, after=PLAN_REST, landscape=False)
    data = parse(path)
    assert targets_of(data) == TARGETS_2024
    assert {tuple(t["path"]) for t in data["targets"]} == {("I", "2")}
    assert _outline(data) == EXPECTED_OUTLINE
    assert [t["text"] for t in data["tasks"]] == ["Triển khai nền tảng số dùng chung của tỉnh."]


TEXT_TOP = """                                   KẾ HOẠCH
                    Chuyển đổi số tỉnh Quảng Ngãi năm 2024

I. MỤC TIÊU
1. Mục tiêu chung
Phát triển chính quyền số, kinh tế số, xã hội số.
2. Chỉ tiêu cụ thể

"""
TEXT_REST = """
II. NHIỆM VỤ
- Triển khai nền tảng số dùng chung của tỉnh.
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai thực hiện./.
"""


@pytest.mark.parametrize("header, widths, wrap", [
    (["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025"], [4, 40, 12, 8, 8], None),
    (["TT", "Nội dung chỉ tiêu", "ĐVT", "Chỉ tiêu năm 2024", "Chỉ tiêu năm 2025"],
     [4, 36, 13, 10, 10], 10),
])
def test_pdftotext_layout_table_of_targets(tmp_path, header, widths, wrap):
    table = layout_text(header, widths, TARGET_ROWS, header_wrap=wrap)
    path = tmp_path / "t.txt"
    path.write_text(TEXT_TOP + "\n".join(table) + "\n" + TEXT_REST, encoding="utf-8")
    data = parse(path)
    assert targets_of(data) == TARGETS_2024
    assert {tuple(t["path"]) for t in data["targets"]} == {("I", "2")}
    assert _outline(data) == EXPECTED_OUTLINE
    assert [t["text"] for t in data["tasks"]] == ["Triển khai nền tảng số dùng chung của tỉnh."]


def test_pdftotext_layout_targets_without_a_value_column_stay_text(tmp_path):
    """Columns naming targets but no value for them are not a table of targets."""
    text = TEXT_TOP + ("Chỉ tiêu          Ghi chú\n"
                       "Tỷ lệ ký số       Đạt 100% văn bản đi\n") + TEXT_REST
    path = tmp_path / "n.txt"
    path.write_text(text, encoding="utf-8")
    data = parse(path)
    assert targets_of(data) == [("Tỷ lệ ký số Đạt 100% văn bản đi", 100, "%", 2024)]
    assert data["outline"][0]["children"][1]["text"] == "Chỉ tiêu Ghi chú"


# ------------------------------------------- a group row in capitals under a header in capitals

CAPS_HEADER = ["STT", "NHIỆM VỤ", "CƠ QUAN CHỦ TRÌ", "THỜI GIAN HOÀN THÀNH"]
CAPS_ROWS = [
    G("CHÍNH QUYỀN SỐ", start=1),
    ["1", "Số hóa hồ sơ giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh", "Quý II/2024"],
    ["2", "Ký số văn bản đi của các cơ quan nhà nước", "Sở Nội vụ", "Năm 2024"],
    G("KINH TẾ SỐ", start=1),
    ["1", "Hỗ trợ hộ kinh doanh đưa sản phẩm lên sàn", "Sở Công Thương", "Thường xuyên"]]
CAPS_TASKS = [
    ("Số hóa hồ sơ giải quyết thủ tục hành chính", "CHÍNH QUYỀN SỐ", "Văn phòng UBND tỉnh",
     "Quý II/2024"),
    ("Ký số văn bản đi của các cơ quan nhà nước", "CHÍNH QUYỀN SỐ", "Sở Nội vụ", "Năm 2024"),
    ("Hỗ trợ hộ kinh doanh đưa sản phẩm lên sàn", "KINH TẾ SỐ", "Sở Công Thương",
     "Thường xuyên")]


def tasks_of(data: dict) -> list:
    return [(t["text"], t["group"], t["lead"], t["deadline"]) for t in data["tasks"]]


@pytest.mark.parametrize("wrap, first", [(None, "CHÍNH QUYỀN SỐ"), (12, "CHÍNH QUYỀN SỐ"),
                                         (None, "ỨNG DỤNG CÔNG NGHỆ THÔNG TIN TRONG CƠ QUAN")])
def test_pdftotext_layout_group_in_capitals_right_under_a_header_in_capitals(tmp_path, wrap,
                                                                            first):
    rows = [G(first, start=1)] + CAPS_ROWS[1:]
    table = layout_text(CAPS_HEADER, [4, 44, 20, 14], rows, header_wrap=wrap)
    path = tmp_path / "g.txt"
    path.write_text("II. NHIỆM VỤ\n\n" + "\n".join(table) + "\n\nIII. TỔ CHỨC THỰC HIỆN\n"
                    "Các sở, ban, ngành chủ động triển khai các nhiệm vụ được giao theo "
                    "đúng tiến độ, báo cáo kết quả về Sở Thông tin và Truyền thông./.\n",
                    encoding="utf-8")
    data = parse(path)
    assert tasks_of(data) == [(t, first if g == "CHÍNH QUYỀN SỐ" else g, lead, d)
                              for t, g, lead, d in CAPS_TASKS]
    assert [n["title"] for n in data["outline"]] == ["NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"]


def test_pdftotext_layout_group_across_the_number_column_under_a_header_in_capitals(tmp_path):
    rows = [G("CHÍNH QUYỀN SỐ VÀ DỮ LIỆU SỐ", start=0)] + CAPS_ROWS[1:]
    table = layout_text(CAPS_HEADER, [4, 44, 20, 14], rows, gap=2)
    path = tmp_path / "a.txt"
    path.write_text("II. NHIỆM VỤ\n\n" + "\n".join(table) + "\n", encoding="utf-8")
    data = parse(path)
    assert tasks_of(data)[:2] == [(t, "CHÍNH QUYỀN SỐ VÀ DỮ LIỆU SỐ", lead, d)
                                  for t, _, lead, d in CAPS_TASKS[:2]]


@needs_font
def test_pdf_borderless_group_in_capitals_right_under_a_header_in_capitals(tmp_path):
    path = borderless_pdf(tmp_path / "g.pdf", CAPS_HEADER, [40, 330, 150, 110], CAPS_ROWS,
                          before=[("II. NHIỆM VỤ", "bold")], landscape=False, pad=2.0)
    data = parse(path)
    assert tasks_of(data) == CAPS_TASKS


# ------------------------------------------------- Excel: title rows of the sheets after the first

XL_HEADER = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"]


def _titled(number: str, title: str, tasks: list[list]) -> list:
    return [[number], [title], ["(Kèm theo Kế hoạch số 25/KH-UBND ngày 15/3/2024)"], [],
            XL_HEADER, *tasks]


def test_excel_title_rows_of_later_sheets_are_not_headings(tmp_path):
    path = workbook(tmp_path / "t.xlsx", [
        ("PL I", _titled("PHỤ LỤC I", "DANH MỤC NHIỆM VỤ CHÍNH QUYỀN SỐ", [
            [1, "Số hóa hồ sơ một cửa", "Văn phòng UBND", "Quý II/2024"]])),
        ("PL II", _titled("PHỤ LỤC II", "DANH MỤC NHIỆM VỤ KINH TẾ SỐ", [
            [1, "Hỗ trợ hộ kinh doanh lên sàn", "Phòng Kinh tế", "Năm 2024"],
            ["I", "Thương mại điện tử", None, None],
            [1, "Tập huấn bán hàng trực tuyến", "Phòng Kinh tế", "Quý III/2024"]])),
        ("Phụ lục 3", _titled("Phụ lục 3:", "Danh mục nhiệm vụ xã hội số", [
            [1, "Phổ cập kỹ năng số", "Phòng VHTT", "Thường xuyên"]])),
    ])
    data = parse(path)
    labels = [n["label"] for n in data["outline"]]
    assert "Phụ lục II" not in labels and "Phụ lục 3" not in labels
    assert all("KINH TẾ SỐ" not in n["title"] for n in data["outline"])
    assert [(t["text"], t["group"], t["deadline"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ một cửa", None, "Quý II/2024"),
        ("Hỗ trợ hộ kinh doanh lên sàn", "DANH MỤC NHIỆM VỤ KINH TẾ SỐ", "Năm 2024"),
        ("Tập huấn bán hàng trực tuyến", "Thương mại điện tử", "Quý III/2024"),
        ("Phổ cập kỹ năng số", "Danh mục nhiệm vụ xã hội số", "Thường xuyên")]
    assert {tuple(t["path"]) for t in data["tasks"][1:]} <= {tuple(data["tasks"][0]["path"])}


def test_excel_sheet_names_win_over_title_rows(tmp_path):
    path = workbook(tmp_path / "n.xlsx", [
        ("Chính quyền số", _titled("PHỤ LỤC I", "DANH MỤC NHIỆM VỤ NĂM 2024", [
            [1, "Số hóa hồ sơ một cửa", "Văn phòng UBND", "Quý II/2024"]])),
        ("Kinh tế số", _titled("PHỤ LỤC II", "DANH MỤC NHIỆM VỤ NĂM 2024", [
            [1, "Hỗ trợ hộ kinh doanh lên sàn", "Phòng Kinh tế", "Năm 2024"]]))])
    data = parse(path)
    assert [(t["text"], t["group"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ một cửa", "Chính quyền số"),
        ("Hỗ trợ hộ kinh doanh lên sàn", "Kinh tế số")]
    assert "Phụ lục II" not in [n["label"] for n in data["outline"]]


def test_pdftotext_layout_targets_in_groups_over_pages_with_the_year_under_its_name(tmp_path):
    """``Năm`` over ``2024`` in the header (a year alone on a line is not a page number),
    group rows, and the header again on each page."""
    rows = [G("I. CHÍNH QUYỀN SỐ"), *TARGET_ROWS[:2], G("KINH TẾ SỐ", start=1),
            *[[str(k + 3), f"Tỷ lệ doanh nghiệp nhỏ và vừa dùng nền tảng số loại {k + 1}",
               "%", str(40 + k), str(50 + k)] for k in range(6)]]
    table = layout_text(["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025"],
                        [4, 40, 12, 6, 6], rows, rows_per_page=4)
    assert table[1].split()[-2:] == ["2024", "2025"]
    path = tmp_path / "y.txt"
    path.write_text(TEXT_TOP + "\n".join(table) + "\n" + TEXT_REST, encoding="utf-8")
    data = parse(path)
    assert targets_of(data) == TARGETS_2024[:2] + [
        (f"Tỷ lệ doanh nghiệp nhỏ và vừa dùng nền tảng số loại {k + 1}", 40 + k, "%", 2024)
        for k in range(6)]
    assert _outline(data) == EXPECTED_OUTLINE


def test_pdftotext_layout_groups_without_numbers_from_the_number_column_over_pages(tmp_path):
    """``CHÍNH QUYỀN SỐ`` written from the STT column on, one of them the last line of a
    page (its rows under the header repeated on the next)."""
    rows, expected = _appendix_rows(5, labels=False)
    table = layout_text(HEADER6, [4, 44, 16, 20, 12, 18], rows, rows_per_page=7,
                        header_wrap=12)
    assert table[table.index("") - 1] == "KINH TẾ SỐ"
    path = tmp_path / "u.txt"
    path.write_text(TEXT_HEAD + "\n".join(table) + "\n", encoding="utf-8")
    data = parse(path)
    assert rows_of(data) == expected


@needs_font
def test_pdf_borderless_groups_without_numbers_from_the_number_column(tmp_path):
    rows, expected = _appendix_rows(4, labels=False)
    path = borderless_pdf(tmp_path / "u.pdf", HEADER6, [40, 300, 120, 130, 90, 110], rows,
                          before=PLAN_HEAD, closing=CLOSING)
    data = parse(path)
    assert rows_of(data) == expected
