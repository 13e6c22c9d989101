"""Deadlines as plans write them, in task tables and in the text's fields: the contract
(docs/template-json.md) wants an ISO date for a date or a written date, and the text as
written for anything else (a quarter, a month, a year, a period, "Thường xuyên"). A day
written without its year ("Trước 30/6") is in the year the plan is for."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from importing_docmaker import P, T, closing_block, header_block, make_docx, make_xlsx

from dxdesk.importing import parse_file
from dxdesk.importing.deadlines import plan_year
from dxdesk.importing.numbers import parse_deadline

# (as written in the plan, what the contract wants) for a plan of the year 2025.
DEADLINES = [
    ("Quý II/2025", "Quý II/2025"),
    ("Quý IV năm 2025", "Quý IV năm 2025"),
    ("Tháng 6/2025", "Tháng 6/2025"),
    ("Trước ngày 30/6/2025", "2025-06-30"),
    ("Trước 30/6", "2025-06-30"),
    ("Trước ngày 15/10", "2025-10-15"),
    ("31/12", "2025-12-31"),
    ("Trước ngày 30 tháng 9 năm 2025", "2025-09-30"),
    ("Ngày 15/11/2025", "2025-11-15"),
    ("Chậm nhất ngày 20 tháng 12", "2025-12-20"),
    ("6 tháng đầu năm", "6 tháng đầu năm"),
    ("Năm 2025", "Năm 2025"),
    ("2025-2026", "2025-2026"),
    ("Thường xuyên", "Thường xuyên"),
    ("Hằng năm", "Hằng năm"),
    ("Hàng năm", "Hàng năm"),
    ("Trong năm 2025", "Trong năm 2025"),
]


@pytest.mark.parametrize("value,expected", [
    ("Trước ngày 30 tháng 6 năm 2025", "2025-06-30"),
    ("Ngày 15/11/2025", "2025-11-15"),
    ("ngày 05 tháng 3 năm 2025.", "2025-03-05"),
    ("Hoàn thành trước ngày 31/12/2025", "2025-12-31"),
    ("Tháng 12 năm 2025", "Tháng 12 năm 2025"),
    ("6 tháng đầu năm 2025", "6 tháng đầu năm 2025"),
    ("Trước 30/6", "Trước 30/6"),  # the year comes from the plan, not from the cell
])
def test_written_dates_with_words_before_them(value, expected):
    assert parse_deadline(value) == expected


@pytest.mark.parametrize("title,year", [
    ("Chuyển đổi số huyện Sơn Tịnh năm 2025", 2025),
    ("Chuyển đổi số tỉnh năm 2025, định hướng đến năm 2030", 2025),
    ("Chuyển đổi số giai đoạn 2021-2025, định hướng đến năm 2030", None),
    ("Chuyển đổi số tỉnh Gia Lai giai đoạn 2021- 2025", None),
    ("Chuyển đổi số tỉnh", None),
])
def test_plan_year(title, year):
    assert plan_year(title) == year


def _text_plan(title: str) -> str:
    lines = ["ỦY BAN NHÂN DÂN", "HUYỆN SƠN TỊNH", "KẾ HOẠCH", title, "I. MỤC TIÊU",
             "- 100% văn bản được ký số.", "II. NHIỆM VỤ"]
    for k, (written, _) in enumerate(DEADLINES, start=1):
        lines += [f"{k}. Nhiệm vụ chuyển đổi số thứ {k} của huyện.",
                  "- Đơn vị chủ trì: Phòng Văn hóa và Thông tin.",
                  f"- Thời gian hoàn thành: {written}."]
    lines += ["III. TỔ CHỨC THỰC HIỆN", "Các cơ quan, đơn vị triển khai thực hiện."]
    return "\n".join(lines) + "\n"


def test_deadlines_of_text_fields_in_a_one_year_plan(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(_text_plan("Chuyển đổi số huyện Sơn Tịnh năm 2025"), encoding="utf-8")
    tasks = parse_file(path).to_json_dict()["tasks"]
    assert [t["deadline"] for t in tasks] == [e for _, e in DEADLINES]
    assert all(t["lead"] == "Phòng Văn hóa và Thông tin" for t in tasks)


def test_day_without_year_stays_as_written_in_a_period_plan(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(_text_plan("Chuyển đổi số huyện giai đoạn 2021-2025"), encoding="utf-8")
    tasks = parse_file(path).to_json_dict()["tasks"]
    by_written = dict(zip((w for w, _ in DEADLINES), (t["deadline"] for t in tasks)))
    assert by_written["Trước 30/6"] == "Trước 30/6"
    assert by_written["31/12"] == "31/12"
    assert by_written["Trước ngày 30/6/2025"] == "2025-06-30"


def _table_rows():
    rows = [["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp",
             "Thời gian hoàn thành", "Ghi chú"]]
    for k, (written, _) in enumerate(DEADLINES, start=1):
        rows.append([str(k), f"Nhiệm vụ chuyển đổi số thứ {k}", "Sở Thông tin và Truyền thông",
                     "Các sở; UBND cấp huyện", written, ""])
    return rows


def test_deadlines_of_an_excel_task_list(tmp_path):
    rows = [["KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH NĂM 2025"]] + _table_rows()
    rows.append(["99", "Nhiệm vụ có ngày trong ô kiểu ngày", "Sở Nội vụ", "",
                 dt.datetime(2025, 8, 15), ""])
    path = make_xlsx(tmp_path / "plan.xlsx", rows)
    tasks = parse_file(path).to_json_dict()["tasks"]
    assert [t["deadline"] for t in tasks] == [e for _, e in DEADLINES] + ["2025-08-15"]
    assert tasks[0]["co"] == ["Các sở", "UBND cấp huyện"]


def test_deadlines_of_a_word_task_table(tmp_path):
    blocks = [header_block(), P("KẾ HOẠCH", bold=True, center=True),
              P("Chuyển đổi số huyện An Lão năm 2025", bold=True, center=True),
              P("I. NHIỆM VỤ", bold=True), T(_table_rows(), bold_rows=(0,)),
              P("II. TỔ CHỨC THỰC HIỆN", bold=True), "Các cơ quan triển khai.", closing_block()]
    path = make_docx(tmp_path / "plan.docx", blocks)
    tasks = parse_file(Path(path)).to_json_dict()["tasks"]
    assert [t["deadline"] for t in tasks] == [e for _, e in DEADLINES]
