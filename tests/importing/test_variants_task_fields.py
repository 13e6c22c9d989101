"""Tasks written as numbered paragraphs (``1. Xây dựng …``, ``a) …``, ``1) …``, ``- …``)
with their fields on the lines below (``- Đơn vị chủ trì: …``, ``- Đơn vị phối hợp: …``,
``- Thời gian hoàn thành: …``, ``- Sản phẩm: …``, and the other names plans use: ``Cơ
quan chủ trì``, ``Chủ trì thực hiện``, ``Thời gian thực hiện``, ``Kết quả/sản phẩm``), in
a text file and in a Word document."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from importing_docmaker import (L, P, closing_block, header_block, make_docx, make_pdf,
                               vietnamese_ttf)

from dxdesk.importing import parse_file

NUMBERED = """ỦY BAN NHÂN DÂN
HUYỆN SƠN TỊNH
KẾ HOẠCH
Chuyển đổi số huyện Sơn Tịnh năm 2025
I. MỤC TIÊU
- 100% văn bản được ký số.
II. NHIỆM VỤ TRỌNG TÂM
1. Xây dựng cơ sở dữ liệu hộ kinh doanh trên địa bàn huyện.
- Đơn vị chủ trì: Phòng Tài chính - Kế hoạch.
- Đơn vị phối hợp: Chi cục Thuế khu vực; UBND các xã.
- Thời gian hoàn thành: Quý II/2025.
- Sản phẩm: Cơ sở dữ liệu hộ kinh doanh.
2. Triển khai nền tảng họp trực tuyến đến cấp xã.
- Cơ quan chủ trì: Văn phòng HĐND và UBND huyện.
- Cơ quan phối hợp: Phòng Văn hóa và Thông tin; Viễn thông Quảng Ngãi.
- Thời gian thực hiện: Trước 30/6.
- Kết quả/sản phẩm: Hệ thống họp trực tuyến hoạt động.
3. Chuyển đổi số trong giáo dục
a) Số hóa học bạ cho học sinh tiểu học.
- Chủ trì thực hiện: Phòng Giáo dục và Đào tạo.
- Phối hợp thực hiện: Các trường tiểu học.
- Thời gian: Trước ngày 30 tháng 9 năm 2025.
- Sản phẩm đầu ra: Học bạ số.
b) Tuyên truyền về chuyển đổi số trong trường học.
- Chủ trì: Phòng Giáo dục và Đào tạo.
- Thời hạn: Thường xuyên.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin: Chủ trì theo dõi, đôn đốc.
2. Các cơ quan, đơn vị: Triển khai nhiệm vụ được giao.
"""

NUMBERED_TASKS = [
    {"text": "Xây dựng cơ sở dữ liệu hộ kinh doanh trên địa bàn huyện.",
     "lead": "Phòng Tài chính - Kế hoạch", "co": ["Chi cục Thuế khu vực", "UBND các xã"],
     "deadline": "Quý II/2025", "output": "Cơ sở dữ liệu hộ kinh doanh"},
    {"text": "Triển khai nền tảng họp trực tuyến đến cấp xã.",
     "lead": "Văn phòng HĐND và UBND huyện",
     "co": ["Phòng Văn hóa và Thông tin", "Viễn thông Quảng Ngãi"],
     "deadline": "2025-06-30", "output": "Hệ thống họp trực tuyến hoạt động"},
    {"text": "Số hóa học bạ cho học sinh tiểu học.", "lead": "Phòng Giáo dục và Đào tạo",
     "co": ["Các trường tiểu học"], "deadline": "2025-09-30", "output": "Học bạ số"},
    {"text": "Tuyên truyền về chuyển đổi số trong trường học.",
     "lead": "Phòng Giáo dục và Đào tạo", "co": [], "deadline": "Thường xuyên", "output": None},
]


def _fields(tasks):
    return [{k: t[k] for k in ("text", "lead", "co", "deadline", "output")} for t in tasks]


def test_numbered_paragraph_tasks_with_field_lines_in_text(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(NUMBERED, encoding="utf-8")
    data = parse_file(path).to_json_dict()
    assert _fields(data["tasks"]) == NUMBERED_TASKS
    assert [t["group"] for t in data["tasks"]][2:] == ["Chuyển đổi số trong giáo dục"] * 2


def test_numbered_paragraph_tasks_with_field_lines_in_word(tmp_path):
    lines = NUMBERED.splitlines()
    blocks = [header_block(), P("KẾ HOẠCH", bold=True, center=True), P(lines[3], bold=True,
                                                                        center=True)]
    for line in lines[4:]:
        heading = re.match(r"^(?:I|II|III)\. |^3\. Chuyển", line) is not None
        blocks.append(P(line, bold=heading))
    blocks.append(closing_block())
    path = make_docx(tmp_path / "plan.docx", blocks)
    data = parse_file(Path(path)).to_json_dict()
    assert _fields(data["tasks"]) == NUMBERED_TASKS


ALTERNATING = """KẾ HOẠCH
Chuyển đổi số huyện Đức Phổ năm 2025
I. MỤC TIÊU
- 100% văn bản được ký số.
II. NHIỆM VỤ, GIẢI PHÁP
1. Hạ tầng số
- Nâng cấp mạng LAN tại Trung tâm Hành chính công huyện.
- Đơn vị chủ trì: Văn phòng HĐND và UBND huyện.
- Thời gian hoàn thành: Quý III/2025.
- Lắp đặt camera giám sát an ninh tại các nút giao thông.
- Đơn vị chủ trì: Công an huyện.
- Đơn vị phối hợp: Phòng Kinh tế và Hạ tầng.
- Thời gian hoàn thành: Năm 2025.
2. Dữ liệu số
1) Số hóa hồ sơ hộ tịch.
Chủ trì thực hiện: Phòng Tư pháp; Phối hợp: UBND các xã; Thời gian thực hiện: Trước 31/12.
2) Cập nhật dữ liệu đất đai.
Chủ trì thực hiện: Phòng Tài nguyên và Môi trường; Thời gian thực hiện: Hằng năm.
3. Nhân lực số
- Tập huấn kỹ năng số cho cán bộ, công chức.
+ Cơ quan chủ trì: Phòng Nội vụ.
+ Thời gian hoàn thành: Tháng 10/2025.
- Tuyên truyền kỹ năng số cho người dân.
+ Chủ trì: Trung tâm Văn hóa - Thể thao và Truyền thanh.
III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị triển khai thực hiện.
"""


def test_field_lines_after_each_task_at_the_same_level(tmp_path):
    """``- Task``, ``- Đơn vị chủ trì: …``, ``- Task``, ``- Đơn vị chủ trì: …``: each run
    of field lines describes the task above it, not every task of the section."""
    path = tmp_path / "plan.txt"
    path.write_text(ALTERNATING, encoding="utf-8")
    tasks = parse_file(path).to_json_dict()["tasks"]
    assert [(t["text"][:25], t["lead"], t["co"], t["deadline"]) for t in tasks] == [
        ("Nâng cấp mạng LAN tại Tru", "Văn phòng HĐND và UBND huyện", [], "Quý III/2025"),
        ("Lắp đặt camera giám sát a", "Công an huyện", ["Phòng Kinh tế và Hạ tầng"],
         "Năm 2025"),
        ("Số hóa hồ sơ hộ tịch.", "Phòng Tư pháp", ["UBND các xã"], "2025-12-31"),
        ("Cập nhật dữ liệu đất đai.", "Phòng Tài nguyên và Môi trường", [], "Hằng năm"),
        ("Tập huấn kỹ năng số cho c", "Phòng Nội vụ", [], "Tháng 10/2025"),
        ("Tuyên truyền kỹ năng số c", "Trung tâm Văn hóa - Thể thao và Truyền thanh", [],
         None),
    ]


@pytest.mark.parametrize("trailer", [
    "- Cơ quan chủ trì: Phòng Tài nguyên và Môi trường; thời gian: Hằng năm.",
    "Đơn vị chủ trì: Phòng Tài nguyên và Môi trường. Thời gian thực hiện: Hằng năm.",
])
def test_field_lines_after_all_tasks_describe_them_all(tmp_path, trailer):
    path = tmp_path / "plan.txt"
    path.write_text(f"""KẾ HOẠCH
Chuyển đổi số huyện năm 2025
I. NHIỆM VỤ
1. Dữ liệu số
- Xây dựng cơ sở dữ liệu hộ kinh doanh;
- Xây dựng cơ sở dữ liệu đất đai.
{trailer}
II. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị triển khai thực hiện.
""", encoding="utf-8")
    tasks = parse_file(path).to_json_dict()["tasks"]
    assert [(t["lead"], t["deadline"]) for t in tasks] == [
        ("Phòng Tài nguyên và Môi trường", "Hằng năm")] * 2


UNMARKED = """KẾ HOẠCH
Chuyển đổi số huyện Nghĩa Hành năm 2025
I. NHIỆM VỤ
1. Chính quyền số
- Triển khai ký số trên thiết bị di động cho lãnh đạo các cơ quan.
Đơn vị chủ trì: Văn phòng HĐND và UBND huyện. Thời gian hoàn thành: Quý I/2025.
- Duy trì hệ thống quản lý văn bản và điều hành.
Cơ quan chủ trì: Phòng Văn hóa và Thông tin; Đơn vị phối hợp: Các xã, thị trấn.
II. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị triển khai thực hiện.
"""


def _unmarked_docx(tmp_path: Path) -> Path:
    lines = UNMARKED.splitlines()
    blocks = [P(lines[0], bold=True, center=True), P(lines[1], bold=True, center=True)]
    for line in lines[2:]:
        blocks.append(P(line, bold=re.match(r"^(?:I|II)\. |^1\. ", line) is not None))
    return Path(make_docx(tmp_path / "plan.docx", blocks))


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_field_paragraphs_without_marker_after_each_task(tmp_path, kind):
    """A field line without a marker under a ``-`` task is not more of the task's text:
    it names that task's lead unit, deadline…"""
    if kind == "txt":
        path = tmp_path / "plan.txt"
        path.write_text(UNMARKED, encoding="utf-8")
    else:
        path = _unmarked_docx(tmp_path)
    tasks = parse_file(path).to_json_dict()["tasks"]
    assert [(t["text"], t["lead"], t["co"], t["deadline"]) for t in tasks] == [
        ("Triển khai ký số trên thiết bị di động cho lãnh đạo các cơ quan.",
         "Văn phòng HĐND và UBND huyện", [], "Quý I/2025"),
        ("Duy trì hệ thống quản lý văn bản và điều hành.", "Phòng Văn hóa và Thông tin",
         ["Các xã", "thị trấn"], None),
    ]


@pytest.mark.skipif(vietnamese_ttf() is None, reason="no font with Vietnamese letters")
def test_field_lines_after_each_task_in_a_pdf(tmp_path):
    lines = [L(line, bold=re.match(r"^(?:I|II|III)\. ", line) is not None)
             for line in ALTERNATING.splitlines()]
    path = make_pdf(tmp_path / "plan.pdf", lines)
    tasks = parse_file(path).to_json_dict()["tasks"]
    assert [(t["lead"], t["deadline"]) for t in tasks] == [
        ("Văn phòng HĐND và UBND huyện", "Quý III/2025"), ("Công an huyện", "Năm 2025"),
        ("Phòng Tư pháp", "2025-12-31"), ("Phòng Tài nguyên và Môi trường", "Hằng năm"),
        ("Phòng Nội vụ", "Tháng 10/2025"),
        ("Trung tâm Văn hóa - Thể thao và Truyền thanh", None)]
