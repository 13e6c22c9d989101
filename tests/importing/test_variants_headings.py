"""Heading schemes of real provincial and district plans, and how they nest: roman
sections under ``Phần``, a decision's ``Điều`` followed by the plan it approves, ``Mục``,
``1./1.1./1.1.1.``, ``a)``, bullets, Word heading styles, plain and all-caps headings."""

from __future__ import annotations

from pathlib import Path

import pytest
from importing_docmaker import P, closing_block, header_block, make_docx

from dxdesk.importing import parse_file


def parse_text(tmp_path: Path, text: str, name: str = "plan.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path).to_json_dict()


def tree(data: dict) -> list:
    def walk(nodes):
        return [(n["label"], n["title"], n["kind"], walk(n["children"])) for n in nodes]
    return walk(data["outline"])


def labels(data: dict) -> list:
    def walk(nodes):
        return [(n["label"], walk(n["children"])) if n["children"] else n["label"]
                for n in nodes]
    return walk(data["outline"])


# A decision (Quyết định) that approves a plan, the plan following the last article.
DECISION_HEAD = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
Số:      /QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 15 tháng 3 năm 2024

QUYẾT ĐỊNH
Ban hành Kế hoạch chuyển đổi số tỉnh Quảng Ngãi năm 2024

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;
Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số tỉnh Quảng Ngãi năm 2024.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, ngành và Chủ tịch UBND các huyện chịu
trách nhiệm thi hành Quyết định này./.
"""
ATTACHED_PLAN = """KẾ HOẠCH
Chuyển đổi số tỉnh Quảng Ngãi năm 2024
(Ban hành kèm theo Quyết định số     /QĐ-UBND ngày   /3/2024 của Chủ tịch UBND tỉnh)
I. MỤC TIÊU
1. Chính quyền số
- 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng;
- Tỷ lệ thủ tục hành chính có phát sinh hồ sơ trực tuyến đạt 80 %.
2. Kinh tế số
- Kinh tế số chiếm tỷ trọng 12,5% GRDP của tỉnh.
II. NHIỆM VỤ
1. Nhận thức số
- Tổ chức tuyên truyền về chuyển đổi số trên Báo Quảng Ngãi.
- Tổ chức Ngày Chuyển đổi số tỉnh Quảng Ngãi.
2. Hạ tầng số
- Phủ sóng mạng di động 4G đến 100% thôn, tổ dân phố.
III. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành và UBND các huyện triển khai thực hiện Kế hoạch này.
"""


def _check_attached_plan(data: dict) -> None:
    assert labels(data) == ["Điều 1", "Điều 2", "Điều 3", ("I", ["1", "2"]), ("II", ["1", "2"]),
                            "III"]
    assert [n["kind"] for n in data["outline"][3:]] == ["objectives", "tasks", "organization"]
    assert [(t["value"], t["unit"], t["path"]) for t in data["targets"]] == [
        (100, "%", ["I", "1"]), (80, "%", ["I", "1"]), (12.5, "%", ["I", "2"])]
    assert [(t["group"], t["path"]) for t in data["tasks"]] == [
        ("Nhận thức số", ["II", "1"]), ("Nhận thức số", ["II", "1"]),
        ("Hạ tầng số", ["II", "2"])]
    # The attached plan's type line and title are not headings, and not its decision's text.
    assert data["outline"][2]["text"] == ""
    assert data["doc_type"] == "QUYẾT ĐỊNH"
    assert data["title"] == "Ban hành Kế hoạch chuyển đổi số tỉnh Quảng Ngãi năm 2024"


def test_plan_attached_to_a_decision_starts_at_the_top(tmp_path):
    data = parse_text(tmp_path, DECISION_HEAD + "\n" + ATTACHED_PLAN)
    _check_attached_plan(data)
    assert data["number"] == "QĐ-UBND"  # the number is left blank in the draft
    assert data["date"] == "2024-03-15"
    assert data["issuer"] == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"


def test_plan_attached_to_a_decision_in_word(tmp_path):
    blocks: list = [
        header_block(("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"), "Số:      /QĐ-UBND",
                     "Quảng Ngãi, ngày 15 tháng 3 năm 2024"),
        P("QUYẾT ĐỊNH", bold=True, center=True),
        P("Ban hành Kế hoạch chuyển đổi số tỉnh Quảng Ngãi năm 2024", bold=True, center=True),
        P("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", bold=True, center=True),
        P("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", italic=True),
        P("QUYẾT ĐỊNH:", bold=True, center=True),
    ]
    for line in DECISION_HEAD.split("QUYẾT ĐỊNH:")[1].strip().replace(" chịu\n", " chịu ") \
            .splitlines():
        blocks.append(P(line.split(".", 1)[0] + ".", bold=True, runs=[
            (line.split(".", 1)[0] + ".", {"bold": True}), (line.split(".", 1)[1], {})]))
    for line in ATTACHED_PLAN.strip().splitlines():
        heading = line[:2] in ("I.", "II", "1.", "2.") or line.isupper()
        blocks.append(P(line, bold=heading or line.startswith("Chuyển"),
                        center=line.startswith(("KẾ HOẠCH", "Chuyển", "(Ban"))))
    data = parse_file(make_docx(tmp_path / "qd.docx", blocks)).to_json_dict()
    _check_attached_plan(data)
    assert data["number"] == "QĐ-UBND"


def test_end_mark_of_the_decision_closes_its_articles(tmp_path):
    data = parse_text(tmp_path, """QUYẾT ĐỊNH
Ban hành Kế hoạch chuyển đổi số năm 2024
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2024.
Điều 2. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.
I. MỤC TIÊU
- 90% hồ sơ được xử lý trực tuyến.
II. NHIỆM VỤ
- Tuyên truyền về chuyển đổi số.
""")
    assert labels(data) == ["Điều 1", "Điều 2", "I", "II"]
    assert data["targets"][0]["path"] == ["I"]
    assert data["tasks"][0]["path"] == ["II"]


def test_article_that_holds_the_plan_keeps_it_inside(tmp_path):
    """``Điều 1. Phê duyệt Đề án … với các nội dung sau:`` with I., II. inside it: roman
    sections under an article are right when they come before the next article; and
    "nội dung" in the article's sentence does not make it a tasks section."""
    data = parse_text(tmp_path, """QUYẾT ĐỊNH
Phê duyệt Đề án chuyển đổi số tỉnh Kon Tum
Điều 1. Phê duyệt Đề án chuyển đổi số của tỉnh với các nội dung sau:
I. MỤC TIÊU
- 90% hồ sơ được xử lý trực tuyến.
II. NHIỆM VỤ
- Tuyên truyền về chuyển đổi số.
Điều 2. Tổ chức thực hiện
Giao Sở Thông tin và Truyền thông chủ trì.
Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này./.
""")
    assert tree(data) == [
        ("Điều 1", "Phê duyệt Đề án chuyển đổi số của tỉnh với các nội dung sau",
         "other", [("I", "MỤC TIÊU", "objectives", []), ("II", "NHIỆM VỤ", "tasks", [])]),
        ("Điều 2", "Tổ chức thực hiện", "organization", []),
        ("Điều 3", "Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành Quyết định này",
         "other", [])]
    assert [(t["value"], t["path"]) for t in data["targets"]] == [(90, ["Điều 1", "I"])]
    assert [(t["text"], t["path"]) for t in data["tasks"]] == [
        ("Tuyên truyền về chuyển đổi số.", ["Điều 1", "II"])]


def test_article_quoted_in_the_text_is_not_a_heading(tmp_path):
    data = parse_text(tmp_path, """KẾ HOẠCH
Bảo đảm an toàn thông tin mạng năm 2024
I. MỤC TIÊU
- 100% hệ thống thông tin được phê duyệt cấp độ an toàn.
II. NHIỆM VỤ
1. An toàn thông tin
- Rà soát, phân loại hệ thống thông tin theo cấp độ.
Điều 4 Luật An toàn thông tin mạng quy định rõ trách nhiệm của cơ quan, tổ chức.
- Diễn tập ứng cứu sự cố an toàn thông tin mạng.
2. Nhân lực
- Đào tạo chuyên gia an toàn thông tin.
Phần I của Kế hoạch này được cập nhật hằng năm.
3. Dữ liệu
- Sao lưu dữ liệu định kỳ.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai.
""")
    assert labels(data) == ["I", ("II", ["1", "2", "3"]), "III"]
    assert [(t["text"][:20], t["group"]) for t in data["tasks"]] == [
        ("Rà soát, phân loại h", "An toàn thông tin"),
        ("Diễn tập ứng cứu sự ", "An toàn thông tin"),
        ("Đào tạo chuyên gia a", "Nhân lực"),
        ("Sao lưu dữ liệu định", "Dữ liệu")]
    assert data["outline"][2]["kind"] == "organization"


def test_parts_with_roman_sections_inside(tmp_path):
    """``Phần thứ nhất`` (results of the year before) and ``Phần thứ hai`` (the plan), each
    with its own I., II.: the roman sections nest in their part."""
    data = parse_text(tmp_path, """ỦY BAN NHÂN DÂN
HUYỆN SƠN TỊNH
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn Tịnh, ngày 05 tháng 02 năm 2024
KẾ HOẠCH
Chuyển đổi số huyện Sơn Tịnh năm 2024
Phần thứ nhất
KẾT QUẢ THỰC HIỆN NĂM 2023
I. Kết quả đạt được
1. Nhận thức số
Đã tổ chức 15 hội nghị tuyên truyền về chuyển đổi số.
II. Nhiệm vụ chưa hoàn thành
- Chưa số hóa xong hồ sơ đất đai.
Phần thứ hai
KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2024
I. MỤC TIÊU
- Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình;
- 1.500 hộ sản xuất được đưa lên sàn thương mại điện tử.
II. NHIỆM VỤ
1. Chính quyền số
- Số hóa hồ sơ đất đai.
2. Kinh tế số
a) Hỗ trợ doanh nghiệp lên sàn thương mại điện tử.
b) Thúc đẩy thanh toán không dùng tiền mặt.
III. TỔ CHỨC THỰC HIỆN
Phòng Văn hóa và Thông tin tham mưu triển khai./.
""")
    assert labels(data) == [("Phần thứ nhất", [("I", ["1"]), "II"]),
                            ("Phần thứ hai", ["I", ("II", ["1", ("2", ["a", "b"])]), "III"])]
    assert [n["kind"] for n in data["outline"][0]["children"]] == ["situation", "other"]
    assert [n["kind"] for n in data["outline"][1]["children"]] == [
        "objectives", "tasks", "organization"]
    assert [(t["value"], t["unit"], t["path"]) for t in data["targets"]] == [
        (100, "%", ["Phần thứ hai", "I"]), (1500, "hộ", ["Phần thứ hai", "I"])]
    assert [(t["text"], t["path"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ đất đai.", ["Phần thứ hai", "II", "1"]),
        ("Hỗ trợ doanh nghiệp lên sàn thương mại điện tử.", ["Phần thứ hai", "II", "2"]),
        ("Thúc đẩy thanh toán không dùng tiền mặt.", ["Phần thứ hai", "II", "2"])]
    assert (data["number"], data["date"]) == ("45/KH-UBND", "2024-02-05")


def test_sections_named_muc(tmp_path):
    data = parse_text(tmp_path, """KẾ HOẠCH
Chuyển đổi số xã Nghĩa Hà năm 2024
Mục 1. MỤC TIÊU
1. 90% hồ sơ được xử lý trực tuyến.
2. Có 200 hộ gia đình sử dụng nền tảng thương mại điện tử.
Mục 2. NHIỆM VỤ
1. Nhận thức số
- Tuyên truyền trên loa truyền thanh.
2. Hạ tầng số
- Lắp wifi công cộng tại nhà văn hóa thôn.
Mục 3. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân xã triển khai.
""")
    assert labels(data) == [("Mục 1", ["1", "2"]), ("Mục 2", ["1", "2"]), "Mục 3"]
    assert [(t["value"], t["unit"], t["path"]) for t in data["targets"]] == [
        (90, "%", ["Mục 1"]), (200, "hộ gia đình", ["Mục 1"])]
    assert [(t["group"], t["path"]) for t in data["tasks"]] == [
        ("Nhận thức số", ["Mục 2", "1"]), ("Hạ tầng số", ["Mục 2", "2"])]


def test_caps_sections_without_numbers_over_decimal_numbers(tmp_path):
    data = parse_text(tmp_path, """KẾ HOẠCH
Chuyển đổi số xã năm 2024
MỤC TIÊU
1. Chính quyền số
1.1. Dịch vụ công
1.1.1. 90% hồ sơ được xử lý trực tuyến.
1.1.2. 100% văn bản đi được ký số.
NHIỆM VỤ
1. Nhận thức số
1.1. Tuyên truyền trên loa truyền thanh.
1.2. Tập huấn cho cán bộ.
2. Hạ tầng số
2.1. Lắp camera an ninh.
TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân xã triển khai.
""")
    assert labels(data) == [("", [("1", [("1.1", ["1.1.1", "1.1.2"])])]),
                            ("", [("1", ["1.1", "1.2"]), ("2", ["2.1"])]), ""]
    assert [n["kind"] for n in data["outline"]] == ["objectives", "tasks", "organization"]
    assert [(t["value"], t["path"]) for t in data["targets"]] == [
        (90, ["MỤC TIÊU", "1", "1.1"]), (100, ["MỤC TIÊU", "1", "1.1"])]
    assert [(t["text"], t["group"]) for t in data["tasks"]] == [
        ("Tuyên truyền trên loa truyền thanh.", "Nhận thức số"),
        ("Tập huấn cho cán bộ.", "Nhận thức số"),
        ("Lắp camera an ninh.", "Hạ tầng số")]


@pytest.mark.parametrize("marker", ["-", "+", "•", "–", "*", "➢"])
def test_every_bullet_marker_makes_tasks(tmp_path, marker):
    data = parse_text(tmp_path, f"""KẾ HOẠCH
Chuyển đổi số năm 2024
I. NHIỆM VỤ
1. Dữ liệu số
{marker} Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.
{marker} Xây dựng cơ sở dữ liệu chuyên ngành.
II. TỔ CHỨC THỰC HIỆN
Các phòng triển khai.
""")
    assert [(t["text"], t["group"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.", "Dữ liệu số"),
        ("Xây dựng cơ sở dữ liệu chuyên ngành.", "Dữ liệu số")]


def test_word_heading_styles_without_numbers(tmp_path):
    path = make_docx(tmp_path / "h.docx", [
        header_block(("UBND TỈNH GIA LAI", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"), "Số: 123/KH-STTTT",
                     "Gia Lai, ngày 05 tháng 01 năm 2024"),
        P("KẾ HOẠCH", bold=True, center=True),
        P("Chuyển đổi số ngành Thông tin và Truyền thông năm 2024", bold=True, center=True),
        P("MỤC TIÊU", style="Heading 1"),
        P("Phấn đấu 100% hồ sơ công việc tại Sở được xử lý trên môi trường mạng."),
        P("Tỷ lệ văn bản điện tử có ký số đạt 95%."),
        P("NHIỆM VỤ", style="Heading 1"),
        P("Chính quyền số", style="Heading 2"),
        P("Triển khai nền tảng họp trực tuyến."),
        P("Vận hành Trung tâm giám sát, điều hành thông minh."),
        P("Kinh tế số", style="Heading 2"),
        P("Phát triển doanh nghiệp công nghệ số."),
        P("TỔ CHỨC THỰC HIỆN", style="Heading 1"),
        P("Các phòng thuộc Sở triển khai thực hiện./."),
        closing_block(("UBND tỉnh (b/c)", "Lưu: VT, CNTT"), ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
                      "Nguyễn Thị Hoa"),
    ])
    data = parse_file(path).to_json_dict()
    assert tree(data) == [
        ("", "MỤC TIÊU", "objectives", []),
        ("", "NHIỆM VỤ", "tasks", [("", "Chính quyền số", "group", []),
                                   ("", "Kinh tế số", "group", [])]),
        ("", "TỔ CHỨC THỰC HIỆN", "organization", [])]
    assert [(t["value"], t["unit"]) for t in data["targets"]] == [(100, "%"), (95, "%")]
    assert [(t["text"], t["group"]) for t in data["tasks"]] == [
        ("Triển khai nền tảng họp trực tuyến.", "Chính quyền số"),
        ("Vận hành Trung tâm giám sát, điều hành thông minh.", "Chính quyền số"),
        ("Phát triển doanh nghiệp công nghệ số.", "Kinh tế số")]
    assert (data["issuer"], data["number"], data["date"]) == (
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "123/KH-STTTT", "2024-01-05")
    assert data["signer"] == {"lines": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "name": "Nguyễn Thị Hoa"}


def test_numbered_headings_typed_plain_in_word(tmp_path):
    """Headings not bold (a commune's plan typed quickly), ``a)`` points and ``•`` items."""
    path = make_docx(tmp_path / "x.docx", [
        P("KẾ HOẠCH", bold=True, center=True),
        P("Chuyển đổi số xã Ba Vì năm 2024", bold=True, center=True),
        P("I. MỤC TIÊU"), P("1. Chính quyền số"), P("- 100% hồ sơ được số hóa."),
        P("II. NHIỆM VỤ"), P("1. Nhận thức số"),
        P("a) Tuyên truyền trên loa truyền thanh xã."),
        P("b) Tổ chức tập huấn cho Tổ công nghệ số cộng đồng."),
        P("2. Hạ tầng số"), P("• Lắp đặt wifi công cộng."),
        P("• Nâng cấp máy tính bộ phận một cửa."),
        P("III. TỔ CHỨC THỰC HIỆN"), P("Công chức Văn hóa - Xã hội tham mưu thực hiện./."),
        closing_block(("UBND huyện", "Lưu: VP"), ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
                      "Đinh Văn Hùng"),
    ])
    data = parse_file(path).to_json_dict()
    assert labels(data) == [("I", ["1"]), ("II", [("1", ["a", "b"]), "2"]), "III"]
    assert [(t["text"], t["group"], t["path"]) for t in data["tasks"]] == [
        ("Tuyên truyền trên loa truyền thanh xã.", "Nhận thức số", ["II", "1"]),
        ("Tổ chức tập huấn cho Tổ công nghệ số cộng đồng.", "Nhận thức số", ["II", "1"]),
        ("Lắp đặt wifi công cộng.", "Hạ tầng số", ["II", "2"]),
        ("Nâng cấp máy tính bộ phận một cửa.", "Hạ tầng số", ["II", "2"])]
    assert data["signer"]["name"] == "Đinh Văn Hùng"


def test_labels_written_with_slashes_and_dashes(tmp_path):
    """``I/``, ``1/``, ``a/`` (common in district offices), ``A-``, ``b-``; ``V/v`` of a
    summary line is not a label."""
    data = parse_text(tmp_path, """KẾ HOẠCH
V/v triển khai chuyển đổi số năm 2024
I/ MỤC TIÊU
- 90% hồ sơ được xử lý trực tuyến.
II/ NHIỆM VỤ
A- CHÍNH QUYỀN SỐ
1/ Nhận thức số
a/ Tuyên truyền trên loa truyền thanh.
b- Tập huấn kỹ năng số cho cán bộ.
2/ Hạ tầng số
- Lắp wifi công cộng.
III/ TỔ CHỨC THỰC HIỆN
Văn phòng tham mưu thực hiện.
""")
    assert data["title"] == "V/v triển khai chuyển đổi số năm 2024"
    assert labels(data) == ["I", ("II", [("A", [("1", ["a", "b"]), "2"])]), "III"]
    assert [(t["text"], t["path"]) for t in data["tasks"]] == [
        ("Tuyên truyền trên loa truyền thanh.", ["II", "A", "1"]),
        ("Tập huấn kỹ năng số cho cán bộ.", ["II", "A", "1"]),
        ("Lắp wifi công cộng.", ["II", "A", "2"])]


def test_sections_named_muc_inside_a_roman_section(tmp_path):
    """``Mục 1.`` first met inside ``II.``: it stands under II and holds the ``1.`` that
    follow it; the next roman section closes it."""
    data = parse_text(tmp_path, """KẾ HOẠCH
Chuyển đổi số năm 2024
I. MỤC TIÊU
- 90% hồ sơ được xử lý trực tuyến.
II. NHIỆM VỤ
Mục 1. Chính quyền số
1. Số hóa hồ sơ
- Số hóa hồ sơ một cửa.
2. Ký số
- Ký số văn bản đi.
Mục 2. Kinh tế số
1. Thương mại điện tử
- Đưa sản phẩm OCOP lên sàn.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai.
""")
    assert labels(data) == ["I", ("II", [("Mục 1", ["1", "2"]), ("Mục 2", ["1"])]), "III"]
    assert [(t["group"], t["path"]) for t in data["tasks"]] == [
        ("Số hóa hồ sơ", ["II", "Mục 1", "1"]), ("Ký số", ["II", "Mục 1", "2"]),
        ("Thương mại điện tử", ["II", "Mục 2", "1"])]
    assert data["outline"][2]["kind"] == "organization"


def test_decision_signed_then_its_plan_signed_then_the_appendix(tmp_path):
    """The decision's closing block, the plan it approves with its own signature, then the
    plan's appendix: the plan's signature is not text of its last section."""
    closing = ("Nơi nhận:\n- Như Điều 3;\n- Bộ TT&TT;\n- Lưu: VT, KGVX.\nCHỦ TỊCH\n(Đã ký)\n"
               "Đặng Văn Minh\n")
    plan_closing = ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nĐặng Văn Minh\nPHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
                    "| STT | Nhiệm vụ | Đơn vị chủ trì | Thời gian |\n|---|---|---|---|\n"
                    "| 1 | Số hóa hồ sơ | Văn phòng | 30/6/2024 |\n")
    data = parse_text(tmp_path, DECISION_HEAD + closing + ATTACHED_PLAN + plan_closing)
    assert labels(data) == ["Điều 1", "Điều 2", "Điều 3", ("I", ["1", "2"]), ("II", ["1", "2"]),
                            "III", "Phụ lục"]
    assert data["outline"][5]["text"] == ("Các sở, ban, ngành và UBND các huyện triển khai "
                                          "thực hiện Kế hoạch này.")
    assert data["recipients"] == ["Như Điều 3", "Bộ TT&TT", "Lưu: VT, KGVX"]
    assert data["signer"] == {"lines": ["CHỦ TỊCH"], "name": "Đặng Văn Minh"}
    assert [(t["text"], t["lead"], t["deadline"], t["path"]) for t in data["tasks"]][-1] == (
        "Số hóa hồ sơ", "Văn phòng", "2024-06-30", ["Phụ lục"])
    assert len(data["tasks"]) == 4


@pytest.mark.parametrize("signed", [False, True])
def test_legal_bases_of_the_attached_plan(tmp_path, signed):
    closing = "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nCHỦ TỊCH\nĐặng Văn Minh\n" if signed else ""
    plan = ATTACHED_PLAN.replace(
        "I. MỤC TIÊU", "Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị;\n"
                       "Căn cứ Kế hoạch số 10/KH-UBND ngày 05/01/2024 của UBND tỉnh.\nI. MỤC TIÊU")
    data = parse_text(tmp_path, DECISION_HEAD + closing + plan)
    assert data["bases"] == [
        "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
        "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ",
        "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị",
        "Kế hoạch số 10/KH-UBND ngày 05/01/2024 của UBND tỉnh"]
    assert labels(data)[3:] == [("I", ["1", "2"]), ("II", ["1", "2"]), "III"]
