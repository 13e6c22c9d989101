"""Heading systems, document kinds (Kế hoạch, Quyết định, Nghị quyết), bases, targets and
tasks, on small documents written for each case."""

from __future__ import annotations

from pathlib import Path

import pytest

from dxdesk.importing import parse_file


def parse_text(tmp_path: Path, text: str, name: str = "plan.txt") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return parse_file(path).to_json_dict()


def outline(data: dict) -> list:
    def walk(nodes):
        return [(n["label"], n["title"], n["kind"], walk(n["children"])) for n in nodes]
    return walk(data["outline"])


DECISION = """ỦY BAN NHÂN DÂN
TỈNH KON TUM
Số: 125/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kon Tum, ngày 15 tháng 3 năm 2022

QUYẾT ĐỊNH
Phê duyệt Đề án Chuyển đổi số tỉnh Kon Tum đến năm 2025,
định hướng đến năm 2030

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;
Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 12/TTr-STTTT.

QUYẾT ĐỊNH:

Điều 1. Phê duyệt Đề án Chuyển đổi số tỉnh Kon Tum với những nội dung chủ yếu sau:
1. Mục tiêu
a) Mục tiêu đến năm 2025
- 1.079 doanh nghiệp nhỏ và vừa sử dụng nền tảng số;
- Tỷ lệ hồ sơ giải quyết trực tuyến đạt 10,7%;
- Kinh tế số chiếm 15-20% GRDP.
b) Định hướng đến năm 2030
- 100% dịch vụ công trực tuyến toàn trình.
2. Nhiệm vụ, giải pháp
a) Nhận thức số
- Tuyên truyền về chuyển đổi số trên các phương tiện thông tin đại chúng.
- Tổ chức Ngày Chuyển đổi số của tỉnh.
b) Hạ tầng số
- Phát triển mạng 5G tại các khu công nghiệp.
Điều 2. Tổ chức thực hiện
Giao Sở Thông tin và Truyền thông chủ trì tổ chức thực hiện Đề án.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành \
Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Bộ Thông tin và Truyền thông;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
(Đã ký)
Nguyễn Văn Hòa
"""


def test_decision_with_the_plan_inside_article_1(tmp_path):
    data = parse_text(tmp_path, DECISION)
    assert data["doc_type"] == "QUYẾT ĐỊNH"
    assert data["title"] == ("Phê duyệt Đề án Chuyển đổi số tỉnh Kon Tum đến năm 2025, định "
                             "hướng đến năm 2030")
    assert (data["issuer"], data["number"], data["date"]) == (
        "ỦY BAN NHÂN DÂN TỈNH KON TUM", "125/QĐ-UBND", "2022-03-15")
    assert data["bases"] == [
        "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015",
        "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ"]
    assert outline(data) == [
        ("Điều 1", "Phê duyệt Đề án Chuyển đổi số tỉnh Kon Tum với những nội dung chủ yếu sau",
         "other", [
             ("1", "Mục tiêu", "objectives", [
                 ("a", "Mục tiêu đến năm 2025", "objectives", []),
                 ("b", "Định hướng đến năm 2030", "other", [])]),
             ("2", "Nhiệm vụ, giải pháp", "tasks", [
                 ("a", "Nhận thức số", "group", []),
                 ("b", "Hạ tầng số", "group", [])])]),
        ("Điều 2", "Tổ chức thực hiện", "organization", []),
        ("Điều 3", "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi "
                   "hành Quyết định này", "other", [])]
    assert [(t["value"], t["unit"], t["horizon"], t["path"]) for t in data["targets"]] == [
        (1079, "doanh nghiệp", 2025, ["Điều 1", "1", "a"]),
        (10.7, "%", 2025, ["Điều 1", "1", "a"]),
        (15, "%", 2025, ["Điều 1", "1", "a"]),
        (100, "%", 2030, ["Điều 1", "1", "b"])]
    assert [(t["group"], t["path"]) for t in data["tasks"]] == [
        ("Nhận thức số", ["Điều 1", "2", "a"]), ("Nhận thức số", ["Điều 1", "2", "a"]),
        ("Hạ tầng số", ["Điều 1", "2", "b"])]
    assert data["recipients"] == ["Như Điều 3", "Bộ Thông tin và Truyền thông", "Lưu: VT, KGVX"]
    assert data["signer"] == {"lines": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "name": "Nguyễn Văn Hòa"}


RESOLUTION = """TỈNH ỦY ĐẮK LẮK
*
Số 08-NQ/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Đắk Lắk, ngày 05 tháng 8 năm 2021
NGHỊ QUYẾT
về chuyển đổi số tỉnh Đắk Lắk đến năm 2025, định hướng đến năm 2030
-----
I- TÌNH HÌNH VÀ NGUYÊN NHÂN
Thời gian qua, công tác chuyển đổi số của tỉnh đạt được một số kết quả bước đầu.
II- QUAN ĐIỂM, MỤC TIÊU
1- Quan điểm
Chuyển đổi số là nhiệm vụ trọng tâm, thường xuyên.
2- Mục tiêu đến năm 2025
- 80% dịch vụ công trực tuyến mức độ 4;
- Kinh tế số chiếm 20% GRDP.
3- Tầm nhìn đến năm 2030
- 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.
III- NHIỆM VỤ, GIẢI PHÁP
1- Nâng cao nhận thức
* Đẩy mạnh tuyên truyền trên báo chí.
* Tổ chức hội thảo chuyển đổi số.
2- Phát triển hạ tầng số
Đầu tư hạ tầng số đồng bộ, hiện đại.
IV- TỔ CHỨC THỰC HIỆN
1- Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền Nghị quyết.
2- Ban cán sự đảng Ủy ban nhân dân tỉnh cụ thể hóa Nghị quyết.
Nơi nhận:
- Ban Bí thư (để báo cáo);
- Các đồng chí Tỉnh ủy viên;
- Lưu Văn phòng Tỉnh ủy.
T/M TỈNH ỦY
BÍ THƯ
Nguyễn Đình Trung
"""


def test_resolution_with_dash_headings(tmp_path):
    data = parse_text(tmp_path, RESOLUTION)
    assert data["doc_type"] == "NGHỊ QUYẾT"
    assert data["title"] == "về chuyển đổi số tỉnh Đắk Lắk đến năm 2025, định hướng đến năm 2030"
    assert (data["issuer"], data["number"], data["date"]) == (
        "TỈNH ỦY ĐẮK LẮK", "08-NQ/TU", "2021-08-05")
    assert [(n["label"], n["title"], n["kind"]) for n in data["outline"]] == [
        ("I", "TÌNH HÌNH VÀ NGUYÊN NHÂN", "situation"),
        ("II", "QUAN ĐIỂM, MỤC TIÊU", "objectives"),
        ("III", "NHIỆM VỤ, GIẢI PHÁP", "tasks"),
        ("IV", "TỔ CHỨC THỰC HIỆN", "organization")]
    assert [(t["value"], t["horizon"], t["path"]) for t in data["targets"]] == [
        (80, 2025, ["II", "2"]), (20, 2025, ["II", "2"]), (100, 2030, ["II", "3"])]
    assert [(t["text"], t["group"]) for t in data["tasks"]] == [
        ("Đẩy mạnh tuyên truyền trên báo chí.", "Nâng cao nhận thức"),
        ("Tổ chức hội thảo chuyển đổi số.", "Nâng cao nhận thức"),
        ("Đầu tư hạ tầng số đồng bộ, hiện đại.", "Phát triển hạ tầng số")]
    assert data["recipients"] == ["Ban Bí thư (để báo cáo)", "Các đồng chí Tỉnh ủy viên",
                                  "Lưu Văn phòng Tỉnh ủy"]
    assert data["signer"] == {"lines": ["T/M TỈNH ỦY", "BÍ THƯ"], "name": "Nguyễn Đình Trung"}


PARTS = """KẾ HOẠCH
Chuyển đổi số tỉnh Bình Phước giai đoạn 2021-2025
PHẦN I. ĐÁNH GIÁ THỰC TRẠNG
Chương I. Kết quả đạt được
Hạ tầng số được đầu tư đồng bộ.
PHẦN II
MỤC TIÊU VÀ NHIỆM VỤ
Mục 1. Mục tiêu
A. Chính quyền số
1.1. Dịch vụ công
2.2.1. Đạt 95% hồ sơ giải quyết đúng hạn.
Mục 2. Nhiệm vụ
(1) Xây dựng kho dữ liệu dùng chung.
(2) Triển khai nền tảng họp trực tuyến.
đ) Hoàn thiện Cổng thông tin điện tử.
"""


def test_parts_chapters_sections_and_deep_numbers(tmp_path):
    data = parse_text(tmp_path, PARTS)
    assert outline(data) == [
        ("Phần I", "ĐÁNH GIÁ THỰC TRẠNG", "situation", [
            ("Chương I", "Kết quả đạt được", "situation", [])]),
        ("Phần II", "MỤC TIÊU VÀ NHIỆM VỤ", "objectives", [
            ("Mục 1", "Mục tiêu", "objectives", [
                ("A", "Chính quyền số", "other", [
                    ("1.1", "Dịch vụ công", "other", [
                        ("2.2.1", "Đạt 95% hồ sơ giải quyết đúng hạn.", "other", [])])])]),
            ("Mục 2", "Nhiệm vụ", "tasks", [
                ("1", "Xây dựng kho dữ liệu dùng chung.", "group", []),
                ("2", "Triển khai nền tảng họp trực tuyến.", "group", []),
                ("đ", "Hoàn thiện Cổng thông tin điện tử.", "group", [])])])]
    # Leaf headings under a tasks heading are tasks; under objectives, targets.
    assert [t["text"] for t in data["tasks"]] == [
        "Xây dựng kho dữ liệu dùng chung.", "Triển khai nền tảng họp trực tuyến.",
        "Hoàn thiện Cổng thông tin điện tử."]
    assert data["tasks"][0]["group"] == "Nhiệm vụ"
    assert [(t["value"], t["horizon"], t["path"]) for t in data["targets"]] == [
        (95, 2025, ["Phần II", "Mục 1", "A", "1.1"])]


BULLETS = """KẾ HOẠCH
Ứng dụng công nghệ thông tin năm 2024
I. NỘI DUNG THỰC HIỆN
1. Hạ tầng
- Nâng cấp mạng nội bộ, gồm:
+ Thay thiết bị chuyển mạch;
+ Bổ sung tường lửa.
– Triển khai chữ ký số cho cán bộ.
2. Thiết bị
• Mua sắm máy tính cho bộ phận một cửa;
• Mua sắm máy quét tài liệu.
* Trang bị màn hình cho phòng họp trực tuyến.
3. Ứng dụng
Triển khai phần mềm quản lý văn bản.
Tập huấn sử dụng phần mềm cho cán bộ, công chức.
II. GIẢI PHÁP
- Bố trí kinh phí.
"""


def test_bullets_nested_by_marker_and_plain_paragraph_tasks(tmp_path):
    data = parse_text(tmp_path, BULLETS)
    assert [n["kind"] for n in data["outline"]] == ["tasks", "solutions"]
    assert [(t["text"], t["group"]) for t in data["tasks"]] == [
        ("Thay thiết bị chuyển mạch;", "Hạ tầng"),
        ("Bổ sung tường lửa.", "Hạ tầng"),
        ("Triển khai chữ ký số cho cán bộ.", "Hạ tầng"),
        ("Mua sắm máy tính cho bộ phận một cửa;", "Thiết bị"),
        ("Mua sắm máy quét tài liệu.", "Thiết bị"),
        ("Trang bị màn hình cho phòng họp trực tuyến.", "Thiết bị"),
        ("Triển khai phần mềm quản lý văn bản.", "Ứng dụng"),
        ("Tập huấn sử dụng phần mềm cho cán bộ, công chức.", "Ứng dụng")]
    hardware = data["outline"][0]["children"][0]
    assert hardware["text"] == ""


def test_solutions_are_tasks_when_there_is_no_tasks_section(tmp_path):
    data = parse_text(tmp_path, "KẾ HOẠCH\nChuyển đổi số\nI. MỤC TIÊU\n- Đạt 50% hồ sơ trực "
                                "tuyến.\nII. GIẢI PHÁP\n- Tăng cường tuyên truyền.\n"
                                "- Bố trí kinh phí hợp lý.\n")
    assert [t["text"] for t in data["tasks"]] == ["Tăng cường tuyên truyền.",
                                                  "Bố trí kinh phí hợp lý."]


def test_horizon_from_lead_in_and_item(tmp_path):
    data = parse_text(tmp_path, """KẾ HOẠCH
Chuyển đổi số tỉnh giai đoạn 2021-2025, định hướng đến năm 2030
I. MỤC TIÊU
Phấn đấu đến năm 2023:
- 50% hồ sơ được xử lý trực tuyến;
- Đến năm 2030, 100% hồ sơ được xử lý trực tuyến.
II. CHỈ TIÊU KHÁC
- Có 200 điểm phát wifi công cộng.
""")
    assert [(t["value"], t["unit"], t["horizon"]) for t in data["targets"]] == [
        (50, "%", 2023), (100, "%", 2030), (200, "điểm", 2025)]


def test_bases_section_and_preamble(tmp_path):
    data = parse_text(tmp_path, """KẾ HOẠCH
Chuyển đổi số huyện năm 2024
Căn cứ Luật Giao dịch điện tử ngày 22/6/2023; Căn cứ Nghị định số 47/2020/NĐ-CP ngày 09/4/2020
của Chính phủ;
Thực hiện Kế hoạch số 10/KH-UBND của UBND tỉnh, UBND huyện ban hành Kế hoạch như sau:
I. CĂN CỨ XÂY DỰNG KẾ HOẠCH
- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;
- Căn cứ Chỉ thị số 01/CT-TTg ngày 14/01/2022.
II. NHIỆM VỤ
- Triển khai nền tảng số.
""")
    assert data["bases"] == [
        "Luật Giao dịch điện tử ngày 22/6/2023",
        "Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ",
        "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ",
        "Chỉ thị số 01/CT-TTg ngày 14/01/2022"]
    assert data["outline"][0]["kind"] == "bases"


def test_wrapped_heading_and_mid_sentence_dash(tmp_path):
    text = """KẾ HOẠCH
Chuyển đổi số năm 2024
I. NHIỆM VỤ
1. Đẩy mạnh công tác truyền thông, nâng cao nhận thức, kỹ năng số, tăng cường
tương tác với người dân, doanh nghiệp
- Gắn các mục tiêu về chuyển đổi số với nhiệm vụ phát triển kinh tế - xã hội của
địa phương; bảo đảm quốc phòng, an ninh trên địa bàn huyện trong giai đoạn tới và
- nhất là trong năm 2024.
- Tổ chức hội nghị chuyên đề về chuyển đổi số cho các cơ quan, đơn vị trên địa bàn
huyện; mời chuyên gia của Sở Thông tin và Truyền thông trình bày các nội dung về
nền tảng số, dữ liệu số, an toàn thông tin mạng cho cán bộ chủ chốt của huyện và
các xã, thị trấn; tổ chức tham quan mô hình chuyển đổi số tiêu biểu ở tỉnh bạn.
"""
    data = parse_text(tmp_path, text)
    node = data["outline"][0]["children"][0]
    assert node["title"] == ("Đẩy mạnh công tác truyền thông, nâng cao nhận thức, kỹ năng số, "
                             "tăng cường tương tác với người dân, doanh nghiệp")
    assert len(data["tasks"]) == 2
    assert data["tasks"][0]["text"].endswith("giai đoạn tới và - nhất là trong năm 2024.")
    assert data["tasks"][1]["text"].endswith("mô hình chuyển đổi số tiêu biểu ở tỉnh bạn.")


@pytest.mark.parametrize("marker", ["-11-", "- 3 -", "Trang 3", "Trang 3/12", "3/12", "7"])
def test_page_numbers_dropped(tmp_path, marker):
    text = ("KẾ HOẠCH\nChuyển đổi số năm 2024\nI. NHIỆM VỤ\n"
            "- Tổ chức tuyên truyền sâu rộng về chuyển đổi số trên hệ thống truyền thanh cơ\n"
            f"{marker}\n"
            "sở và mạng xã hội của huyện.\n- Tập huấn kỹ năng số.\n")
    data = parse_text(tmp_path, text)
    assert [t["text"] for t in data["tasks"]] == [
        "Tổ chức tuyên truyền sâu rộng về chuyển đổi số trên hệ thống truyền thanh cơ sở và "
        "mạng xã hội của huyện.", "Tập huấn kỹ năng số."]


def test_running_header_and_stray_link_dropped(tmp_path):
    body = []
    for page in range(1, 5):
        body.append("Kế hoạch chuyển đổi số huyện Ba Tơ năm 2023")
        body.append(f"- Nhiệm vụ số {page} được triển khai trên nền tảng điện toán đám mây, "
                    "trong đó")
        body.append("https://dx.mic.gov.vn/")
        body.append(f"bảo đảm an toàn thông tin cho hệ thống số {page}.")
        body.append(f"- {page + 10} -")
    data = parse_text(tmp_path, "KẾ HOẠCH\nChuyển đổi số năm 2023\nI. NHIỆM VỤ\n" +
                      "\n".join(body) + "\n")
    assert [t["text"] for t in data["tasks"]] == [
        f"Nhiệm vụ số {n} được triển khai trên nền tảng điện toán đám mây, trong đó bảo đảm an "
        f"toàn thông tin cho hệ thống số {n}." for n in range(1, 5)]


def test_damaged_glyphs_are_kept(tmp_path):
    data = parse_text(tmp_path, "KẾ HOẠCH\nChuyển đổi số\nI. NHIỆM VỤ\n-  hối hợp triển khai "
                                "hệ thống định danh; khuyến kh ch đổi mới, tr  tuệ nhân tạo.\n")
    assert data["tasks"][0]["text"] == ("hối hợp triển khai hệ thống định danh; khuyến kh ch "
                                        "đổi mới, tr tuệ nhân tạo.")


def test_closing_laid_out_in_two_columns_of_text(tmp_path):
    data = parse_text(tmp_path, """KẾ HOẠCH
Chuyển đổi số năm 2024
I. NHIỆM VỤ
- Triển khai nền tảng số./.
Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN
- Sở Thông tin và Truyền thông;                      CHỦ TỊCH
- Thường trực Huyện ủy;
- Lưu: VT, VHTT.
                                               Phạm Xuân Vinh
""")
    assert data["recipients"] == ["Sở Thông tin và Truyền thông", "Thường trực Huyện ủy",
                                  "Lưu: VT, VHTT"]
    assert data["signer"] == {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                              "name": "Phạm Xuân Vinh"}


def test_recipients_without_dashes_and_wrapped(tmp_path):
    data = parse_text(tmp_path, """KẾ HOẠCH
Chuyển đổi số năm 2024
I. NHIỆM VỤ
- Triển khai nền tảng số./.
Nơi nhận:
Như trên;
- Sở Thông tin và
Truyền thông;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
NGUYỄN VĂN BÌNH
""")
    assert data["recipients"] == ["Như trên", "Sở Thông tin và Truyền thông", "Lưu: VT"]
    assert data["signer"] == {"lines": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "name": "NGUYỄN VĂN BÌNH"}


def test_blank_lines_separate_paragraphs_but_not_a_sentence_cut_by_a_page_break(tmp_path):
    lines = ["KẾ HOẠCH", "", "Chuyển đổi số năm 2024", "", "I. NHIỆM VỤ", "",
             "1. Dữ liệu số", "",
             "Xây dựng, triển khai hệ thống cơ sở dữ liệu ngành Tài nguyên và Môi trường của",
             "tỉnh gồm cơ sở dữ liệu đất đai, cơ sở dữ liệu quy hoạch và kế hoạch sử dụng đất,",
             "", "", "- 5 -", "", "",
             "cơ sở dữ liệu về địa chất khoáng sản, bảo đảm đồng bộ và liên thông với các hệ",
             "thống của Trung ương.", "",
             "2. Nền tảng số", "",
             "Triển khai nền tảng tích hợp, chia sẻ dữ liệu dùng chung của tỉnh cho các cơ",
             "quan nhà nước trên địa bàn, bảo đảm kết nối với nền tảng quốc gia.", "",
             "Phát triển các ứng dụng dùng chung phục vụ người dân và doanh nghiệp.", ""]
    data = parse_text(tmp_path, "\n".join(lines) + "\n")
    assert [(t["group"], t["text"][:40]) for t in data["tasks"]] == [
        ("Dữ liệu số", "Xây dựng, triển khai hệ thống cơ sở dữ l"),
        ("Nền tảng số", "Triển khai nền tảng tích hợp, chia sẻ dữ"),
        ("Nền tảng số", "Phát triển các ứng dụng dùng chung phục ")]
    assert data["tasks"][0]["text"].endswith("với các hệ thống của Trung ương.")
