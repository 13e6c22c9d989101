"""The units named in TỔ CHỨC THỰC HIỆN (``1. Sở Thông tin và Truyền thông: …``, ``2. Các
sở, ban, ngành: …``). The contract has no list of units: a unit is only a task's ``lead``
or ``co``. The assignments are sub-headings of the organization section, never tasks,
legal bases or targets, whatever words they use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from importing_docmaker import P, closing_block, header_block, make_docx

from dxdesk.importing import parse_file

PLAN = """KẾ HOẠCH
Chuyển đổi số tỉnh Quảng Ngãi năm 2025
I. MỤC TIÊU
- 100% văn bản được ký số.
II. NHIỆM VỤ
- Tổ chức Ngày Chuyển đổi số tỉnh.
III. TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông:
- Chủ trì, phối hợp với các sở, ban, ngành triển khai Kế hoạch.
- Tổng hợp, báo cáo UBND tỉnh kết quả thực hiện trước ngày 15/12/2025.
2. Các sở, ban, ngành: Căn cứ chức năng, nhiệm vụ được giao:
- Xây dựng kế hoạch chuyển đổi số của cơ quan, đơn vị năm 2025;
- Phấn đấu 100% hồ sơ công việc được xử lý trên môi trường mạng.
3. Sở Tài chính
Tham mưu bố trí kinh phí thực hiện Kế hoạch.
4. UBND các huyện, thị xã, thành phố: Căn cứ Kế hoạch này, xây dựng kế hoạch của địa phương.
"""


def _docx(tmp_path: Path) -> Path:
    lines = PLAN.splitlines()
    blocks = [header_block(), P(lines[0], bold=True, center=True),
              P(lines[1], bold=True, center=True)]
    for line in lines[2:]:
        blocks.append(P(line, bold=re.match(r"^(?:I|II|III)\. |^\d\. ", line) is not None))
    blocks.append(closing_block())
    return Path(make_docx(tmp_path / "plan.docx", blocks))


@pytest.mark.parametrize("kind", ["txt", "docx"])
def test_unit_assignments_are_neither_tasks_nor_bases_nor_targets(tmp_path, kind):
    if kind == "txt":
        path = tmp_path / "plan.txt"
        path.write_text(PLAN, encoding="utf-8")
    else:
        path = _docx(tmp_path)
    data = parse_file(path).to_json_dict()
    assert [t["text"] for t in data["tasks"]] == ["Tổ chức Ngày Chuyển đổi số tỉnh."]
    assert data["bases"] == []
    assert [t["text"] for t in data["targets"]] == ["100% văn bản được ký số."]
    organization = data["outline"][-1]
    assert organization["kind"] == "organization"
    units = organization["children"]
    assert [u["label"] for u in units] == ["1", "2", "3", "4"]
    assert [u["kind"] for u in units] == ["other"] * 4
    assert units[0]["title"] == "Sở Thông tin và Truyền thông"
    assert units[1]["title"].startswith("Các sở, ban, ngành")
    assert units[2]["title"] == "Sở Tài chính"
    assert units[2]["text"] == "Tham mưu bố trí kinh phí thực hiện Kế hoạch."
