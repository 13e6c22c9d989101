"""Plans built as .docx (``rendered_plans.py``), printed to PDF by LibreOffice and the PDF
turned to text by ``pdftotext -layout`` (fixtures/rendered/, rebuilt by
``make_rendered_fixtures.py``; these tests never call LibreOffice): each form imports as
the .docx does. Then the rules those renderings called for, each on a case of its own: a
date wrapped in the header cell (``… năm`` | ``2025``: a year alone is not a page
number), the issuer's lines beside a wrapped Quốc hiệu, the signer's name two spaces
after a recipient, a title under the type name that starts like an opening sentence, a
word or a document's symbol cut at its hyphen (``Wi-`` | ``Fi``, ``1970/QĐ-`` |
``BTTTT``), table rows whose columns ``pdftotext -layout`` set shifted or one space
apart, and a heading numbered by Word right under a table."""

from __future__ import annotations

from pathlib import Path

import pytest
from importing_docmaker import L, P, closing_block, header_block, make_docx, make_pdf, \
    vietnamese_ttf
from rendered_plans import PLANS

from dxdesk.importing import parse_file

RENDERED = Path(__file__).resolve().parent / "fixtures" / "rendered"


def outline(nodes) -> list:
    return [(n["label"], n["title"], n["kind"], outline(n["children"])) for n in nodes]


def view(data: dict) -> dict:
    return {
        "meta": [data[k] for k in ("doc_type", "title", "issuer", "number", "date")],
        "bases": data["bases"],
        "outline": outline(data["outline"]),
        "targets": [(t["text"], t["value"], t["unit"], t["horizon"], t["path"])
                    for t in data["targets"]],
        "tasks": [(t["text"], t["group"], t["path"], t["lead"], t["co"], t["deadline"],
                   t.get("output")) for t in data["tasks"]],
        "recipients": data["recipients"],
        "signer": data["signer"],
    }


def parse(path) -> dict:
    return parse_file(path).to_json_dict()


# (name, format) pairs whose rendering still differs: pdftotext squeezes the first line
# of a row of narrow columns so far left that its cells cannot be told apart by place.
KNOWN_GAPS = {("unit_column", "txt")}


@pytest.mark.parametrize("fmt", ["pdf", "txt"])
@pytest.mark.parametrize("name", sorted(PLANS))
def test_rendered_plan_imports_as_its_docx(tmp_path, name, fmt):
    fixture = RENDERED / f"{name}.{fmt}"
    if not fixture.exists():
        pytest.skip(f"fixture {fixture.name} missing: run make_rendered_fixtures.py")
    expected = view(parse(PLANS[name](tmp_path / f"{name}.docx")))
    got = view(parse(fixture))
    if (name, fmt) in KNOWN_GAPS:
        assert {k: v for k, v in got.items() if k != "tasks"} == \
            {k: v for k, v in expected.items() if k != "tasks"}
        assert [t[:3] for t in got["tasks"]] == [t[:3] for t in expected["tasks"]]
        return
    assert got == expected


def test_rendered_plans_have_what_they_are_built_for(tmp_path):
    """The .docx results the fixtures are compared with are right in themselves."""
    data = parse(PLANS["body_table"](tmp_path / "b.docx"))
    assert data["title"] == "Triển khai nhiệm vụ chuyển đổi số năm 2024"
    assert [n["label"] for n in data["outline"]] == ["I", "II", "III"]
    assert [(t["group"], t["lead"], t["deadline"]) for t in data["tasks"]][-1] == (
        "XÃ HỘI SỐ", "Phòng Giáo dục và Đào tạo", "2024-12-31")
    data = parse(PLANS["landscape"](tmp_path / "l.docx"))
    assert data["date"] == "2025-01-10" and len(data["tasks"]) == 6
    assert [t["unit"] for t in data["targets"]] == ["%", "doanh nghiệp", "%"]
    data = parse(PLANS["field_lines"](tmp_path / "f.docx"))
    assert len(data["bases"]) == 2 and data["signer"]["name"] == "Võ Thị Hồng"
    assert [t["lead"] for t in data["tasks"]][:2] == ["Phòng Tài chính - Kế hoạch",
                                                       "Văn phòng HĐND và UBND huyện"]


# --------------------------------------------------------------- the header and closing

WRAPPED_DATE = """\
ỦY BAN NHÂN DÂN                        CỘNG HÒA XÃ HỘI CHỦ
HUYỆN MỘ ĐỨC                           NGHĨA VIỆT NAM
Số: 07/KH-UBND                         Độc lập - Tự do - Hạnh phúc
                                       Mộ Đức, ngày 20 tháng 01 năm
                                       2025
                                  KẾ HOẠCH
                    Chuyển đổi số huyện Mộ Đức năm 2025
     I. MỤC TIÊU
     - 100% văn bản được ký số.
     II. TỔ CHỨC THỰC HIỆN
     Các cơ quan, đơn vị triển khai nhiệm vụ được giao./.
Nơi nhận:                         TM. ỦY BAN NHÂN DÂN
- UBND tỉnh (b/c);                CHỦ TỊCH
- Sở Thông tin và Truyền thông;   Võ Thị Hồng
- Lưu: VT.
"""


def test_text_date_wrapped_in_its_header_cell_keeps_its_year(tmp_path):
    """``… năm`` | ``2025`` under it: the year alone is not a page number."""
    path = tmp_path / "d.txt"
    path.write_text(WRAPPED_DATE, encoding="utf-8")
    assert parse(path)["date"] == "2025-01-20"


@pytest.mark.skipif(vietnamese_ttf() is None, reason="no TrueType font with Vietnamese letters")
def test_pdf_date_wrapped_in_its_header_cell_keeps_its_year(tmp_path):
    lines = [L("ỦY BAN NHÂN DÂN", size=12), L("HUYỆN MỘ ĐỨC", size=12),
             L("Số: 07/KH-UBND", size=12), L("Mộ Đức, ngày 20 tháng 01 năm", x=320, size=12),
             L("2025", x=320, size=12), L("KẾ HOẠCH", center=True, bold=True),
             L("Chuyển đổi số huyện Mộ Đức năm 2025", center=True, bold=True),
             L("I. MỤC TIÊU", bold=True), "- 100% văn bản được ký số."]
    assert parse(make_pdf(tmp_path / "d.pdf", lines))["date"] == "2025-01-20"


def test_text_signer_name_two_spaces_after_a_recipient(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text(WRAPPED_DATE, encoding="utf-8")
    data = parse(path)
    assert data["recipients"] == ["UBND tỉnh (b/c)", "Sở Thông tin và Truyền thông", "Lưu: VT"]
    assert data["signer"] == {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                              "name": "Võ Thị Hồng"}


TITLE = "Triển khai nhiệm vụ chuyển đổi số năm 2024"


def test_title_that_starts_like_an_opening_sentence_in_word(tmp_path):
    data = parse(make_docx(tmp_path / "t.docx", [
        header_block(), P("KẾ HOẠCH", bold=True, center=True), P(TITLE, bold=True, center=True),
        P("I. MỤC TIÊU", bold=True), P("- 100% văn bản được ký số."),
        P("II. NHIỆM VỤ", bold=True), P("- Số hóa hồ sơ một cửa."), closing_block()]))
    assert data["title"] == TITLE
    assert [n["label"] for n in data["outline"]] == ["I", "II"]


def test_title_that_starts_like_an_opening_sentence_in_text(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text(f"KẾ HOẠCH\n{TITLE}\nThực hiện Kế hoạch số 15/KH-UBND của UBND tỉnh, "
                    "UBND huyện ban hành Kế hoạch như sau:\nI. MỤC TIÊU\n"
                    "- 100% văn bản được ký số.\n", encoding="utf-8")
    assert parse(path)["title"] == TITLE
    path.write_text("KẾ HOẠCH\nThực hiện Kế hoạch số 15/KH-UBND của UBND tỉnh, UBND huyện "
                    "ban hành Kế hoạch như sau:\nI. MỤC TIÊU\n- 100% văn bản được ký số.\n",
                    encoding="utf-8")
    assert parse(path)["title"] is None


# ------------------------------------------------------------------- tables as text

TABLE_HEAD = """\
KẾ HOẠCH
Chuyển đổi số năm 2025
I. NHIỆM VỤ
STT   Nội dung nhiệm vụ              Đơn vị       Đơn vị        Thời gian Sản
                                     chủ trì      phối hợp      hoàn      phẩm
                                                                thành
"""
TABLE_TAIL = """\
      II. TỔ CHỨC THỰC HIỆN
      Các cơ quan, đơn vị thực hiện./.
"""


def _table(tmp_path, body: str) -> list:
    path = tmp_path / "t.txt"
    path.write_text(TABLE_HEAD + body + TABLE_TAIL, encoding="utf-8")
    return [(t["text"], t["lead"], t["co"], t["deadline"], t.get("output"))
            for t in parse(path)["tasks"]]


def test_text_row_whose_column_starts_left_of_where_it_starts_in_other_rows(tmp_path):
    """``… đài tin và``: ``tin và`` starts where ``Sở Thông``, ``Truyền`` and ``thông``
    start in this row, one space after the task's line."""
    assert _table(tmp_path, """\
1     Tổ chức hội nghị quán          Sở Thông     Báo           Quý        Báo cáo
      triệt về chuyển đổi số cho     tin và       Quảng         I/2025
      cán bộ chủ chốt                Truyền       Ngãi
                                     thông
2     Xây dựng chuyên mục         Sở Thông        Báo           Quý        Báo cáo
      chuyển đổi số trên báo, đài tin và          Quảng         II/2025
      của tỉnh                    Truyền          Ngãi
                                  thông
""") == [("Tổ chức hội nghị quán triệt về chuyển đổi số cho cán bộ chủ chốt",
          "Sở Thông tin và Truyền thông", ["Báo Quảng Ngãi"], "Quý I/2025", "Báo cáo"),
         ("Xây dựng chuyên mục chuyển đổi số trên báo, đài của tỉnh",
          "Sở Thông tin và Truyền thông", ["Báo Quảng Ngãi"], "Quý II/2025", "Báo cáo")]


def _placed(*cells: tuple[int, str]) -> str:
    """A line of text with each cell starting at its column."""
    line = ""
    for col, text in cells:
        line = line.ljust(col) + text
    return line + "\n"


def test_text_cells_one_space_apart_cut_before_the_capital(tmp_path):
    """``… hệ thống Văn phòng``, the lead column shifted three characters left: of the
    spaces near the boundary, the one before a capital (a cell's first word)."""
    body = (_placed((0, "1"), (6, "Số hóa hồ sơ một cửa tại xã"), (39, "Văn phòng"),
                    (52, "Các phòng"), (66, "30/6/2025"), (76, "Dữ liệu"))
            + _placed((0, "2"), (6, "Triển khai ký số văn bản"), (39, "Văn phòng"),
                      (52, "Các phòng"), (66, "Năm 2025"))
            + _placed((0, "3"), (6, "Ký số văn bản đi qua hệ thống"), (36, "Văn phòng"),
                      (66, "Năm 2025"))
            + _placed((6, "quản lý văn bản")))
    assert [t[:2] for t in _table(tmp_path, body)] == [
        ("Số hóa hồ sơ một cửa tại xã", "Văn phòng"),
        ("Triển khai ký số văn bản", "Văn phòng"),
        ("Ký số văn bản đi qua hệ thống quản lý văn bản", "Văn phòng")]


def test_text_numbered_row_with_cells_run_together_is_not_a_group_title(tmp_path):
    """``5 Thúc đẩy thanh toán Phòng Trung tâm 31/12/202 Báo cáo``: a row's number, a
    piece over several columns and more cells is a row, not a title across the table; a
    cell shifted over one boundary may still be cut at the next; the ``4`` that ends a
    date broken by its narrow column stands where the date starts."""
    assert _table(tmp_path, """\
4       Phổ cập kỹ năng số cho       Phòng       UBND        Thường
        người dân thông qua Tổ       Văn hóa     các xã, thị xuyên
        công nghệ số cộng đồng       và Thông    trấn
                                     tin
5       Thúc đẩy thanh toán          Phòng       Trung tâm 31/12/202 Báo cáo
        không dùng tiền mặt trong    Giáo dục    Y tế      4         kết quả
        trường học, bệnh viện        và Đào      huyện
                                     tạo
""")[1] == ("Thúc đẩy thanh toán không dùng tiền mặt trong trường học, bệnh viện",
            "Phòng Giáo dục và Đào tạo", ["Trung tâm Y tế huyện"], "2024-12-31",
            "Báo cáo kết quả")


def test_text_word_cut_at_its_hyphen_in_a_cell(tmp_path):
    path = tmp_path / "w.txt"
    path.write_text("""\
KẾ HOẠCH
Chuyển đổi số năm 2024
      II. CHỈ TIÊU
TT                  Chỉ tiêu           Đơn vị tính         Kế hoạch năm
                                                           2024
1                 Tỷ lệ văn bản đi  %                      95
                  được ký số
2                 Số điểm phát Wi- điểm                    40
                  Fi công cộng miễn
                  phí
      III. TỔ CHỨC THỰC HIỆN
      Các cơ quan thực hiện./.
""", encoding="utf-8")
    assert [(t["text"], t["value"], t["unit"]) for t in parse(path)["targets"]] == [
        ("Tỷ lệ văn bản đi được ký số", 95, "%"),
        ("Số điểm phát Wi-Fi công cộng miễn phí", 40, "điểm")]


def test_text_heading_numbered_by_word_after_a_table_ends_it(tmp_path):
    """``II.⇥NHIỆM VỤ, GIẢI PHÁP`` (Word's numbering: the label, a tab, the title) indented
    from the table's left edge under a targets table: the next heading, not more of the
    last row."""
    path = tmp_path / "h.txt"
    path.write_text("""\
                                  KẾ HOẠCH
                     Chuyển đổi số tỉnh Kon Tum năm 2025
      I.      MỤC TIÊU
      1.      Chỉ tiêu cụ thể
STT      Chỉ tiêu                       Đơn vị       Năm 2024      Năm 2025
                                        tính
1         Tỷ lệ hồ sơ được số hóa       %            60            80
2         Số hộ gia đình dùng cáp       hộ           12.000        15.500
          quang
      II.     NHIỆM VỤ, GIẢI PHÁP
      1.      Chính quyền số
      - Mở rộng mạng truyền số liệu chuyên dùng đến 100% xã, phường, thị trấn.
""", encoding="utf-8")
    data = parse(path)
    assert [(t["text"], t["value"], t["path"]) for t in data["targets"]] == [
        ("Tỷ lệ hồ sơ được số hóa", 60, ["I", "1"]),
        ("Số hộ gia đình dùng cáp quang", 12000, ["I", "1"])]
    assert [(t["text"], t["path"]) for t in data["tasks"]] == [
        ("Mở rộng mạng truyền số liệu chuyên dùng đến 100% xã, phường, thị trấn.",
         ["II", "1"])]


def test_text_header_in_two_columns_each_wrapping_on_its_own():
    """``CỘNG HÒA XÃ HỘI CHỦ NGHĨA`` | ``VIỆT NAM`` wrapped beside the issuer's two lines
    (``ỦY BAN NHÂN DÂN`` | ``HUYỆN SƠN HÀ``), in a page whose text is set in reliable
    indents: two lines in columns are not one paragraph; the issuer keeps its second
    line."""
    fixture = RENDERED / "bullets.txt"
    if not fixture.exists():
        pytest.skip("fixture bullets.txt missing: run make_rendered_fixtures.py")
    assert fixture.read_text(encoding="utf-8").startswith(
        "ỦY BAN NHÂN DÂN                           CỘNG HÒA XÃ HỘI CHỦ NGHĨA\n"
        "HUYỆN SƠN HÀ                              VIỆT NAM\n")
    data = parse(fixture)
    assert (data["issuer"], data["number"], data["date"]) == (
        "ỦY BAN NHÂN DÂN HUYỆN SƠN HÀ", "25/KH-UBND", "2024-02-15")


def test_text_document_symbol_cut_at_its_hyphen_at_a_line_end(tmp_path):
    """``… Quyết định số 1970/QĐ-`` | ``BTTTT ngày …`` (LibreOffice breaks a line after a
    hyphen): the symbol is joined again, its hyphen kept."""
    path = tmp_path / "s.txt"
    path.write_text("KẾ HOẠCH\nChuyển đổi số năm 2024\nI. NHIỆM VỤ\n"
                    "- Triển khai Chương trình hỗ trợ doanh nghiệp theo Quyết định số 1970/QĐ-\n"
                    "BTTTT ngày 13/12/2021 của Bộ Thông tin và Truyền thông.\n", encoding="utf-8")
    assert [t["text"] for t in parse(path)["tasks"]] == [
        "Triển khai Chương trình hỗ trợ doanh nghiệp theo Quyết định số 1970/QĐ-BTTTT ngày "
        "13/12/2021 của Bộ Thông tin và Truyền thông."]
