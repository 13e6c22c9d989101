"""Targets and tasks as plans write them in their text: numbers in the Vietnamese way
(``80 %``, ``1.500``, ``2,5``), horizons; and tasks that name their lead unit, co-operating
units and deadline in the text (``Cơ quan chủ trì: …; phối hợp: …; thời gian: Quý
II/2024``), on the same line or as items of their own."""

from __future__ import annotations

from pathlib import Path

import pytest
from importing_docmaker import P, make_docx

from dxdesk.importing import parse_file
from dxdesk.importing.numbers import parse_deadline
from dxdesk.importing.task_items import inline_fields


def parse_text(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    return parse_file(path).to_json_dict()


def test_targets_written_every_way(tmp_path):
    data = parse_text(tmp_path, """KẾ HOẠCH
Chuyển đổi số tỉnh giai đoạn 2021-2025, định hướng đến năm 2030
I. MỤC TIÊU
1. Mục tiêu đến năm 2025
a) Chính quyền số
- Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến
toàn trình;
- Tỷ lệ hồ sơ giải quyết thủ tục hành chính trực tuyến đạt 80 %;
- 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.
b) Kinh tế số
- Có ít nhất 1.500 doanh nghiệp nhỏ và vừa sử dụng nền tảng số;
- Kinh tế số chiếm tỷ trọng 2,5% GRDP;
- Tỷ lệ thanh toán không dùng tiền mặt đạt từ 50 - 60%.
2. Tầm nhìn đến năm 2030
- 100% người dân có danh tính số.
II. NHIỆM VỤ
- Tuyên truyền về chuyển đổi số.
""")
    assert [(t["text"][:30], t["value"], t["unit"], t["horizon"], t["path"])
            for t in data["targets"]] == [
        ("Phấn đấu 100% thủ tục hành chí", 100, "%", 2025, ["I", "1", "a"]),
        ("Tỷ lệ hồ sơ giải quyết thủ tục", 80, "%", 2025, ["I", "1", "a"]),
        ("90% hồ sơ công việc cấp tỉnh đ", 90, "%", 2025, ["I", "1", "a"]),
        ("Có ít nhất 1.500 doanh nghiệp ", 1500, "doanh nghiệp", 2025, ["I", "1", "b"]),
        ("Kinh tế số chiếm tỷ trọng 2,5%", 2.5, "%", 2025, ["I", "1", "b"]),
        ("Tỷ lệ thanh toán không dùng ti", 50, "%", 2025, ["I", "1", "b"]),
        ("100% người dân có danh tính số", 100, "%", 2030, ["I", "2"])]
    assert data["targets"][0]["text"].endswith("dịch vụ công trực tuyến toàn trình;")


PLAN_WITH_FIELDS = """KẾ HOẠCH
Chuyển đổi số huyện năm 2024
I. NHIỆM VỤ
1. Chính quyền số
- Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính. Cơ quan chủ trì: Văn phòng HĐND và UBND huyện; phối hợp: Phòng Nội vụ, các xã; thời gian: Quý II/2024.
- Ký số văn bản đi (Đơn vị chủ trì: Văn phòng; Đơn vị phối hợp: các phòng; Thời gian hoàn thành: trước 30/6/2024).
- Triển khai hệ thống họp trực tuyến.
2. Nâng cấp Cổng thông tin điện tử huyện
- Cơ quan chủ trì: Văn phòng HĐND và UBND huyện.
- Cơ quan phối hợp: Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thể thao.
- Thời gian hoàn thành: Quý IV/2024.
3. Hạ tầng số
a) Nâng cấp mạng nội bộ
- Chủ trì: Phòng Kinh tế và Hạ tầng.
- Thời gian: Năm 2024.
b) Lắp camera giám sát tại trung tâm huyện
c) Phủ sóng 4G đến các thôn
Đơn vị thực hiện: Các doanh nghiệp viễn thông. Thời gian thực hiện: Thường xuyên.
4. Dữ liệu số
- Xây dựng cơ sở dữ liệu hộ kinh doanh;
- Xây dựng cơ sở dữ liệu đất đai.
- Cơ quan chủ trì: Phòng Tài nguyên và Môi trường; thời gian: Hằng năm.
5. Nhân lực số
- Tập huấn kỹ năng số cho cán bộ xã, gồm:
+ Đối tượng: công chức cấp xã;
+ Thời gian: Quý III/2024.
II. TỔ CHỨC THỰC HIỆN
Phòng Văn hóa và Thông tin chủ trì, phối hợp với các phòng triển khai./.
"""


def test_lead_units_and_deadlines_named_in_the_text(tmp_path):
    data = parse_text(tmp_path, PLAN_WITH_FIELDS)
    tasks = [(t["text"][:32], t["group"], t["path"], t["lead"], t["co"], t["deadline"])
             for t in data["tasks"]]
    assert tasks == [
        ("Số hóa hồ sơ, kết quả giải quyết", "Chính quyền số", ["I", "1"],
         "Văn phòng HĐND và UBND huyện", ["Phòng Nội vụ", "các xã"], "Quý II/2024"),
        ("Ký số văn bản đi (Đơn vị chủ trì", "Chính quyền số", ["I", "1"], "Văn phòng",
         ["các phòng"], "2024-06-30"),
        ("Triển khai hệ thống họp trực tuy", "Chính quyền số", ["I", "1"], None, [], None),
        # A heading whose items only name its lead unit and deadline is the task.
        ("Nâng cấp Cổng thông tin điện tử ", "NHIỆM VỤ", ["I"], "Văn phòng HĐND và UBND huyện",
         ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao"], "Quý IV/2024"),
        ("Nâng cấp mạng nội bộ", "Hạ tầng số", ["I", "3"], "Phòng Kinh tế và Hạ tầng", [],
         "Năm 2024"),
        ("Lắp camera giám sát tại trung tâ", "Hạ tầng số", ["I", "3"], None, [], None),
        ("Phủ sóng 4G đến các thôn", "Hạ tầng số", ["I", "3"], "Các doanh nghiệp viễn thông",
         [], "Thường xuyên"),
        # A field item after the tasks of a section names their lead unit and deadline.
        ("Xây dựng cơ sở dữ liệu hộ kinh d", "Dữ liệu số", ["I", "4"],
         "Phòng Tài nguyên và Môi trường", [], "Hằng năm"),
        ("Xây dựng cơ sở dữ liệu đất đai.", "Dữ liệu số", ["I", "4"],
         "Phòng Tài nguyên và Môi trường", [], "Hằng năm"),
        # An item whose sub-items are only its fields is one task.
        ("Tập huấn kỹ năng số cho cán bộ x", "Nhân lực số", ["I", "5"], None, [],
         "Quý III/2024")]
    # The whole item text is kept.
    assert data["tasks"][0]["text"] == (
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính. Cơ quan chủ trì: Văn phòng HĐND "
        "và UBND huyện; phối hợp: Phòng Nội vụ, các xã; thời gian: Quý II/2024.")
    # "chủ trì, phối hợp" in running text names no field.
    assert data["outline"][1]["text"].startswith("Phòng Văn hóa và Thông tin chủ trì")


def test_fields_in_a_word_plan(tmp_path):
    lines = PLAN_WITH_FIELDS.strip().splitlines()
    blocks = [P(line, bold=line[:2] in ("I.", "II") or line[:2].rstrip(".").isdigit()
                or line == "KẾ HOẠCH", center=i < 2) for i, line in enumerate(lines)]
    data = parse_file(make_docx(tmp_path / "f.docx", blocks)).to_json_dict()
    assert [(t["lead"], t["deadline"]) for t in data["tasks"]][:4] == [
        ("Văn phòng HĐND và UBND huyện", "Quý II/2024"), ("Văn phòng", "2024-06-30"),
        (None, None), ("Văn phòng HĐND và UBND huyện", "Quý IV/2024")]
    assert len(data["tasks"]) == 10


@pytest.mark.parametrize("text,lead,co,deadline", [
    ("Triển khai Cổng dữ liệu (chủ trì: Sở TT&TT, phối hợp: Sở Nội vụ, thời hạn: năm 2024)",
     "Sở TT&TT", ["Sở Nội vụ"], "năm 2024"),
    ("Xây dựng kho dữ liệu - Đơn vị chủ trì: Văn phòng - Thời gian: 15/11/2024",
     "Văn phòng", [], "2024-11-15"),
    ("Cơ quan thực hiện: UBND các xã; Tiến độ: Hoàn thành trước ngày 31/12/2024.",
     "UBND các xã", [], "2024-12-31"),
    ("Cơ quan, đơn vị phối hợp: Công an huyện; Bưu điện huyện.", None,
     ["Công an huyện", "Bưu điện huyện"], None),
])
def test_inline_fields(text, lead, co, deadline):
    fields = inline_fields(text)
    assert (fields.lead, fields.co, fields.deadline) == (lead, co, deadline)


@pytest.mark.parametrize("text", [
    "Phòng Văn hóa và Thông tin chủ trì, phối hợp với các cơ quan triển khai.",
    "Nâng cao chất lượng nguồn nhân lực: đào tạo, bồi dưỡng kỹ năng số.",
    "Thời gian qua, công tác chuyển đổi số đạt kết quả bước đầu.",
])
def test_running_text_names_no_field(text):
    assert inline_fields(text) is None


@pytest.mark.parametrize("written,deadline", [
    ("trước 30/6/2024", "2024-06-30"), ("Trước ngày 30/6/2024", "2024-06-30"),
    ("Hoàn thành trước ngày 30/06/2024", "2024-06-30"), ("Chậm nhất ngày 15/11/2024.",
                                                        "2024-11-15"),
    ("Từ 01/3/2024 đến 30/6/2024", "2024-06-30"), ("ngày 05 tháng 9 năm 2024", "2024-09-05"),
    ("Quý III/2024", "Quý III/2024"), ("Năm 2024", "Năm 2024"), ("Thường xuyên", "Thường xuyên"),
    ("Hằng năm", "Hằng năm"), ("Tháng 6/2024", "Tháng 6/2024"), ("2024 - 2025", "2024 - 2025"),
    ("Trước 30/6", "Trước 30/6"),
])
def test_deadlines_as_written(written, deadline):
    assert parse_deadline(written) == deadline


def test_target_points_whose_words_name_another_section(tmp_path):
    """``a) 100% nhiệm vụ được giao …`` under the objectives is a target, not a tasks
    section."""
    data = parse_text(tmp_path, """KẾ HOẠCH
Chuyển đổi số năm 2024
I. MỤC TIÊU
1. Mục tiêu chung
Đẩy mạnh chuyển đổi số toàn diện trên địa bàn.
2. Mục tiêu cụ thể
a) 100% nhiệm vụ chuyển đổi số được giao hoàn thành đúng hạn;
b) Tỷ lệ hồ sơ trực tuyến đạt 60%;
c) Có 5.000 người dân được tập huấn kỹ năng số.
II. NHIỆM VỤ
1. Nhận thức số
- Tuyên truyền về chuyển đổi số.
""")
    assert [(t["value"], t["unit"], t["path"]) for t in data["targets"]] == [
        (100, "%", ["I", "2"]), (60, "%", ["I", "2"]), (5000, "người dân", ["I", "2"])]
    assert [t["text"] for t in data["tasks"]] == ["Tuyên truyền về chuyển đổi số."]
    assert [c["kind"] for c in data["outline"][0]["children"][1]["children"]] == ["other"] * 3
