"""Task lists (Excel sheets and Word appendix tables) with the column names and orders
provinces use (``Nội dung công việc``, ``Nhiệm vụ, giải pháp``, ``Cơ quan thực hiện``,
``Tiến độ``, ``Sản phẩm đầu ra``, ``Ghi chú``…), numbered ``I``, ``1``, ``1.1``, with
group rows in bold or merged across the row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from importing_docmaker import P, T, closing_block, header_block, make_docx

from dxdesk.importing import parse_file

# Each task: (STT, text, lead, co, deadline cell, output); a group: (STT, title).
ROWS = [
    ("I", "NHẬN THỨC SỐ"),
    ("1", "Tổ chức tuyên truyền về chuyển đổi số", "Sở Thông tin và Truyền thông",
     "Các sở; UBND cấp huyện", "Quý II/2025", "Chuyên mục tuyên truyền"),
    ("2", "Tập huấn kỹ năng số cho cán bộ", "Sở Nội vụ", "Sở Thông tin và Truyền thông",
     dt.datetime(2025, 6, 30), "Lớp tập huấn"),
    ("II", "HẠ TẦNG SỐ"),
    ("1", "Phát triển hạ tầng mạng"),
    ("1.1", "Phủ sóng 5G tại các khu công nghiệp", "Các doanh nghiệp viễn thông",
     "Sở Thông tin và Truyền thông", "2025-2026", "Trạm 5G"),
    ("1.2", "Nâng cấp mạng truyền số liệu chuyên dùng", "Sở Thông tin và Truyền thông", "",
     "Thường xuyên", ""),
    ("2", "Nâng cấp Trung tâm dữ liệu tỉnh", "Sở Thông tin và Truyền thông", "Sở Tài chính",
     "Trước ngày 30/9/2025", "Trung tâm dữ liệu"),
    ("III", "DỮ LIỆU SỐ"),
    ("1", "Xây dựng kho dữ liệu dùng chung", "Sở Thông tin và Truyền thông", "Các sở, ngành",
     "Trước 31/12", "Kho dữ liệu"),
]

EXPECTED = [
    ("Tổ chức tuyên truyền về chuyển đổi số", "NHẬN THỨC SỐ", "Sở Thông tin và Truyền thông",
     ["Các sở", "UBND cấp huyện"], "Quý II/2025", "Chuyên mục tuyên truyền"),
    ("Tập huấn kỹ năng số cho cán bộ", "NHẬN THỨC SỐ", "Sở Nội vụ",
     ["Sở Thông tin và Truyền thông"], "2025-06-30", "Lớp tập huấn"),
    ("Phủ sóng 5G tại các khu công nghiệp", "Phát triển hạ tầng mạng",
     "Các doanh nghiệp viễn thông", ["Sở Thông tin và Truyền thông"], "2025-2026", "Trạm 5G"),
    ("Nâng cấp mạng truyền số liệu chuyên dùng", "Phát triển hạ tầng mạng",
     "Sở Thông tin và Truyền thông", [], "Thường xuyên", None),
    # "2" after "1 | Phát triển hạ tầng mạng" over "1.1", "1.2": back in group II.
    ("Nâng cấp Trung tâm dữ liệu tỉnh", "HẠ TẦNG SỐ", "Sở Thông tin và Truyền thông",
     ["Sở Tài chính"], "2025-09-30", "Trung tâm dữ liệu"),
    ("Xây dựng kho dữ liệu dùng chung", "DỮ LIỆU SỐ", "Sở Thông tin và Truyền thông",
     ["Các sở", "ngành"], "2025-12-31", "Kho dữ liệu"),
]

# Header names and the field each column holds, in the order of the sheet.
LAYOUTS = {
    "noi-dung-cong-viec": [("STT", "stt"), ("Nội dung công việc", "text"),
                           ("Đơn vị chủ trì", "lead"), ("Đơn vị phối hợp", "co"),
                           ("Thời gian hoàn thành", "deadline"), ("Sản phẩm", "output"),
                           ("Ghi chú", None)],
    "nhiem-vu-giai-phap": [("TT", "stt"), ("Nhiệm vụ, giải pháp", "text"),
                           ("Sản phẩm đầu ra", "output"), ("Cơ quan thực hiện", "lead"),
                           ("Đơn vị phối hợp", "co"), ("Tiến độ", "deadline"),
                           ("Ghi chú", None)],
    "deadline-first": [("STT", "stt"), ("Nội dung công việc", "text"),
                       ("Thời gian hoàn thành", "deadline"), ("Cơ quan chủ trì", "lead"),
                       ("Cơ quan phối hợp", "co"), ("Kết quả/sản phẩm", "output")],
}
_FIELDS = ("stt", "text", "lead", "co", "deadline", "output")


def _sheet_rows(layout, as_text=False):
    header = [name for name, _ in layout]
    rows = [header]
    groups = []
    for entry in ROWS:
        values = dict(zip(_FIELDS, entry))
        if as_text and isinstance(values.get("deadline"), dt.datetime):
            values["deadline"] = values["deadline"].strftime("%d/%m/%Y")
        if len(entry) == 2:
            groups.append(len(rows))
        rows.append([values.get(field) or "" if field else "" for _, field in layout])
    return rows, groups


def _check(tasks):
    assert [(t["text"], t["group"], t["lead"], t["co"], t["deadline"], t["output"])
            for t in tasks] == EXPECTED


def _xlsx(path: Path, rows, groups, style: str) -> Path:
    import openpyxl
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Phụ lục"
    sheet.append(["PHỤ LỤC: DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025"])
    sheet.append(["(Kèm theo Kế hoạch số 45/KH-UBND ngày 15/01/2025 của UBND tỉnh)"])
    width = len(rows[0])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    for r, row in enumerate(rows):
        sheet.append([v if v != "" else None for v in row])
        excel_row = r + 3
        if r == 0 or (style in ("bold", "merged") and r in groups):
            for c in range(1, width + 1):
                sheet.cell(excel_row, c).font = Font(bold=True)
        if style == "merged" and r in groups:
            sheet.merge_cells(start_row=excel_row, start_column=2, end_row=excel_row,
                              end_column=width)
    workbook.save(str(path))
    return path


@pytest.mark.parametrize("style", ["plain", "bold", "merged"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_excel_task_list(tmp_path, layout, style):
    rows, groups = _sheet_rows(LAYOUTS[layout])
    path = _xlsx(tmp_path / "plan.xlsx", rows, groups, style)
    _check(parse_file(path).to_json_dict()["tasks"])


@pytest.mark.parametrize("merged", [False, True])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_word_appendix_task_table(tmp_path, layout, merged):
    rows, groups = _sheet_rows(LAYOUTS[layout], as_text=True)
    width = len(rows[0])
    table = T(rows, bold_rows=tuple([0] + groups),
              merges=[(g, 1, g, width - 1) for g in groups] if merged else [])
    blocks = [header_block(), P("KẾ HOẠCH", bold=True, center=True),
              P("Chuyển đổi số tỉnh năm 2025", bold=True, center=True),
              P("I. NHIỆM VỤ", bold=True), "Nhiệm vụ cụ thể tại Phụ lục kèm theo.",
              P("II. TỔ CHỨC THỰC HIỆN", bold=True), "Các sở, ngành triển khai thực hiện.",
              closing_block(), P("PHỤ LỤC", bold=True, center=True),
              P("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025", bold=True, center=True), table]
    path = make_docx(tmp_path / "plan.docx", blocks)
    data = parse_file(Path(path)).to_json_dict()
    _check(data["tasks"])
    assert [n["title"] for n in data["outline"]][:2] == ["NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"]
