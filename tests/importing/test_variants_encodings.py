"""Encodings and header/closing details: TCVN3 text whose capitals font is lost (.txt,
.docx and .pdf without the ``.VnTimeH`` name), decomposed Unicode everywhere; the number
(``Số: …``, blank in a draft), the place and date, ``Nơi nhận`` and the signer block."""

from __future__ import annotations

import json
import unicodedata

import pytest
from importing_docmaker import (L, P, make_docx, make_pdf,
                               sample_text, vietnamese_ttf)
from test_import_formats import check_sample

from dxdesk.importing import parse_file
from dxdesk.text import legacy


def tcvn3(text: str) -> str:
    """TCVN3 as typed: a capital with a tone has no code of its own and is typed in the
    capitals-only font, with the code of its small letter."""
    out = []
    for ch in text:
        try:
            out.append(legacy.from_unicode(ch, "tcvn3"))
        except ValueError:
            out.append(legacy.from_unicode(ch, "tcvn3", uppercase_font=True))
    return "".join(out)


def all_nfc(data: dict) -> bool:
    text = json.dumps(data, ensure_ascii=False)
    return unicodedata.is_normalized("NFC", text)


SHORT_PLAN = ["KẾ HOẠCH", "Chuyển đổi số xã Tân Phú năm 2024", "I. MỤC TIÊU",
              "- 95% hồ sơ công việc được xử lý trên môi trường mạng;", "II. NHIỆM VỤ",
              "1. Nhận thức số", "- Tuyên truyền về chuyển đổi số trên loa truyền thanh của xã.",
              "- Tổ chức tập huấn kỹ năng số cho cán bộ, công chức.", "III. TỔ CHỨC THỰC HIỆN",
              "Công chức văn hóa - xã hội tham mưu triển khai./.", "TM. ỦY BAN NHÂN DÂN",
              "CHỦ TỊCH", "Nguyễn Văn Tư"]


def check_short_plan(data: dict) -> None:
    assert (data["doc_type"], data["title"]) == ("KẾ HOẠCH", "Chuyển đổi số xã Tân Phú năm 2024")
    assert [(n["title"], n["kind"]) for n in data["outline"]] == [
        ("MỤC TIÊU", "objectives"), ("NHIỆM VỤ", "tasks"), ("TỔ CHỨC THỰC HIỆN", "organization")]
    assert [(t["value"], t["unit"]) for t in data["targets"]] == [(95, "%")]
    assert [t["text"] for t in data["tasks"]] == [
        "Tuyên truyền về chuyển đổi số trên loa truyền thanh của xã.",
        "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức."]
    assert data["signer"] == {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                              "name": "Nguyễn Văn Tư"}
    assert all_nfc(data)


def test_tcvn3_text_file_with_lines_in_capitals(tmp_path):
    """The whole sample plan in TCVN3: its issuer, headings and signer lines were typed in
    the capitals font, so a text file holds their toned capitals as small letters."""
    path = tmp_path / "plan.txt"
    path.write_bytes(tcvn3(sample_text(78)).encode("cp1252"))
    template = parse_file(path)
    assert template.encoding == "tcvn3"
    text = json.dumps(template.to_json_dict(), ensure_ascii=False)
    # "của Ủy ban" in running text: that capital is lost for good (its code is the one of
    # "ủ"); the lines typed all in capitals get theirs back.
    assert text.count("của ủy ban") == 2
    check_sample(json.loads(text.replace("của ủy ban", "của Ủy ban")))


def test_tcvn3_word_document_without_legacy_font_names(tmp_path):
    blocks = [P(tcvn3(line), bold=line.isupper() or line[:2] in ("I.", "II", "1."),
                center=i < 2) for i, line in enumerate(SHORT_PLAN)]
    check_short_plan(parse_file(make_docx(tmp_path / "l.docx", blocks)).to_json_dict())


@pytest.mark.skipif(vietnamese_ttf() is None, reason="no TrueType font with Vietnamese letters")
def test_tcvn3_pdf_with_headings_in_capitals(tmp_path):
    lines = [L(tcvn3(line), bold=line.isupper(), center=i < 2)
             for i, line in enumerate(SHORT_PLAN)]
    check_short_plan(parse_file(make_pdf(tmp_path / "l.pdf", lines)).to_json_dict())


def test_decomposed_unicode_in_word(tmp_path):
    blocks = [P(unicodedata.normalize("NFD", line), bold=line.isupper() or
                line[:2] in ("I.", "II", "1."), center=i < 2) for i, line in enumerate(SHORT_PLAN)]
    check_short_plan(parse_file(make_docx(tmp_path / "d.docx", blocks)).to_json_dict())


def test_decomposed_unicode_text_with_byte_order_mark(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", sample_text(78)).encode())
    data = parse_file(path).to_json_dict()
    check_sample(data)
    assert all_nfc(data)


def test_decomposed_unicode_in_excel(tmp_path):
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"],
                ["I", "Chính quyền số", None, None],
                [1, "Số hóa hồ sơ một cửa", "Văn phòng UBND", "Quý II/2024"]]:
        sheet.append([unicodedata.normalize("NFD", v) if isinstance(v, str) else v for v in row])
    workbook.save(tmp_path / "d.xlsx")
    data = parse_file(tmp_path / "d.xlsx").to_json_dict()
    assert [(t["text"], t["group"], t["lead"], t["deadline"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ một cửa", "Chính quyền số", "Văn phòng UBND", "Quý II/2024")]
    assert all_nfc(data)


# ---------------------------------------------------------------------- header block

def _plan(number_line: str, date_line: str) -> str:
    return "\n".join(["ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ", number_line,
                      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                      date_line, "KẾ HOẠCH", "Chuyển đổi số huyện Ba Tơ năm 2024",
                      "I. NHIỆM VỤ", "- Số hóa hồ sơ./."]) + "\n"


@pytest.mark.parametrize("line,number", [
    ("Số: 123/KH-UBND", "123/KH-UBND"),
    ("Số:      /KH-UBND", "KH-UBND"),
    ("Số: ……/KH-UBND", "KH-UBND"),
    ("Số: ....../KH-UBND", "KH-UBND"),
    ("Số: 05 /KH-UBND", "05/KH-UBND"),
    ("Số 08-KH/HU", "08-KH/HU"),
    ("Số:   /UBND-VHTT", "UBND-VHTT"),
])
def test_number_and_symbol(tmp_path, line, number):
    path = tmp_path / "n.txt"
    path.write_text(_plan(line, "Ba Tơ, ngày 15 tháng 3 năm 2024"), encoding="utf-8")
    data = parse_file(path).to_json_dict()
    assert data["number"] == number
    assert data["issuer"] == "ỦY BAN NHÂN DÂN HUYỆN BA TƠ"


def test_number_left_blank_in_word_header(tmp_path):
    from importing_docmaker import header_block

    path = make_docx(tmp_path / "n.docx", [
        header_block(("ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"), "Số:      /KH-UBND",
                     "Ba Tơ, ngày      tháng      năm 2024"),
        P("KẾ HOẠCH", bold=True, center=True), P("Chuyển đổi số năm 2024", bold=True, center=True),
        P("I. NHIỆM VỤ", bold=True), P("- Số hóa hồ sơ./.")])
    data = parse_file(path).to_json_dict()
    assert (data["number"], data["date"]) == ("KH-UBND", None)


@pytest.mark.parametrize("line,date", [
    ("Quảng Ngãi, ngày 15 tháng 3 năm 2024", "2024-03-15"),
    ("Ba Tơ, ngày 05 tháng 02 năm 2023", "2023-02-05"),
    ("Pleiku, ngày  09  tháng  12  năm  2022", "2022-12-09"),
    ("Ba Tơ, ngày 05/02/2023", "2023-02-05"),
    ("Ba Tơ, ngày      tháng      năm 2023", None),
])
def test_place_and_date(tmp_path, line, date):
    path = tmp_path / "d.txt"
    path.write_text(_plan("Số: 12/KH-UBND", line), encoding="utf-8")
    assert parse_file(path).to_json_dict()["date"] == date


@pytest.mark.parametrize("closing,recipients,signer", [
    ("Nơi nhận:\n- Như trên;\n- Sở TT&TT (b/c);\n- Lưu: VT, VHTT.\nTL. CHỦ TỊCH\n"
     "CHÁNH VĂN PHÒNG\n(Đã ký)\nLê Văn Tám\n",
     ["Như trên", "Sở TT&TT (b/c)", "Lưu: VT, VHTT"],
     {"lines": ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "name": "Lê Văn Tám"}),
    ("Nơi nhận:                                             TM. ỦY BAN NHÂN DÂN\n"
     "- Thường trực Tỉnh ủy (b/c);                          KT. CHỦ TỊCH\n"
     "- Các sở, ban, ngành;                                 PHÓ CHỦ TỊCH\n"
     "- UBND các huyện, thị xã, thành phố;\n"
     "- Lưu: VT, KGVX.                                      (Đã ký)\n\n"
     "                                                     Trần Phước Hiền\n",
     ["Thường trực Tỉnh ủy (b/c)", "Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố",
      "Lưu: VT, KGVX"],
     {"lines": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
      "name": "Trần Phước Hiền"}),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nNguyễn Văn Cường\n", [],
     {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "name": "Nguyễn Văn Cường"}),
])
def test_recipients_and_signer(tmp_path, closing, recipients, signer):
    path = tmp_path / "c.txt"
    path.write_text("KẾ HOẠCH\nChuyển đổi số năm 2024\nI. NHIỆM VỤ\n- Triển khai nền tảng "
                    "số./.\n" + closing, encoding="utf-8")
    data = parse_file(path).to_json_dict()
    assert data["recipients"] == recipients
    assert data["signer"] == signer
    assert [n["label"] for n in data["outline"]] == ["I"]

