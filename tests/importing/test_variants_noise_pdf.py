"""PDF noise real files carry: the plan's number and a running title at the top of every
page, ``Trang 3/12`` or ``- 3 -`` at the foot or the top, words hyphenated at the end of a
line, sentences cut by a page break, and footnotes at the foot of a page with their
raised marks in the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from importing_docmaker import vietnamese_ttf
from pdf_noise_maker import SOFT_HYPHEN, Para, noisy_pdf

from dxdesk.importing import parse_file

needs_font = pytest.mark.skipif(vietnamese_ttf() is None,
                                reason="no TrueType font with Vietnamese letters")

WORDS = ("nền tảng", "dữ liệu", "hạ tầng", "kỹ năng", "dịch vụ", "ứng dụng", "an toàn")


def task(n: int, hyphens: bool = True) -> str:
    soft = SOFT_HYPHEN if hyphens else ""
    return (f"Triển khai {WORDS[n % 7]} số dùng chung của tỉnh cho các cơ quan, đơn vị trên "
            f"địa bàn huyện trong năm {2000 + n}, bảo đảm kết nối, chia sẻ {WORDS[n * 3 % 7]} "
            f"và an toàn thông tin theo cấp độ; ưu tiên {WORDS[n * 5 % 7]} phục vụ người dân "
            f"qua Inter{soft}net, Face{soft}book, smart{soft}phone, block{soft}chain và "
            f"e-Cabi{soft}net giai đoạn 2021-2025.")


HEAD = [Para("ỦY BAN NHÂN DÂN", bold=True, indent=0, beside="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        Para("TỈNH LÂM ĐỒNG", bold=True, indent=0, beside="Độc lập - Tự do - Hạnh phúc"),
        Para("Số: 123/KH-UBND", indent=0, beside="Lâm Đồng, ngày 15 tháng 01 năm 2025"),
        Para("KẾ HOẠCH", bold=True, center=True),
        Para("Chuyển đổi số tỉnh Lâm Đồng năm 2025", bold=True, center=True)]
TAIL = [Para("Nơi nhận:", bold=True, indent=0, beside="TM. ỦY BAN NHÂN DÂN"),
        Para("- Bộ Thông tin và Truyền thông;", indent=0, beside="CHỦ TỊCH"),
        Para("- Lưu: VT, KGVX.", indent=0, beside=""), Para("", indent=0, beside="Trần Văn Hiệp")]


def plan(count: int) -> list:
    body = [Para("Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ "
                 "trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư;",
                 footnote="Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị, đăng tại "
                          "trang thông tin điện tử của Đảng Cộng sản Việt Nam."),
            Para("Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;"),
            Para("Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm 2025 như sau:"),
            Para("I. NHIỆM VỤ", bold=True, indent=0)]
    for n in range(1, count + 1):
        note = (f"Theo Quyết định số {n}/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ về "
                f"đề án số {n} của ngành." if n % 9 == 4 else None)
        body.append(Para("- " + task(n), footnote=note))
    body += [Para("II. TỔ CHỨC THỰC HIỆN", bold=True, indent=0),
             Para("Các cơ quan, đơn vị triển khai thực hiện./.")]
    return HEAD + body + TAIL


def hyphenated_lines(path: Path) -> int:
    """How many lines of the PDF end in a hyphenated word (the test's own check)."""
    import re

    import pypdf

    return sum(1 for page in pypdf.PdfReader(str(path)).pages
               for line in (page.extract_text() or "").splitlines()
               if re.search(r"[a-z]-$", line.rstrip()))


def check(path: Path, count: int) -> None:
    data = parse_file(path).to_json_dict()
    assert [t["text"] for t in data["tasks"]] == [task(n, False) for n in range(1, count + 1)]
    assert [(n["label"], n["title"]) for n in data["outline"]] == [
        ("I", "NHIỆM VỤ"), ("II", "TỔ CHỨC THỰC HIỆN")]
    assert data["outline"][0]["text"] == ""
    assert data["bases"] == [
        "Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính "
        "sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư",
        "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ"]
    assert (data["number"], data["date"], data["title"]) == (
        "123/KH-UBND", "2025-01-15", "Chuyển đổi số tỉnh Lâm Đồng năm 2025")
    assert data["recipients"] == ["Bộ Thông tin và Truyền thông", "Lưu: VT, KGVX"]
    assert data["signer"] == {"lines": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                              "name": "Trần Văn Hiệp"}


@needs_font
@pytest.mark.parametrize("options", [
    dict(footer="Trang {n}/{total}"),
    dict(footer="- {n} -", raised_marks=False),
    dict(footer=None, top_page_number=True, first_page_plain=False),
], ids=["trang-n-of-total", "dash-number-marks-on-the-line", "number-at-the-top"])
def test_running_header_footer_and_footnotes_over_many_pages(tmp_path, options):
    """Footnotes at the foot of a page are not joined into the task the page break cut,
    and the raised marks are not part of the text; the number and running title at the
    top of each page are not text; ``Inter-``/``net`` is one word again."""
    path = noisy_pdf(tmp_path / "p.pdf", plan(29),
                     running_title="Kế hoạch chuyển đổi số năm 2025", **options)
    assert hyphenated_lines(path) >= 3
    check(path, 29)


@needs_font
@pytest.mark.parametrize("count", [4, 8])
@pytest.mark.parametrize("options", [
    dict(footer=None), dict(footer=None, top_page_number=True, raised_marks=False),
    dict(footer="Trang {n}/{total}", first_page_plain=False, running_title=None)])
def test_running_header_of_a_plan_of_two_pages(tmp_path, count, options):
    """Two pages are too few to see the header repeated: it is known by its place in the
    top margin, in a smaller type, apart from the text."""
    options.setdefault("running_title", "Kế hoạch chuyển đổi số năm 2025")
    path = noisy_pdf(tmp_path / "p.pdf", plan(count), **options)
    check(path, count)


@needs_font
@pytest.mark.parametrize("cut,joined", [
    (("qua Inter-", "net và mạng xã hội."), "qua Internet và mạng xã hội."),
    (("cho giai đoạn 2021-", "2025 của tỉnh."), "cho giai đoạn 2021-2025 của tỉnh."),
    (("triển khai e-", "Cabinet của tỉnh."), "triển khai e-Cabinet của tỉnh."),
    (("lĩnh vực văn hóa-", "thể thao của tỉnh."), "lĩnh vực văn hóa-thể thao của tỉnh."),
], ids=["word", "years", "capital-after-hyphen", "vietnamese-syllables"])
def test_word_hyphenated_across_a_page_break(tmp_path, cut, joined):
    """The last line of a page ends with a hyphenated word and the next page, after its
    running header, goes on with the rest of it."""
    from importing_docmaker import L, make_pdf

    lead = ("- Triển khai nền tảng số dùng chung của tỉnh cho các cơ quan, đơn vị trên địa bàn "
            "huyện, bảo đảm kết nối, chia sẻ dữ liệu phục vụ người dân")
    lines = [L("KẾ HOẠCH", center=True, bold=True),
             L("Chuyển đổi số huyện Đơn Dương năm 2025", center=True, bold=True),
             L("I. NHIỆM VỤ", bold=True),
             L("- Số hóa hồ sơ thủ tục hành chính còn hiệu lực.", x=120),
             L(f"{lead} {cut[0]}", wrap_to=530),
             L("", page_break=True),
             L(cut[1]),
             L("- Tập huấn kỹ năng số cho cán bộ, công chức.", x=120),
             L("II. TỔ CHỨC THỰC HIỆN", bold=True),
             L("Các phòng, ban triển khai thực hiện./.", x=120)]
    path = make_pdf(tmp_path / "h.pdf", lines, header="Số: 07/KH-UBND")
    data = parse_file(path).to_json_dict()
    assert [t["text"] for t in data["tasks"]] == [
        "Số hóa hồ sơ thủ tục hành chính còn hiệu lực.", f"{lead[2:]} {joined}",
        "Tập huấn kỹ năng số cho cán bộ, công chức."]
