"""The province variants of ``test_variants_provinces`` printed to PDF (with the plan's
number at the top and the page at the foot of every page after the first): one column
for the lead and the co-units, an appendix of targets with a ``Kế hoạch năm 2025``
column, and sections lettered ``A.``/``B.`` with ``Mục 1`` under them."""

from __future__ import annotations

import pytest
from importing_docmaker import vietnamese_ttf
from pdf_noise_maker import story_pdf

from dxdesk.importing import parse_file

pytestmark = pytest.mark.skipif(vietnamese_ttf() is None,
                                reason="no TrueType font with Vietnamese letters")

HEAD = [("side", ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN", "Số: 45/KH-UBND"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
          "Nghệ An, ngày 10 tháng 01 năm 2025"]),
        ("c", "KẾ HOẠCH"), ("c", "Chuyển đổi số tỉnh Nghệ An năm 2025")]
TAIL = [("side", ["Nơi nhận:", "- Bộ TT&TT;", "- Lưu: VT, KGVX."],
         ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "Nguyễn Đức Trung"])]


def parse(path) -> dict:
    return parse_file(path).to_json_dict()


def outline(nodes) -> list:
    return [(n["label"], n["title"], n["kind"], outline(n["children"])) for n in nodes]


def check_closing(data: dict) -> None:
    assert data["number"] == "45/KH-UBND"
    assert data["recipients"] == ["Bộ TT&TT", "Lưu: VT, KGVX"]
    assert data["signer"] == {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                              "name": "Nguyễn Đức Trung"}


@pytest.mark.parametrize("borders", [True, False], ids=["ruled", "borderless"])
@pytest.mark.parametrize("units_header", [
    "Cơ quan chủ trì/phối hợp", "Đơn vị chủ trì, phối hợp"], ids=["slash", "comma"])
def test_pdf_one_column_for_the_lead_and_the_co_units_over_pages(tmp_path, units_header,
                                                                 borders):
    """A cell ``Chủ trì: …`` / ``Phối hợp: …`` comes out of a PDF as one text; the roles
    named with a capital still split it. The section after a borderless table
    (``II. TỔ CHỨC THỰC HIỆN``) is not taken for a group row of it."""
    rows = [["STT", "Nhiệm vụ", units_header, "Thời gian hoàn thành"],
            ["", "CHÍNH QUYỀN SỐ", "", ""]]
    expected = []
    for k in range(14):
        text = (f"Nhiệm vụ {k + 1}: triển khai nền tảng số dùng chung cho các cơ quan, đơn vị "
                "trên địa bàn tỉnh")
        if k % 2 == 0:
            rows.append([str(k + 1), text, "Chủ trì: Văn phòng UBND tỉnh\nPhối hợp: Sở TT&TT; "
                         "các sở, ngành", "30/6/2025"])
            expected.append((text, "CHÍNH QUYỀN SỐ", "Văn phòng UBND tỉnh",
                             ["Sở TT&TT", "các sở", "ngành"], "2025-06-30"))
        else:
            rows.append([str(k + 1), text, "Sở Công Thương", "Năm 2025"])
            expected.append((text, "CHÍNH QUYỀN SỐ", "Sở Công Thương", [], "Năm 2025"))
    items = HEAD + [("h", "I. NHIỆM VỤ"), ("t", rows, [35, 220, 160, 85], [(1, 1, 3)], borders),
                    ("h", "II. TỔ CHỨC THỰC HIỆN"), ("p", "Các sở, ngành thực hiện./.")] + TAIL
    data = parse(story_pdf(tmp_path / "u.pdf", items))
    assert [(t["text"], t["group"], t["lead"], t["co"], t["deadline"])
            for t in data["tasks"]] == expected
    assert [(n["label"], n["title"], n["kind"]) for n in data["outline"]] == [
        ("I", "NHIỆM VỤ", "tasks"), ("II", "TỔ CHỨC THỰC HIỆN", "organization")]
    assert data["outline"][1]["text"] == "Các sở, ngành thực hiện./."
    check_closing(data)


@pytest.mark.parametrize("borders", [True, False], ids=["ruled", "borderless"])
@pytest.mark.parametrize("note_style", ["i", "c"], ids=["regular-note", "bold-note"])
def test_pdf_appendix_of_targets_with_the_plan_for_the_year(tmp_path, borders, note_style):
    """``(Kèm theo Kế hoạch số … của`` / ``UBND tỉnh)`` wrapped under the appendix's
    title is one line, not a heading ``UBND tỉnh)``."""
    items = HEAD + [
        ("h", "I. MỤC TIÊU"), ("p", "- 100% hồ sơ công việc được xử lý trên môi trường mạng."),
        ("h", "II. NHIỆM VỤ"), ("p", "- Tuyên truyền về chuyển đổi số."),
        ("h", "III. TỔ CHỨC THỰC HIỆN"), ("p", "Các sở, ngành thực hiện./.")] + TAIL + [
        ("break",), ("c", "Phụ lục I"), ("c", "CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025"),
        (note_style, "(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/01/2025 của Ủy ban nhân dân "
                     "tỉnh Nghệ An)"),
        ("t", [["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025", "Ghi chú"],
               ["1", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", "≥ 90%", ""],
               ["2", "Hệ thống thông tin dùng chung", "Hệ thống", "02", ""],
               ["3", "Tài khoản thanh toán số", "tài khoản", "Đạt 1.000", ""],
               ["4", "Tỷ lệ hồ sơ được số hóa", "%", "tối thiểu 50%", ""]],
         [35, 220, 70, 90, 60], [], borders)]
    data = parse(story_pdf(tmp_path / "t.pdf", items))
    appendix = ["Phụ lục I"]
    assert [(t["text"], t["value"], t["unit"], t["horizon"], t["path"])
            for t in data["targets"]] == [
        ("100% hồ sơ công việc được xử lý trên môi trường mạng.", 100, "%", 2025, ["I"]),
        ("Tỷ lệ dịch vụ công trực tuyến toàn trình", 90, "%", 2025, appendix),
        ("Hệ thống thông tin dùng chung", 2, "Hệ thống", 2025, appendix),
        ("Tài khoản thanh toán số", 1000, "tài khoản", 2025, appendix),
        ("Tỷ lệ hồ sơ được số hóa", 50, "%", 2025, appendix)]
    assert outline(data["outline"]) == [
        ("I", "MỤC TIÊU", "objectives", []), ("II", "NHIỆM VỤ", "tasks", []),
        ("III", "TỔ CHỨC THỰC HIỆN", "organization", []),
        ("Phụ lục I", "CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025", "objectives", [])]
    assert [t["text"] for t in data["tasks"]] == ["Tuyên truyền về chuyển đổi số."]
    check_closing(data)


def test_pdf_lettered_sections_with_muc_under_them_and_bases_in_one_paragraph(tmp_path):
    items = HEAD + [
        ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Nghị quyết số "
              "52-NQ/TW ngày 27/9/2019 của Bộ Chính trị; Quyết định số 749/QĐ-TTg ngày "
              "03/6/2020 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch "
              "như sau:"),
        ("h", "A. MỤC TIÊU"), ("h", "1. Mục tiêu chung"), ("p", "Phát triển chính quyền số."),
        ("h", "2. Chỉ tiêu"), ("p", "- 90% hồ sơ công việc được xử lý trên môi trường mạng."),
        ("h", "B. NHIỆM VỤ"), ("h", "Mục 1. Chuyển đổi nhận thức"),
        ("p", "- Tuyên truyền về chuyển đổi số."), ("h", "Mục 2. Hạ tầng số"),
        ("p", "- Nâng cấp mạng LAN."), ("h", "C. KINH PHÍ"), ("p", "Ngân sách tỉnh."),
        ("h", "D. TỔ CHỨC THỰC HIỆN"), ("p", "Các sở, ngành thực hiện./.")] + TAIL
    data = parse(story_pdf(tmp_path / "a.pdf", items))
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
    assert [(t["text"], t["group"], t["path"]) for t in data["tasks"]] == [
        ("Tuyên truyền về chuyển đổi số.", "Chuyển đổi nhận thức", ["B", "Mục 1"]),
        ("Nâng cấp mạng LAN.", "Hạ tầng số", ["B", "Mục 2"])]
    assert [(t["value"], t["path"]) for t in data["targets"]] == [(90, ["A", "2"])]
    check_closing(data)
