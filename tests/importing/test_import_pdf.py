"""PDF specifics: page furniture, paragraphs across pages, a closing block laid out side by
side, fonts read by pypdf's fallback, text inside form XObjects."""

from __future__ import annotations

import io

import pytest
from importing_docmaker import L, make_pdf, vietnamese_ttf

from dxdesk.importing import parse_file

needs_font = pytest.mark.skipif(vietnamese_ttf() is None,
                                reason="no TrueType font with Vietnamese letters")

WORDS = ("nền tảng", "dữ liệu", "hạ tầng", "kỹ năng", "dịch vụ", "ứng dụng", "an toàn")
TASK = ("Triển khai {a} số dùng chung của tỉnh cho các cơ quan, đơn vị trên địa bàn huyện "
        "trong năm {n}, bảo đảm kết nối, chia sẻ {b} và an toàn thông tin theo cấp độ; "
        "ưu tiên {c} phục vụ người dân.")


def task(n: int) -> str:
    return TASK.format(a=WORDS[n % 7], b=WORDS[(n * 3) % 7], c=WORDS[(n * 5) % 7], n=2000 + n)


@needs_font
def test_running_header_page_numbers_and_paragraphs_across_pages(tmp_path):
    lines = [L("KẾ HOẠCH", center=True, bold=True),
             L("Chuyển đổi số huyện An Lão năm 2024", center=True, bold=True),
             L("I. NHIỆM VỤ", x=120, bold=True)]
    for n in range(1, 40):
        lines.append(L("- " + task(n), wrap_to=530))
    lines.append(L("II. TỔ CHỨC THỰC HIỆN", x=120, bold=True))
    lines.append(L("Các cơ quan, đơn vị triển khai thực hiện./.", wrap_to=530))
    path = make_pdf(tmp_path / "p.pdf", lines,
                    header="Kế hoạch chuyển đổi số huyện An Lão năm 2024")
    data = parse_file(path).to_json_dict()
    assert [t["text"] for t in data["tasks"]] == [task(n) for n in range(1, 40)]
    assert [n["title"] for n in data["outline"]] == ["NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"]
    assert data["title"] == "Chuyển đổi số huyện An Lão năm 2024"


@needs_font
def test_closing_block_side_by_side(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("VN", vietnamese_ttf()))
    path = tmp_path / "c.pdf"
    c = canvas.Canvas(str(path))
    rows = [("KẾ HOẠCH", None), ("Chuyển đổi số năm 2024", None), ("I. NHIỆM VỤ", None),
            ("- Số hóa hồ sơ một cửa của xã./.", None),
            ("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"), ("- Sở Thông tin và Truyền thông;", "CHỦ TỊCH"),
            ("- Lưu: VT, VHTT.", None), (None, "Phạm Xuân Vinh")]
    y = 780
    for left, right in rows:  # row by row, as a table exported line by line
        c.setFont("VN", 12)
        if left:
            c.drawString(72, y, left)
        if right:
            c.drawString(330, y, right)
        y -= 20
    c.save()
    data = parse_file(path).to_json_dict()
    assert data["recipients"] == ["Sở Thông tin và Truyền thông", "Lưu: VT, VHTT"]
    assert data["signer"] == {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                              "name": "Phạm Xuân Vinh"}
    assert [t["text"] for t in data["tasks"]] == ["Số hóa hồ sơ một cửa của xã./."]


def test_standard_fonts_are_read_by_the_fallback(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "s.pdf"
    c = canvas.Canvas(str(path))
    y = 780
    for text in ["KE HOACH", "Chuyen doi so nam 2024", "I. NHIEM VU",
                 "- Tuyen truyen ve chuyen doi so tren loa truyen thanh.",
                 "- Tap huan ky nang so cho can bo.", "II. TO CHUC THUC HIEN",
                 "Cac co quan trien khai thuc hien."]:
        c.setFont("Helvetica", 12)
        c.drawString(72, y, text)
        y -= 20
    c.save()
    data = parse_file(path).to_json_dict()
    assert [t["text"] for t in data["tasks"]] == [
        "Tuyen truyen ve chuyen doi so tren loa truyen thanh.", "Tap huan ky nang so cho can bo."]
    assert [n["label"] for n in data["outline"]] == ["I", "II"]


@needs_font
def test_text_in_form_xobject(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("VN", vietnamese_ttf()))
    path = tmp_path / "f.pdf"
    c = canvas.Canvas(str(path))
    c.beginForm("body")
    y = 780
    for text in ["KẾ HOẠCH", "Chuyển đổi số năm 2024", "I. NHIỆM VỤ",
                 "- Xây dựng kho dữ liệu dùng chung của huyện.", "- Triển khai họp trực tuyến."]:
        c.setFont("VN", 12)
        c.drawString(72, y, text)
        y -= 20
    c.endForm()
    c.doForm("body")
    c.save()
    data = parse_file(path).to_json_dict()
    assert [t["text"] for t in data["tasks"]] == ["Xây dựng kho dữ liệu dùng chung của huyện.",
                                                  "Triển khai họp trực tuyến."]


@needs_font
def test_rotated_watermark_is_ignored(tmp_path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("VN", vietnamese_ttf()))
    path = tmp_path / "w.pdf"
    c = canvas.Canvas(str(path))
    c.saveState()
    c.translate(300, 400)
    c.rotate(45)
    c.setFont("VN", 60)
    c.drawString(0, 0, "BẢN NHÁP")
    c.restoreState()
    y = 780
    for text in ["KẾ HOẠCH", "Chuyển đổi số năm 2024", "I. NHIỆM VỤ", "- Số hóa hồ sơ."]:
        c.setFont("VN", 12)
        c.drawString(72, y, text)
        y -= 20
    c.save()
    data = parse_file(path).to_json_dict()
    assert [t["text"] for t in data["tasks"]] == ["Số hóa hồ sơ."]


def test_content_stream_tokens():
    from dxdesk.importing.pdf_tokens import literal as _literal

    assert _literal(b"a\\(b\\)c (nested) \\101\\n) tail", 0) == (b"a(b)c (nested) A\n", 24)
    buffer = io.BytesIO()
    assert buffer.getvalue() == b""


FIXTURES = __import__("pathlib").Path(__file__).resolve().parent / "fixtures"


def test_libreoffice_appendix_table_split_over_two_pages():
    """A .docx with an appendix task table converted by LibreOffice: the table runs over a
    page break that cuts one of its rows in two."""
    data = parse_file(FIXTURES / "appendix_libreoffice.pdf").to_json_dict()
    assert [(t["text"], t["group"], t["lead"], t["co"], t["deadline"]) for t in data["tasks"]] == [
        ("Tổ chức tuyên truyền về chuyển đổi số", "Nhận thức số", "Phòng VHTT",
         ["Các xã", "thị trấn", "Trung tâm VH-TT"], "Quý II/2024"),
        ("Tổ chức Ngày Chuyển đổi số", "Nhận thức số", "Phòng VHTT", ["Các cơ quan", "đơn vị"],
         "2024-10-10"),
        ("Nâng cấp mạng nội bộ", "Hạ tầng số", "Văn phòng HĐND và UBND", [], "Năm 2024"),
        ("Triển khai camera giám sát", "Hạ tầng số", "Phòng Kinh tế - Hạ tầng",
         ["Công an huyện"], "Thường xuyên")]
    assert [n["title"] for n in data["outline"]] == [
        "MỤC TIÊU", "NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN", "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2024"]
    assert data["outline"][-1]["children"] == []
    assert data["date"] == "2024-01-10"
    assert data["signer"]["name"] == "Nguyễn Văn An"


def test_libreoffice_table_with_two_header_rows():
    data = parse_file(FIXTURES / "two_row_header_libreoffice.pdf").to_json_dict()
    assert [(t["text"], t["group"], t["lead"], t["co"], t["deadline"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ", "CHÍNH QUYỀN SỐ", "Văn phòng", ["Các phòng"], "2024-06-30"),
        ("Ký số văn bản", "CHÍNH QUYỀN SỐ", "Văn phòng", [], "2024-12-31"),
        ("Hỗ trợ hộ sản xuất lên sàn", "KINH TẾ SỐ", "Phòng Kinh tế", ["Hội Nông dân"],
         "Năm 2024")]


@needs_font
def test_ruled_table_over_three_pages_with_repeated_header(tmp_path):
    from importing_docmaker import make_pdf_with_table

    rows = [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]]
    for g, name in enumerate(["Nhận thức số", "Hạ tầng số", "Dữ liệu số"]):
        rows.append(["I II III".split()[g], name, "", "", ""])
        for k in range(12):
            rows.append([str(k + 1), f"Nhiệm vụ {g + 1}.{k + 1}: triển khai nền tảng số dùng chung "
                         "cho các cơ quan, đơn vị trên địa bàn huyện trong năm 2024",
                         "Phòng Văn hóa và Thông tin", "Các xã, thị trấn; Văn phòng huyện",
                         f"{k + 1}/{k + 1}/2024"])
    path = make_pdf_with_table(tmp_path / "t.pdf", ["KẾ HOẠCH", "Chuyển đổi số năm 2024",
                                                    "I. NHIỆM VỤ"], rows, [30, 200, 90, 110, 70],
                               after=["II. TỔ CHỨC THỰC HIỆN", "Các cơ quan thực hiện./."])
    data = parse_file(path).to_json_dict()
    tasks = data["tasks"]
    assert len(tasks) == 36
    assert [t["text"][:13] for t in tasks[:2]] == ["Nhiệm vụ 1.1:", "Nhiệm vụ 1.2:"]
    assert tasks[12]["group"] == "Hạ tầng số" and tasks[-1]["group"] == "Dữ liệu số"
    assert tasks[-1]["deadline"] == "2024-12-12"
    assert tasks[0]["co"] == ["Các xã", "thị trấn", "Văn phòng huyện"]
    assert all(t["path"] == ["I"] for t in tasks)
    assert [n["title"] for n in data["outline"]] == ["NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN"]


@needs_font
def test_pdf_text_in_tcvn3_under_a_substitute_font(tmp_path):
    from dxdesk.text import legacy

    plan = ["Kế hoạch chuyển đổi số xã Tân Phú năm 2024", "I. Mục tiêu",
            "- 95% hồ sơ công việc của xã được xử lý trên môi trường mạng;",
            "II. Nhiệm vụ", "- Tuyên truyền về chuyển đổi số trên loa truyền thanh của xã.",
            "- Tổ chức tập huấn kỹ năng số cho cán bộ, công chức."]
    path = make_pdf(tmp_path / "l.pdf", [L(legacy.from_unicode(t, "tcvn3")) for t in plan])
    data = parse_file(path).to_json_dict()
    assert [n["title"] for n in data["outline"]] == ["Mục tiêu", "Nhiệm vụ"]
    assert [t["text"] for t in data["tasks"]] == [
        "Tuyên truyền về chuyển đổi số trên loa truyền thanh của xã.",
        "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức."]
    assert data["targets"][0]["value"] == 95


@pytest.mark.parametrize("words_apart", [False, True])
def test_composite_font_with_tounicode(tmp_path, words_apart):
    from importing_docmaker import make_type0_pdf

    rows = ["KẾ HOẠCH", "Chuyển đổi số xã Ia Grai năm 2024", "I. NHIỆM VỤ",
            "- Số hóa hồ sơ một cửa của Ủy ban nhân dân xã.", "- Tập huấn kỹ năng số."]
    lines = [(72.0, 780.0 - 20 * i, text) for i, text in enumerate(rows)]
    data = parse_file(make_type0_pdf(tmp_path / "w.pdf", lines,
                                     words_apart=words_apart)).to_json_dict()
    assert (data["doc_type"], data["title"]) == ("KẾ HOẠCH", "Chuyển đổi số xã Ia Grai năm 2024")
    assert [t["text"] for t in data["tasks"]] == ["Số hóa hồ sơ một cửa của Ủy ban nhân dân xã.",
                                                  "Tập huấn kỹ năng số."]
