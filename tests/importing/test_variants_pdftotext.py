"""Text written by ``pdftotext -layout`` from a plan whose task table has no ruling lines:
cells shifted a character or two from line to line, a full cell's line set one space
from the next cell, header names wrapped over two lines, and the text after the table."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from test_variants_layout import (CLOSING, HEADER6, PLAN_HEAD, TEXT_HEAD, _appendix_rows,
                                  borderless_pdf, layout_text, needs_font, parse, rows_of)

WIDTHS6 = [4, 44, 16, 20, 12, 18]


def _shifts(rows: list) -> list[tuple[int, int, int]]:
    """Cells moved by one or two characters, left or right, varying from row to row."""
    out = []
    for n in range(len(rows)):
        for c in range(2, 6):
            shift = (-2, -1, 0, 1, 2)[(n * 3 + c) % 5]
            out.append((n, c, shift))
    return out


def test_pdftotext_layout_cells_shifted_from_row_to_row_and_full_cells_one_space_apart(
        tmp_path):
    """The lead unit's column starts a character or two left or right from one row to the
    next, and the task's lines run on to one space before the lead unit."""
    rows, expected = _appendix_rows(4)
    full = [(n, 1) for n in range(len(rows))]
    table = layout_text(HEADER6, WIDTHS6, rows, jitter=_shifts(rows), full=full,
                        header_wrap=12)
    assert any(" Sở " in line for line in table)  # a task's line one space from its lead
    path = tmp_path / "s.txt"
    path.write_text(TEXT_HEAD + "\n".join(table) + "\n", encoding="utf-8")
    assert rows_of(parse(path)) == expected


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed")


@needs_font
@needs_pdftotext
@pytest.mark.parametrize("widths", [[35, 300, 120, 130, 90, 110], [30, 250, 80, 90, 70, 80]])
def test_pdftotext_layout_of_a_borderless_pdf(tmp_path, widths):
    """What the tool itself writes: a task's line one space from the lead unit beside it,
    a column one character left on some lines, names wrapped in the header."""
    rows, expected = _appendix_rows(3)
    pdf = borderless_pdf(tmp_path / "a.pdf", HEADER6, widths, rows, before=PLAN_HEAD,
                         closing=CLOSING)
    txt = tmp_path / "a.txt"
    subprocess.run(["pdftotext", "-layout", str(pdf), str(txt)], check=True, timeout=60)
    data = parse(txt)
    assert rows_of(data) == expected
    assert data["signer"] == {"lines": CLOSING[1], "name": CLOSING[2]}


# ------------------------------------------------------------------ the text after a table

SHORT_TASKS = [["1", "Triển khai phần mềm một cửa điện tử liên thông ba cấp trên địa bàn huyện",
                "Văn phòng HĐND và UBND", "Các xã, thị trấn", "Năm 2024"],
               ["2", "Số hóa hồ sơ lưu trữ", "Phòng Nội vụ", "", "Quý III/2024"]]
SHORT_EXPECTED = [
    ("Triển khai phần mềm một cửa điện tử liên thông ba cấp trên địa bàn huyện", "NHIỆM VỤ",
     "Văn phòng HĐND và UBND", ["Các xã", "thị trấn"], "Năm 2024"),
    ("Số hóa hồ sơ lưu trữ", "NHIỆM VỤ", "Phòng Nội vụ", [], "Quý III/2024")]


def _plan_with_table_then(after: list[str], *, numbered=True, blank=False) -> str:
    header = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
    widths = [4, 40, 16, 18, 12]
    rows = SHORT_TASKS
    if not numbered:
        header, widths, rows = header[1:], widths[1:], [r[1:] for r in rows]
    return "\n".join(["KẾ HOẠCH", "Chuyển đổi số huyện năm 2024", "", "II. NHIỆM VỤ", ""]
                     + layout_text(header, widths, rows, blank_between=blank)
                     + ([""] if blank else []) + after
                     + ["III. TỔ CHỨC THỰC HIỆN",
                        "Phòng Văn hóa và Thông tin theo dõi, đôn đốc thực hiện./."]) + "\n"


def _task_rows(data: dict) -> list:
    return [(t["text"], t["group"], t["lead"], t["co"], t["deadline"]) for t in data["tasks"]]


@pytest.mark.parametrize("line", ["Ghi chú:", "Kinh phí thực hiện", "Nguồn vốn: ngân sách"])
@pytest.mark.parametrize("blank", [False, True])
def test_pdftotext_layout_short_line_after_a_numbered_table_is_text(tmp_path, line, blank):
    """A short line of the plan's text right under the table, where the number column
    holds only numbers, is not a cell of the last row."""
    path = tmp_path / "t.txt"
    path.write_text(_plan_with_table_then([line], blank=blank), encoding="utf-8")
    data = parse(path)
    assert _task_rows(data) == SHORT_EXPECTED
    assert data["outline"][0]["text"] == line


def test_pdftotext_layout_short_line_after_a_table_without_numbers_is_text(tmp_path):
    """A table without a number column, rows apart by blank lines: a short line after a
    blank line, with nothing of the table under it."""
    path = tmp_path / "t.txt"
    path.write_text(_plan_with_table_then(["Kinh phí thực hiện"], numbered=False, blank=True),
                    encoding="utf-8")
    data = parse(path)
    assert _task_rows(data) == SHORT_EXPECTED
    assert data["outline"][0]["text"] == "Kinh phí thực hiện"


# ------------------------------------------------------------------ header names that wrap

HEADER_COMMAS = ["STT", "Tên nhiệm vụ", "Cơ quan, đơn vị chủ trì", "Cơ quan, đơn vị phối hợp",
                 "Thời hạn hoàn thành", "Sản phẩm đầu ra"]
HEADER_TALL = ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
               "Thời gian thực hiện", "Kết quả/sản phẩm"]


@needs_font
@pytest.mark.parametrize("header, valign", [(HEADER_COMMAS, "top"), (HEADER_TALL, "center")])
def test_pdf_borderless_header_names_wrapped_over_several_lines(tmp_path, header, valign):
    """Narrow columns of a portrait page: a name wrapped after its comma (``Cơ quan,`` /
    ``đơn vị chủ`` / ``trì``), or over four lines in a header centred vertically, three
    of them above the line naming the task column."""
    rows, expected = _appendix_rows(2)
    path = borderless_pdf(tmp_path / "w.pdf", header, [30, 170, 75, 80, 60, 70], rows,
                          before=PLAN_HEAD, closing=CLOSING, landscape=False,
                          header_valign=valign)
    assert rows_of(parse(path)) == expected


def test_pdftotext_layout_header_names_wrapped_after_a_comma(tmp_path):
    rows, expected = _appendix_rows(3)
    table = layout_text(["STT", "Nhiệm vụ"] + HEADER_COMMAS[2:], WIDTHS6, rows, header_wrap=10)
    assert "Cơ quan,  " in table[0] and "đơn vị chủ" in table[1]
    path = tmp_path / "c.txt"
    path.write_text(TEXT_HEAD + "\n".join(table) + "\n", encoding="utf-8")
    assert rows_of(parse(path)) == expected
