"""Word and Excel specifics: list numbering, bold-only headings, legacy fonts, layout
tables, appendix task tables and Excel task lists whatever their column order."""

from __future__ import annotations

import datetime as dt

from importing_docmaker import P, T, closing_block, header_block, make_docx, make_xlsx

from dxdesk.importing import parse_file
from dxdesk.text import legacy


def parse(path):
    return parse_file(path).to_json_dict()


def test_word_list_numbering_is_read_as_labels(tmp_path):
    path = make_docx(tmp_path / "n.docx", [
        header_block(),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("MỤC TIÊU", bold=True, num=(7, 0)),
        P("Chính quyền số", bold=True, num=(7, 1)),
        P("100% văn bản được ký số.", num=(8, 0)),
        P("NHIỆM VỤ", bold=True, num=(7, 0)),
        P("Nhận thức số", bold=True, num=(7, 1)),
        P("Tuyên truyền trên loa truyền thanh", num=(7, 2)),
        P("Tập huấn kỹ năng số", num=(7, 2)),
        P("Hạ tầng số", bold=True, num=(7, 1)),
        P("Nâng cấp mạng LAN.", num=(8, 0)),
        P("Lắp camera giám sát.", num=(8, 0)),
        T([["Bảng minh họa", "không phải nhiệm vụ"]]),
        P("TỔ CHỨC THỰC HIỆN", bold=True, num=(9, 0)),
        P("Các phòng triển khai."),
        closing_block(),
    ], numbering={7: [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)")],
                  8: [("bullet", "")], 9: 7})
    data = parse(path)
    assert [(n["label"], n["title"], [c["label"] for c in n["children"]])
            for n in data["outline"]] == [("I", "MỤC TIÊU", ["1"]),
                                          ("II", "NHIỆM VỤ", ["1", "2"]),
                                          ("III", "TỔ CHỨC THỰC HIỆN", [])]
    assert data["outline"][1]["children"][0]["children"][1]["label"] == "b"
    assert [(t["text"], t["path"]) for t in data["tasks"]] == [
        ("Tuyên truyền trên loa truyền thanh", ["II", "1"]),
        ("Tập huấn kỹ năng số", ["II", "1"]),
        ("Nâng cấp mạng LAN.", ["II", "2"]),
        ("Lắp camera giám sát.", ["II", "2"])]
    assert data["targets"][0]["path"] == ["I", "1"]


def test_bold_only_headings_and_italic_bases(tmp_path):
    path = make_docx(tmp_path / "b.docx", [
        header_block(),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("Căn cứ Luật Giao dịch điện tử năm 2023;", italic=True),
        P("Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị.", italic=True),
        P("MỤC TIÊU", bold=True),
        P("Đến năm 2025, phấn đấu:"),
        P("- 80% hồ sơ được xử lý trên môi trường mạng;"),
        P("NHIỆM VỤ", bold=True),
        P("Nhận thức số", bold=True),
        P("- Tuyên truyền về chuyển đổi số."),
        P("Hạ tầng số", bold=True),
        P("- Nâng cấp mạng LAN."),
        P("TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, ban triển khai thực hiện./."),
        closing_block(),
    ])
    data = parse(path)
    assert [(n["label"], n["title"], n["kind"], [c["title"] for c in n["children"]])
            for n in data["outline"]] == [
        ("", "MỤC TIÊU", "objectives", []),
        ("", "NHIỆM VỤ", "tasks", ["Nhận thức số", "Hạ tầng số"]),
        ("", "TỔ CHỨC THỰC HIỆN", "organization", [])]
    assert data["bases"] == ["Luật Giao dịch điện tử năm 2023",
                             "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị"]
    assert [(t["value"], t["horizon"]) for t in data["targets"]] == [(80, 2025)]
    assert [t["group"] for t in data["tasks"]] == ["Nhận thức số", "Hạ tầng số"]
    assert (data["issuer"], data["number"], data["date"]) == (
        "ỦY BAN NHÂN DÂN HUYỆN AN LÃO", "12/KH-UBND", "2024-01-10")
    assert data["signer"] == {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                              "name": "Nguyễn Văn An"}


def test_legacy_font_runs_are_converted(tmp_path):
    def tcvn3(text):
        return legacy.from_unicode(text, "tcvn3")

    def caps(text):
        return legacy.from_unicode(text, "tcvn3", uppercase_font=True)

    def vni(text):
        return legacy.from_unicode(text, "vni")

    path = make_docx(tmp_path / "l.docx", [
        P(caps("KẾ HOẠCH"), bold=True, center=True, font=".VnTimeH"),
        P(tcvn3("Chuyển đổi số xã Phú Hòa năm 2024"), bold=True, center=True, font=".VnTime"),
        P(caps("I. MỤC TIÊU"), bold=True, font=".VnTimeH"),
        P(vni("- 90% hồ sơ công việc được xử lý trên môi trường mạng;"), font="VNI-Times"),
        P(caps("II. NHIỆM VỤ"), bold=True, font=".VnTimeH"),
        P("", runs=[(tcvn3("- Tuyên truyền "), {"font": ".VnTime"}),
                    ("về chuyển đổi số", {}),
                    (vni(" trên loa truyền thanh."), {"font": "VNI-Times"})]),
    ])
    data = parse(path)
    assert (data["doc_type"], data["title"]) == ("KẾ HOẠCH", "Chuyển đổi số xã Phú Hòa năm 2024")
    assert [n["title"] for n in data["outline"]] == ["MỤC TIÊU", "NHIỆM VỤ"]
    assert data["targets"][0]["text"] == "90% hồ sơ công việc được xử lý trên môi trường mạng;"
    assert data["tasks"][0]["text"] == "Tuyên truyền về chuyển đổi số trên loa truyền thanh."


TASK_ROWS = [
    ["Nhiệm vụ", "Thời gian hoàn thành", "STT", "Đơn vị phối hợp", "Sản phẩm", "Đơn vị chủ trì"],
    ["I. Nhận thức số", "", "", "", "", ""],
    ["Tổ chức tuyên truyền về chuyển đổi số", "Quý II/2024", "1",
     "Các xã, thị trấn; Trung tâm VH-TT", "Tin, bài", "Phòng VHTT"],
    ["Tổ chức Ngày Chuyển đổi số", "10/10/2024", "2", "Các cơ quan", "Hội nghị", "Phòng VHTT"],
    ["II. Hạ tầng số", "", "", "", "", ""],
    ["Nâng cấp mạng nội bộ", "Năm 2024", "1", "", "Hệ thống mạng", "Văn phòng HĐND và UBND"],
    ["Triển khai camera giám sát", "Thường xuyên", "2", "Công an huyện", "Camera",
     "Phòng Kinh tế - Hạ tầng"],
]
EXPECTED_TASKS = [
    ("Tổ chức tuyên truyền về chuyển đổi số", "Nhận thức số", "Phòng VHTT",
     ["Các xã", "thị trấn", "Trung tâm VH-TT"], "Quý II/2024"),
    ("Tổ chức Ngày Chuyển đổi số", "Nhận thức số", "Phòng VHTT", ["Các cơ quan"], "2024-10-10"),
    ("Nâng cấp mạng nội bộ", "Hạ tầng số", "Văn phòng HĐND và UBND", [], "Năm 2024"),
    ("Triển khai camera giám sát", "Hạ tầng số", "Phòng Kinh tế - Hạ tầng", ["Công an huyện"],
     "Thường xuyên"),
]


def _tasks(data):
    return [(t["text"], t["group"], t["lead"], t["co"], t["deadline"]) for t in data["tasks"]]


def test_appendix_task_table_after_the_signature(tmp_path):
    order = [2, 0, 5, 3, 1, 4]  # STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian | Sản phẩm
    path = make_docx(tmp_path / "a.docx", [
        header_block(),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("I. MỤC TIÊU", bold=True),
        P("- 100% văn bản được ký số."),
        P("II. NHIỆM VỤ", bold=True),
        P("Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cơ quan triển khai thực hiện./."),
        closing_block(),
        P("PHỤ LỤC", bold=True, center=True),
        P("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024", bold=True, center=True),
        P("(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND huyện)", italic=True,
          center=True),
        T([[r[i] for i in order] for r in TASK_ROWS], bold_rows=(0, 1, 4),
          merges=[(1, 0, 1, 5), (4, 0, 4, 5)]),
    ])
    data = parse(path)
    assert _tasks(data) == EXPECTED_TASKS
    assert all(t["path"] == ["Phụ lục"] for t in data["tasks"])
    assert [n["title"] for n in data["outline"]] == [
        "MỤC TIÊU", "NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024"]
    assert data["outline"][-1]["label"] == "Phụ lục"
    assert data["recipients"] == ["Sở Thông tin và Truyền thông", "Lưu: VT, VHTT"]
    assert data["signer"]["name"] == "Nguyễn Văn An"


def test_table_with_two_header_rows_and_index_row(tmp_path):
    rows = [["STT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian"],
            ["", "", "Chủ trì", "Phối hợp", ""],
            ["(1)", "(2)", "(3)", "(4)", "(5)"],
            ["A", "CHÍNH QUYỀN SỐ", "", "", ""],
            ["1", "Số hóa hồ sơ", "Văn phòng", "Các phòng", "30/6/2024"],
            ["2", "Ký số văn bản", "Văn phòng", "", "31/12/2024"],
            ["B", "KINH TẾ SỐ", "", "", ""],
            ["1", "Hỗ trợ hộ sản xuất lên sàn", "Phòng Kinh tế", "Hội Nông dân", "Năm 2024"]]
    path = make_docx(tmp_path / "t.docx", [
        P("KẾ HOẠCH", bold=True, center=True),
        P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("I. NHIỆM VỤ", bold=True),
        T(rows, bold_rows=(0, 1, 3, 6), merges=[(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1),
                                                (0, 4, 1, 4)]),
    ])
    data = parse(path)
    assert _tasks(data) == [
        ("Số hóa hồ sơ", "CHÍNH QUYỀN SỐ", "Văn phòng", ["Các phòng"], "2024-06-30"),
        ("Ký số văn bản", "CHÍNH QUYỀN SỐ", "Văn phòng", [], "2024-12-31"),
        ("Hỗ trợ hộ sản xuất lên sàn", "KINH TẾ SỐ", "Phòng Kinh tế", ["Hội Nông dân"],
         "Năm 2024")]
    assert all(t["path"] == ["I"] for t in data["tasks"])
    assert data["outline"][0]["children"] == []  # table numbering is not outline


def test_lead_unit_merged_down_several_rows(tmp_path):
    rows = [["STT", "Nhiệm vụ", "Đơn vị chủ trì"],
            ["1", "Số hóa hồ sơ", "Văn phòng"],
            ["2", "Ký số văn bản", ""],
            ["3", "Lưu trữ điện tử", "Phòng Nội vụ"]]
    path = make_docx(tmp_path / "m.docx", [P("KẾ HOẠCH", bold=True, center=True),
                                           P("Số hóa năm 2024", bold=True, center=True),
                                           T(rows, merges=[(1, 2, 2, 2)])])
    assert [(t["text"], t["lead"]) for t in parse(path)["tasks"]] == [
        ("Số hóa hồ sơ", "Văn phòng"), ("Ký số văn bản", "Văn phòng"),
        ("Lưu trữ điện tử", "Phòng Nội vụ")]


def test_excel_list_with_shuffled_columns_and_group_rows(tmp_path):
    rows = [["DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024"],
            ["(Kèm theo Kế hoạch số 05/KH-UBND ngày 10/01/2024)"],
            [],
            ["Thời gian hoàn thành", "NỘI DUNG NHIỆM VỤ", "đơn vị phối hợp", "STT",
             "Don vi chu tri", "Sản phẩm"],
            [None, None, None, "I. Nhận thức số"],
            [dt.datetime(2024, 6, 30), "Tuyên truyền về chuyển đổi số", "Các xã", 1,
             "Phòng VHTT", "Tin bài"],
            ["Quý III/2024", "Tập huấn kỹ năng số", None, 2, "Phòng Nội vụ", None],
            [None, None, None, "II. Hạ tầng số"],
            ["31/12/2024", "Nâng cấp mạng LAN", "Viettel, VNPT", 1, "Văn phòng", "Mạng LAN"],
            ["Tổng cộng", None, None, None, None, None]]
    data = parse(make_xlsx(tmp_path / "l.xlsx", rows, bold_rows=(3, 4, 7)))
    assert data["title"] == "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024"
    assert data["outline"] == []
    assert _tasks(data) == [
        ("Tuyên truyền về chuyển đổi số", "Nhận thức số", "Phòng VHTT", ["Các xã"], "2024-06-30"),
        ("Tập huấn kỹ năng số", "Nhận thức số", "Phòng Nội vụ", [], "Quý III/2024"),
        ("Nâng cấp mạng LAN", "Hạ tầng số", "Văn phòng", ["Viettel", "VNPT"], "2024-12-31")]


def test_excel_group_rows_without_numbers_and_legacy_font(tmp_path):
    rows = [["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
            [None, legacy.from_unicode("Chính quyền số", "tcvn3"), None, None],
            [1, legacy.from_unicode("Số hóa hồ sơ một cửa", "tcvn3"), "Văn phòng", "Năm 2024"],
            [2, "Ký số văn bản đi", "Văn phòng", "Năm 2024"]]
    fonts = {(1, 1): ".VnTime", (2, 1): ".VnTime"}
    data = parse(make_xlsx(tmp_path / "g.xlsx", rows, fonts=fonts))
    assert [(t["text"], t["group"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ một cửa", "Chính quyền số"), ("Ký số văn bản đi", "Chính quyền số")]


def test_markdown_pipe_table(tmp_path):
    path = tmp_path / "p.md"
    path.write_text("# KẾ HOẠCH\n\nChuyển đổi số năm 2024\n\n## I. NHIỆM VỤ\n\n"
                    "| TT | Nhiệm vụ | Chủ trì | Hoàn thành |\n|---|---|---|---|\n"
                    "| 1 | Số hóa hồ sơ | Văn phòng | 30/6/2024 |\n"
                    "| 2 | Ký số văn bản | Văn phòng | Quý IV/2024 |\n", encoding="utf-8")
    data = parse(path)
    assert [(t["text"], t["lead"], t["deadline"], t["path"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ", "Văn phòng", "2024-06-30", ["I"]),
        ("Ký số văn bản", "Văn phòng", "Quý IV/2024", ["I"])]


def test_content_controls_and_single_cell_frame(tmp_path):
    path = make_docx(tmp_path / "f.docx", [
        P("KẾ HOẠCH", bold=True, center=True),
        P("Chuyển đổi số năm 2024", bold=True, center=True),
        T([["I. NHIỆM VỤ\n- Triển khai nền tảng họp trực tuyến.\n- Số hóa hồ sơ lưu trữ."]],
          borders=True),
    ])
    data = parse(path)
    assert [t["text"] for t in data["tasks"]] == ["Triển khai nền tảng họp trực tuyến.",
                                                  "Số hóa hồ sơ lưu trữ."]


def test_target_table_under_objectives(tmp_path):
    rows = [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025"],
            ["1", "Tỷ lệ hồ sơ xử lý trực tuyến", "%", "60", "80"],
            ["2", "Số doanh nghiệp sử dụng nền tảng số", "doanh nghiệp", "1.200", "1.500"],
            ["3", "Tỷ lệ dân số trưởng thành có chữ ký số", "%", "35,5%", ""]]
    situation = [["STT", "Nội dung", "Kết quả năm 2023"], ["1", "Hồ sơ trực tuyến", "45%"]]
    path = make_docx(tmp_path / "t.docx", [
        P("KẾ HOẠCH", bold=True, center=True), P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("I. ĐÁNH GIÁ THỰC TRẠNG", bold=True), T(situation),
        P("II. MỤC TIÊU", bold=True), T(rows),
        P("III. NHIỆM VỤ", bold=True), P("- Số hóa hồ sơ."),
    ])
    data = parse(path)
    assert [(t["text"], t["value"], t["unit"], t["horizon"], t["path"]) for t in data["targets"]] \
        == [("Tỷ lệ hồ sơ xử lý trực tuyến", 60, "%", 2024, ["II"]),
            ("Số doanh nghiệp sử dụng nền tảng số", 1200, "doanh nghiệp", 2024, ["II"]),
            ("Tỷ lệ dân số trưởng thành có chữ ký số", 35.5, "%", 2024, ["II"])]
    assert [t["text"] for t in data["tasks"]] == ["Số hóa hồ sơ."]


def test_closing_typed_with_tabs(tmp_path):
    path = make_docx(tmp_path / "c.docx", [
        P("KẾ HOẠCH", bold=True, center=True), P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("I. NHIỆM VỤ", bold=True), P("- Số hóa hồ sơ./."),
        P("", runs=[("Nơi nhận:", {"bold": True, "italic": True}),
                    ("\t\t\tTM. ỦY BAN NHÂN DÂN", {"bold": True})]),
        P("- Như trên;\t\t\t\tKT. CHỦ TỊCH"),
        P("- Lưu: VT, VHTT.\t\t\tPHÓ CHỦ TỊCH"),
        P("\t\t\t\t\tTrần Văn Bình", bold=True),
    ])
    data = parse(path)
    assert data["recipients"] == ["Như trên", "Lưu: VT, VHTT"]
    assert data["signer"] == {"lines": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                              "name": "Trần Văn Bình"}


def test_excel_with_a_wrong_used_range(tmp_path):
    import re
    import zipfile

    source = make_xlsx(tmp_path / "s.xlsx", [["STT", "Nhiệm vụ", "Đơn vị chủ trì"],
                                             [1, "Số hóa hồ sơ", "Văn phòng"],
                                             [2, "Ký số văn bản", "Văn phòng"]])
    target = tmp_path / "wrong.xlsx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
            dst.writestr(info, data)
    assert [t["text"] for t in parse(target)["tasks"]] == ["Số hóa hồ sơ", "Ký số văn bản"]
