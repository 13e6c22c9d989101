"""The .docx writer: read every generated file back and check the ND30 rules that can be read."""

from __future__ import annotations

import io
import re
import unicodedata

import docx
import pytest
from lxml import etree

import docsamples
from docxread import (
    NS,
    Package,
    alignment,
    body_children,
    cell_paragraphs,
    cells,
    has_bottom_rule,
    indents,
    para_format,
    para_text,
    ppr_child,
    run_format,
    runs,
    section_props,
    spacing,
    twips_to_mm,
    w,
    wval,
)
from dxdesk.documents import layout
from dxdesk.documents.docx_writer import write_docx
from dxdesk.documents.model import (
    AdminDocument,
    Align,
    Appendix,
    Column,
    DocumentKind,
    GroupRow,
    Header,
    HeaderCell,
    Row,
    Table,
)

TNR = "Times New Roman"
FONT_SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


def mm(twips) -> float:
    return twips_to_mm(twips)


def header_table(pkg: Package):
    first = body_children(pkg.document)[0]
    assert first.tag == w("tbl"), "the document starts with the header table"
    return first


def paragraphs_after_header(pkg: Package):
    return [el for el in body_children(pkg.document)[1:] if el.tag == w("p")]


def find_paragraph(pkg: Package, predicate, root=None):
    root = root if root is not None else pkg.document
    for p in root.iter(w("p")):
        if predicate(para_text(p)):
            return p
    raise AssertionError("no such paragraph")


def closing_table(pkg: Package):
    tables = [el for el in body_children(pkg.document) if el.tag == w("tbl")]
    for t in tables:
        if "Nơi nhận:" in "".join(para_text(p) for p in t.iter(w("p"))):
            return t
    raise AssertionError("no closing table")


def rule_length_mm(p, container_mm: float) -> float:
    ind = indents(p)
    return container_mm - mm(ind.get("left", 0)) - mm(ind.get("right", 0))


# --- page, fonts, language -----------------------------------------------------------------


def test_page_size_and_margins(all_packages):
    for name, pkg in all_packages.items():
        sect = section_props(pkg.document)[0]
        size = sect.find(w("pgSz"))
        assert (round(mm(wval(size, "w"))), round(mm(wval(size, "h")))) == (210, 297), name
        assert wval(size, "orient") in (None, "portrait")
        mar = sect.find(w("pgMar"))
        got = {k: round(mm(wval(mar, k)), 1) for k in ("top", "bottom", "left", "right")}
        assert got == {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}, name


def test_times_new_roman_and_vietnamese_on_defaults_and_normal(plan):
    styles = plan.styles
    rpr = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    normal = styles.find("w:style[@w:styleId='Normal']/w:rPr", NS)
    for where, el in (("docDefaults", rpr), ("Normal", normal)):
        fonts = el.find(w("rFonts"))
        assert {slot: wval(fonts, slot) for slot in FONT_SLOTS} == dict.fromkeys(FONT_SLOTS, TNR), where
        assert wval(el.find(w("lang"))) == "vi-VN", where
        assert wval(el.find(w("sz"))) == "28", where


def test_no_theme_fonts_or_calibri_anywhere(all_packages):
    theme_attr = re.compile(r"\b\w+:(asciiTheme|hAnsiTheme|eastAsiaTheme|cstheme|\w*[Tt]heme\w*)=")
    for name, pkg in all_packages.items():
        for part in ("word/styles.xml", "word/document.xml", *[p for p in pkg.parts if p.startswith("word/header")]):
            xml = pkg.text(part)
            assert not theme_attr.search(xml), (name, part, theme_attr.search(xml))
        for part, blob in pkg.parts.items():
            if part.endswith(".xml"):
                text = blob.decode("utf-8")
                assert "Calibri" not in text and "Cambria" not in text, (name, part)


def test_every_run_is_times_new_roman(plan, letter):
    for pkg in (plan, letter):
        for r in pkg.document.iter(w("r")):
            fonts = r.find("w:rPr/w:rFonts", NS)
            assert fonts is not None
            assert all(wval(fonts, slot) == TNR for slot in FONT_SLOTS)


def test_unused_template_parts_are_gone(plan):
    names = set(plan.parts)
    assert not any("stylesWithEffects" in n or "numbering" in n or "thumbnail" in n or "customXml" in n
                   for n in names), names
    assert len(plan.parts["word/styles.xml"]) < 20_000


def test_core_properties(plan_path):
    props = docx.Document(plan_path).core_properties
    assert props.language == "vi-VN"
    assert props.title == "KẾ HOẠCH Chuyển đổi số huyện Ba Tơ năm 2023"
    assert "python-docx" not in (props.author + props.comments + props.last_modified_by)


def test_all_text_is_nfc(all_packages):
    for name, pkg in all_packages.items():
        for part in pkg.parts:
            if part.startswith("word/") and part.endswith(".xml"):
                for t in pkg.xml(part).iter(w("t")):
                    assert unicodedata.is_normalized("NFC", t.text or ""), (name, t.text)


def test_nfd_input_is_written_as_nfc(tmp_path):
    def nfd(s):
        return unicodedata.normalize("NFD", s)

    doc = AdminDocument(
        kind=DocumentKind.PLAN,
        header=Header((nfd("ỦY BAN NHÂN DÂN"), nfd("HUYỆN BA TƠ")), "KH-UBND", nfd("Ba Tơ"), year=2023),
        summary=(nfd("Chuyển đổi số"),),
        blocks=(nfd("Nội dung tiếng Việt có dấu."),),
    )
    path = tmp_path / "nfd.docx"
    write_docx(doc, path)
    xml = Package.open(path).text("word/document.xml")
    assert "Nội dung tiếng Việt có dấu./." in xml
    assert unicodedata.is_normalized("NFC", xml)


# --- header block --------------------------------------------------------------------------


def test_header_table_is_borderless_two_columns(plan):
    tbl = header_table(plan)
    grid = [round(mm(wval(g, "w")), 1) for g in tbl.findall("w:tblGrid/w:gridCol", NS)]
    assert grid == [65.0, 100.0]
    borders = tbl.find("w:tblPr/w:tblBorders", NS)
    assert all(wval(b) in ("nil", "none") for b in borders)
    for tr in tbl.findall(w("tr")):
        widths = [round(mm(wval(tc.find("w:tcPr/w:tcW", NS), "w")), 1) for tc in cells(tr)]
        assert widths == [65.0, 100.0]


def test_header_left_column(plan):
    row1, row2 = header_table(plan).findall(w("tr"))
    left = cell_paragraphs(cells(row1)[0])
    texts = [para_text(p) for p in left]
    assert texts[:2] == ["ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"]
    for p in left[:2]:
        assert para_format(p) == {"bold": True, "italic": False, "size": 13}
        assert alignment(p) == "center"
    rule = left[2]
    assert texts[2] == "" and has_bottom_rule(rule)
    widest = layout.text_width_mm("ỦY BAN NHÂN DÂN", 13, bold=True)
    length = rule_length_mm(rule, 65)
    assert widest / 3 - 0.5 <= length <= widest / 2 + 0.5
    assert indents(rule)["left"] == indents(rule)["right"]  # centred
    number = cell_paragraphs(cells(row2)[0])[0]
    assert para_text(number) == "Số:      /KH-UBND"
    assert para_format(number) == {"bold": False, "italic": False, "size": 13}


def test_header_right_column(plan):
    row1, row2 = header_table(plan).findall(w("tr"))
    right = cell_paragraphs(cells(row1)[1])
    assert para_text(right[0]) == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert para_format(right[0]) == {"bold": True, "italic": False, "size": 13}
    assert para_text(right[1]) == "Độc lập - Tự do - Hạnh phúc"
    assert para_format(right[1]) == {"bold": True, "italic": False, "size": 14}
    assert has_bottom_rule(right[2])
    motto = layout.text_width_mm("Độc lập - Tự do - Hạnh phúc", 14, bold=True)
    assert rule_length_mm(right[2], 100) == pytest.approx(motto, abs=0.3)
    # The national title cannot wrap: at 13 pt bold it is narrower than the cell (no padding).
    assert layout.text_width_mm(para_text(right[0]), 13, bold=True) < 100
    pad = header_table(plan).find("w:tblPr/w:tblCellMar", NS)
    assert wval(pad.find(w("left")), "w") == "0" and wval(pad.find(w("right")), "w") == "0"
    date = cell_paragraphs(cells(row2)[1])[0]
    assert para_text(date) == "Ba Tơ, ngày      tháng      năm 2023"
    assert para_format(date) == {"bold": False, "italic": True, "size": 14}


def test_number_and_date_share_a_row_and_spacing(plan):
    row2 = header_table(plan).findall(w("tr"))[1]
    number, date = (cell_paragraphs(tc)[0] for tc in cells(row2))
    assert para_text(number).startswith("Số:") and para_text(date).startswith("Ba Tơ, ngày")
    assert spacing(number)["before"] == spacing(date)["before"]


def test_issued_plan_number_and_date(issued_plan):
    row2 = header_table(issued_plan).findall(w("tr"))[1]
    assert para_text(cell_paragraphs(cells(row2)[0])[0]) == "Số: 05/KH-UBND"
    assert para_text(cell_paragraphs(cells(row2)[1])[0]) == "Ba Tơ, ngày 05 tháng 02 năm 2023"
    ref = find_paragraph(issued_plan, lambda t: t.startswith("(Kèm theo"))
    assert para_text(ref) == ("(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 02 năm 2023 "
                              "của Ủy ban nhân dân huyện Ba Tơ)")


def test_parent_body_line_is_not_bold(tmp_path):
    doc = AdminDocument(
        kind=DocumentKind.REPORT,
        header=Header(("PHÒNG VĂN HÓA VÀ THÔNG TIN",), "BC-VHTT", "Ba Tơ", year=2023,
                      parent_lines=("UBND HUYỆN BA TƠ",)),
        summary=("Tình hình thực hiện",),
    )
    path = tmp_path / "parent.docx"
    write_docx(doc, path)
    left = cell_paragraphs(cells(header_table(Package.open(path)).findall(w("tr"))[0])[0])
    assert para_text(left[0]) == "UBND HUYỆN BA TƠ"
    assert para_format(left[0]) == {"bold": False, "italic": False, "size": 13}
    assert para_text(left[1]) == "PHÒNG VĂN HÓA VÀ THÔNG TIN" and para_format(left[1])["bold"]


# --- title and body ------------------------------------------------------------------------


def test_title_block(plan):
    ps = paragraphs_after_header(plan)
    assert para_text(ps[0]) == "KẾ HOẠCH"
    assert para_format(ps[0]) == {"bold": True, "italic": False, "size": 14}
    assert alignment(ps[0]) == "center"
    assert para_text(ps[1]) == "Chuyển đổi số huyện Ba Tơ năm 2023"
    assert para_format(ps[1]) == {"bold": True, "italic": False, "size": 14}
    assert alignment(ps[1]) == "center"
    assert has_bottom_rule(ps[2]) and para_text(ps[2]) == ""
    summary = layout.text_width_mm(para_text(ps[1]), 14, bold=True)
    length = rule_length_mm(ps[2], 165)
    assert summary / 3 - 0.5 <= length <= summary / 2 + 0.5
    assert indents(ps[2])["left"] == indents(ps[2])["right"]


def test_bases_are_italic_and_punctuated(plan):
    bases = [p for p in paragraphs_after_header(plan) if para_text(p).startswith("Căn cứ")]
    assert len(bases) == 2
    for p in bases:
        assert para_format(p) == {"bold": False, "italic": True, "size": 14}
    assert para_text(bases[0]).endswith(";") and para_text(bases[-1]).endswith(".")


def test_body_paragraph_format(plan):
    p = find_paragraph(plan, lambda t: t.startswith("Ủy ban nhân dân huyện Ba Tơ ban hành"))
    assert para_format(p) == {"bold": False, "italic": False, "size": 14}
    assert alignment(p) == "both"
    assert indents(p)["firstLine"] == 720  # 1.27 cm
    assert int(spacing(p)["before"]) >= 120  # at least 6 pt
    line = int(spacing(p)["line"])
    assert spacing(p)["lineRule"] == "auto" and 240 <= line <= 360
    bullet = find_paragraph(plan, lambda t: t.startswith("- Nghị quyết số 50/NQ-CP"))
    assert para_format(bullet) == {"bold": False, "italic": False, "size": 14}
    plus = find_paragraph(plan, lambda t: t.startswith("+ Đẩy nhanh"))
    assert indents(plus)["firstLine"] == 720


def test_headings_per_level(plan):
    level1 = find_paragraph(plan, lambda t: t == "I. CĂN CỨ LẬP KẾ HOẠCH")
    assert para_format(level1) == {"bold": True, "italic": False, "size": 14}
    level2 = find_paragraph(plan, lambda t: t == "1. Nhận thức số")
    assert para_format(level2) == {"bold": True, "italic": False, "size": 14}
    level3 = find_paragraph(plan, lambda t: t == "a) Bảo đảm an toàn thông tin theo cấp độ")
    assert para_format(level3) == {"bold": False, "italic": False, "size": 14}
    override = find_paragraph(plan, lambda t: t.startswith("b) Nguyên tắc"))
    assert para_format(override) == {"bold": True, "italic": True, "size": 14}
    for p in (level1, level2, level3):
        assert ppr_child(p, "keepNext") is not None
    tops = [para_text(p) for p in plan.document.iter(w("p"))
            if wval(ppr_child(p, "outlineLvl")) == "0"]
    assert tops == ["I. CĂN CỨ LẬP KẾ HOẠCH", "II. MỤC TIÊU", "III. NHIỆM VỤ", "IV. GIẢI PHÁP",
                    "V. KINH PHÍ THỰC HIỆN", "VI. TỔ CHỨC THỰC HIỆN"]


def test_mixed_emphasis_paragraph(plan):
    p = find_paragraph(plan, lambda t: t.startswith("Kinh tế số: "))
    formats = [run_format(r) for r in runs(p)]
    assert formats[0]["italic"] and not formats[1]["italic"]


# --- closing block -------------------------------------------------------------------------


def test_last_paragraph_ends_with_closing_mark_and_keeps_with_signature(all_packages):
    for name, pkg in all_packages.items():
        table = closing_table(pkg)
        previous = table.getprevious()
        assert previous.tag == w("p"), name
        assert para_text(previous).endswith("./."), name
        assert ppr_child(previous, "keepNext") is not None, name
        tr = table.find(w("tr"))
        assert tr.find("w:trPr/w:cantSplit", NS) is not None, name


def test_recipients_block(plan):
    table = closing_table(plan)
    assert all(wval(b) in ("nil", "none") for b in table.find("w:tblPr/w:tblBorders", NS))
    left, right = cells(table.find(w("tr")))
    ps = cell_paragraphs(left)
    assert para_text(ps[0]) == "Nơi nhận:"
    assert para_format(ps[0]) == {"bold": True, "italic": True, "size": 12}
    assert alignment(ps[0]) == "left"
    items = [para_text(p) for p in ps[1:]]
    assert items == [f"- {x};" for x in docsamples.PLAN_RECIPIENTS[:-1]] + ["- Lưu: VT, VHTT."]
    for p in ps[1:]:
        assert para_format(p) == {"bold": False, "italic": False, "size": 11}


def test_signer_block(plan):
    left, right = cells(closing_table(plan).find(w("tr")))
    ps = cell_paragraphs(right)
    texts = [para_text(p) for p in ps]
    assert texts[:3] == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    for p in ps[:3]:
        assert para_format(p) == {"bold": True, "italic": False, "size": 14}
        assert alignment(p) == "center"
    gap = texts[3:-1]
    assert 3 <= len(gap) <= 4 and all(t == "" for t in gap)
    assert texts[-1] == "Phạm Xuân Vinh"
    assert para_format(ps[-1]) == {"bold": True, "italic": False, "size": 14}
    assert alignment(ps[-1]) == "center"
    # "Nơi nhận:" is top-aligned with the first authority line.
    assert spacing(cell_paragraphs(left)[0])["before"] == spacing(ps[0])["before"]


# --- page numbers and sections -------------------------------------------------------------


def test_page_number_header_and_none_on_page_one(all_packages):
    for name, pkg in all_packages.items():
        headers = pkg.header_parts()
        for sect in section_props(pkg.document):
            assert sect.find(w("titlePg")) is not None, name
            refs = {wval(r, "type"): r.get(f"{{{NS['r']}}}id") for r in sect.findall(w("headerReference"))}
            assert set(refs) == {"default", "first"}, name
            default, first = headers[refs["default"]], headers[refs["first"]]
            instr = "".join(t.text for t in default.iter(w("instrText")))
            assert instr.strip() == "PAGE", name
            p = default.find(w("p"))
            assert alignment(p) == "center"
            assert {run_format(r)["size"] for r in p.iter(w("r"))} == {14}
            assert not list(first.iter(w("instrText"))) and not list(first.iter(w("fldSimple")))
            assert "".join(t.text or "" for t in first.iter(w("t"))) == ""


def test_plan_sections_portrait_then_landscape_appendix(plan):
    sects = section_props(plan.document)
    assert len(sects) == 2
    main, appendix = sects
    assert main.getparent().tag == w("pPr")  # a section break inside the body
    assert appendix.getparent().tag == w("body")
    assert main.find(w("pgNumType")).get(w("start")) is None
    size = appendix.find(w("pgSz"))
    assert wval(size, "orient") == "landscape"
    assert (round(mm(wval(size, "w"))), round(mm(wval(size, "h")))) == (297, 210)
    assert wval(appendix.find(w("pgNumType")), "start") == "1"
    assert wval(appendix.find(w("type"))) == "nextPage"


def test_letter_and_report_have_one_portrait_section(letter, report):
    for pkg in (letter, report):
        sects = section_props(pkg.document)
        assert len(sects) == 1 and sects[0].getparent().tag == w("body")


def test_appendix_heading(plan):
    label = find_paragraph(plan, lambda t: t == "Phụ lục")
    assert para_format(label) == {"bold": True, "italic": False, "size": 14}
    assert alignment(label) == "center"
    title = label.getnext()
    assert para_text(title) == "DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ HUYỆN BA TƠ NĂM 2023"
    assert para_format(title) == {"bold": True, "italic": False, "size": 14}
    ref = title.getnext()
    assert para_text(ref) == ("(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng      năm 2023 "
                              "của Ủy ban nhân dân huyện Ba Tơ)")
    assert para_format(ref) == {"bold": False, "italic": True, "size": 14}
    assert has_bottom_rule(ref.getnext())
    # The appendix starts right after the main section's break.
    assert label.getprevious().find("w:pPr/w:sectPr", NS) is not None


def appendix_table(pkg: Package):
    tables = [el for el in body_children(pkg.document) if el.tag == w("tbl")]
    return tables[-1]


def test_appendix_table(plan):
    tbl = appendix_table(plan)
    rows = tbl.findall(w("tr"))
    header = rows[0]
    assert header.find("w:trPr/w:tblHeader", NS) is not None
    assert [para_text(tc) for tc in cells(header)] == [
        "STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
    for tc in cells(header):
        assert para_format(cell_paragraphs(tc)[0])["bold"]
    assert all(r.find("w:trPr/w:cantSplit", NS) is not None for r in rows)
    assert all(r.find("w:trPr/w:tblHeader", NS) is None for r in rows[1:])
    # fills the landscape text width (297 - 30 - 15 mm)
    total = sum(int(wval(g, "w")) for g in tbl.findall("w:tblGrid/w:gridCol", NS))
    assert mm(total) == pytest.approx(252, abs=0.1)
    assert wval(tbl.find("w:tblPr/w:tblLayout", NS), "type") == "fixed"
    # group row: label in the STT column, its title across the other five
    group = rows[1]
    label, title = cells(group)
    assert para_text(label) == "I" and para_text(title) == "Nhận thức số"
    assert wval(title.find("w:tcPr/w:gridSpan", NS)) == "5"
    assert para_format(cell_paragraphs(title)[0])["bold"]
    first_task = [para_text(tc) for tc in cells(rows[2])]
    assert first_task[0] == "1" and first_task[4] == "Quý IV/2023"
    assert para_format(cell_paragraphs(cells(rows[2])[1])[0]) == {"bold": False, "italic": False, "size": 12}


def test_python_docx_reads_the_tables(plan_path):
    d = docx.Document(plan_path)
    assert len(d.tables) == 3  # header, closing, appendix
    assert d.tables[2].cell(0, 1).text == "Nhiệm vụ"
    assert len(d.sections) == 2
    assert d.sections[1].orientation == docx.enum.section.WD_ORIENT.LANDSCAPE
    assert d.sections[0].different_first_page_header_footer


# --- công văn and báo cáo ------------------------------------------------------------------


def test_letter_header_and_summary(letter):
    row1, row2 = header_table(letter).findall(w("tr"))
    left = cell_paragraphs(cells(row2)[0])
    assert para_text(left[0]) == "Số: 123/UBND-VHTT"
    assert para_text(left[1]) == "V/v đôn đốc thực hiện các nhiệm vụ chuyển đổi số năm 2023"
    assert para_format(left[1]) == {"bold": False, "italic": False, "size": 12}
    assert para_text(cell_paragraphs(cells(row2)[1])[0]) == "Ba Tơ, ngày 05 tháng 9 năm 2023"
    texts = [para_text(p) for p in paragraphs_after_header(letter)]
    assert "KẾ HOẠCH" not in texts and "BÁO CÁO" not in texts
    assert not any(has_bottom_rule(p) for p in paragraphs_after_header(letter)[:8])  # no title rule


def test_letter_addressees(letter):
    ps = paragraphs_after_header(letter)
    assert para_text(ps[0]) == "Kính gửi:"
    items = [para_text(p) for p in ps[1:5]]
    assert items == ["- Phòng Văn hóa và Thông tin;", "- Văn phòng HĐND&UBND huyện;", "- Phòng Nội vụ;",
                     "- Ủy ban nhân dân các xã, thị trấn."]
    for p in ps[:5]:
        assert para_format(p) == {"bold": False, "italic": False, "size": 14}
    label_left = indents(ps[0])["left"]
    item = indents(ps[1])
    assert item["left"] - item["hanging"] > label_left  # items start after the label


def test_letter_recipients_start_with_nhu_tren(letter):
    left, _ = cells(closing_table(letter).find(w("tr")))
    assert [para_text(p) for p in cell_paragraphs(left)] == [
        "Nơi nhận:", "- Như trên;", "- CT, PCT UBND huyện;", "- Lưu: VT, VHTT."]


def test_report_title_and_single_addressee(report):
    ps = paragraphs_after_header(report)
    assert para_text(ps[0]) == "BÁO CÁO" and para_format(ps[0])["bold"]
    assert para_text(ps[1]) == "Kết quả thực hiện Kế hoạch chuyển đổi số năm 2023"
    kinh_gui = find_paragraph(report, lambda t: t.startswith("Kính gửi:"))
    assert para_text(kinh_gui) == "Kính gửi: Sở Thông tin và Truyền thông tỉnh Quảng Ngãi."
    row2 = header_table(report).findall(w("tr"))[1]
    assert para_text(cell_paragraphs(cells(row2)[0])[0]) == "Số: 12/BC-UBND"
    assert para_text(cell_paragraphs(cells(row2)[1])[0]) == "Ba Tơ, ngày 15 tháng 12 năm 2023"
    signer = [para_text(p) for p in cell_paragraphs(cells(closing_table(report).find(w("tr")))[1])]
    assert signer[:2] == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


# --- tables in general ---------------------------------------------------------------------


def test_two_level_header_and_body_table(tmp_path):
    table = Table(
        columns=(Column("STT", 10, Align.CENTER), Column("Chỉ tiêu", 60), Column("Kế hoạch", 20, Align.CENTER),
                 Column("Kết quả", 20, Align.CENTER)),
        header_rows=(
            (HeaderCell("STT"), HeaderCell("Chỉ tiêu"), HeaderCell("Năm 2023", span=2)),
            (HeaderCell(None), HeaderCell(None), HeaderCell("Kế hoạch"), HeaderCell("Kết quả")),
        ),
        rows=(GroupRow("Chính quyền số"), Row(("1", "Hồ sơ trực tuyến\nToàn trình", "40%", "52%"), bold=True)),
    )
    doc = AdminDocument(
        kind=DocumentKind.REPORT,
        header=Header(docsamples.ISSUER, "BC-UBND", "Ba Tơ", year=2023),
        summary=("Kết quả",),
        blocks=(table, table, "Đoạn cuối"),
        appendices=(Appendix("Bảng", (table,), landscape=False),),
    )
    path = tmp_path / "tables.docx"
    write_docx(doc, path)
    pkg = Package.open(path)
    body = body_children(pkg.document)
    tables = [el for el in body if el.tag == w("tbl")]
    assert len(tables) == 4  # header + two body tables (kept apart) + appendix
    t = tables[1]
    assert t.getnext().tag == w("p")  # a paragraph separates consecutive tables
    rows = t.findall(w("tr"))
    assert all(r.find("w:trPr/w:tblHeader", NS) is not None for r in rows[:2])
    assert rows[2].find("w:trPr/w:tblHeader", NS) is None
    first, second = (cells(r) for r in rows[:2])
    assert wval(first[0].find("w:tcPr/w:vMerge", NS)) == "restart"
    assert second[0].find("w:tcPr/w:vMerge", NS) is not None and wval(second[0].find("w:tcPr/w:vMerge", NS)) is None
    assert wval(first[2].find("w:tcPr/w:gridSpan", NS)) == "2"
    total = sum(int(wval(g, "w")) for g in t.findall("w:tblGrid/w:gridCol", NS))
    assert mm(total) == pytest.approx(165, abs=0.1)
    group = cells(rows[2])
    assert len(group) == 1 and wval(group[0].find("w:tcPr/w:gridSpan", NS)) == "4"
    data = cells(rows[3])
    assert [para_text(p) for p in cell_paragraphs(data[1])] == ["Hồ sơ trực tuyến", "Toàn trình"]
    assert para_format(cell_paragraphs(data[1])[0])["bold"]
    appendix = section_props(pkg.document)[-1]
    assert wval(appendix.find(w("pgSz")), "orient") is None  # portrait appendix
    assert wval(appendix.find(w("pgNumType")), "start") == "1"


def test_closing_mark_after_a_table_is_its_own_paragraph(tmp_path):
    doc = AdminDocument(
        kind=DocumentKind.REPORT,
        header=Header(docsamples.ISSUER, "BC-UBND", "Ba Tơ", year=2023),
        blocks=(Table((Column("A", 1),), (Row(("x",)),)),),
        recipients=("Lưu: VT",),
    )
    path = tmp_path / "mark.docx"
    write_docx(doc, path)
    previous = closing_table(Package.open(path)).getprevious()
    assert para_text(previous) == "./." and ppr_child(previous, "keepNext") is not None


def test_special_characters_are_escaped(tmp_path):
    doc = AdminDocument(
        kind=DocumentKind.PLAN,
        header=Header(docsamples.ISSUER, "KH-UBND", "Ba Tơ", year=2023),
        summary=("A & B <c> \"d\"",),
        blocks=("Tab\there, control\x01char, line\nbreak, 100% ≥ 90%",),
    )
    path = tmp_path / "escape.docx"
    write_docx(doc, path)
    pkg = Package.open(path)
    texts = [para_text(p) for p in pkg.document.iter(w("p"))]
    assert "A & B <c> \"d\"" in texts
    body = find_paragraph(pkg, lambda t: t.startswith("Tab"))
    assert para_text(body) == "Tabhere, controlchar, linebreak, 100% ≥ 90%./."
    assert body.find(".//w:tab", NS) is not None and body.find(".//w:br", NS) is not None


def test_write_to_a_stream():
    stream = io.BytesIO()
    write_docx(docsamples.reminder_letter(), stream)
    d = docx.Document(io.BytesIO(stream.getvalue()))
    assert d.paragraphs[0].text == "Kính gửi:"


def test_failed_write_leaves_no_file(tmp_path, monkeypatch):
    from dxdesk.documents import docx_writer

    target = tmp_path / "out.docx"

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(docx_writer.DocxDocument, "save", boom)
    with pytest.raises(OSError):
        write_docx(docsamples.reminder_letter(), target)
    assert list(tmp_path.iterdir()) == []


# --- well-formedness: WordprocessingML child order -----------------------------------------

# Child sequences from the ECMA-376 transitional schema for the elements the writer emits.
SCHEMA_ORDER = {
    "pPr": ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
            "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
            "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
            "sectPr", "pPrChange"],
    "rPr": ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
            "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
            "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
            "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"],
    "sectPr": ["headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
               "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
               "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings"],
    "tblPr": ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
              "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
              "tblLook"],
    "tcPr": ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
             "textDirection", "tcFitText", "vAlign", "hideMark"],
    "tbl": ["bookmarkStart", "tblPr", "tblGrid", "tr"],
    "tr": ["tblPrEx", "trPr", "tc"],
    "tc": ["tcPr", "p", "tbl"],
    "p": ["pPr", "r", "fldSimple", "hyperlink"],
    "r": ["rPr", "t", "br", "tab", "fldChar", "instrText"],
    "pBdr": ["top", "left", "bottom", "right", "between", "bar"],
    "tblBorders": ["top", "left", "bottom", "right", "insideH", "insideV"],
    "tblCellMar": ["top", "left", "bottom", "right"],
    "style": ["name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
              "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
              "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"],
}
REPEATABLE = {"headerReference", "footerReference", "tr", "tc", "p", "r", "t", "br", "tab", "tbl",
              "fldChar", "instrText", "gridCol"}


def check_order(root) -> list[str]:
    problems = []
    for el in root.iter():
        if not isinstance(el.tag, str) or not el.tag.startswith(f"{{{NS['w']}}}"):
            continue
        name = etree.QName(el).localname
        order = SCHEMA_ORDER.get(name)
        if order is None:
            continue
        positions = []
        for child in el:
            child_name = etree.QName(child).localname
            if child_name not in order:
                problems.append(f"{name}: unexpected child {child_name}")
                continue
            positions.append((order.index(child_name), child_name))
        if [p for p, _ in positions] != sorted(p for p, _ in positions):
            problems.append(f"{name}: children out of order {[n for _, n in positions]}")
        names = [n for _, n in positions]
        for n in set(names):
            if n not in REPEATABLE and names.count(n) > 1:
                problems.append(f"{name}: repeated {n}")
    return problems


def test_children_in_schema_order(all_packages):
    for name, pkg in all_packages.items():
        for part in ("word/document.xml", "word/styles.xml",
                     *[p for p in pkg.parts if p.startswith("word/header")]):
            problems = check_order(pkg.xml(part))
            assert not problems, (name, part, problems[:5])


def test_every_cell_has_a_paragraph_and_rows_match_the_grid(all_packages):
    for name, pkg in all_packages.items():
        for tbl in pkg.document.iter(w("tbl")):
            ncols = len(tbl.findall("w:tblGrid/w:gridCol", NS))
            for tr in tbl.findall(w("tr")):
                spans = 0
                for tc in cells(tr):
                    assert tc.find(w("p")) is not None, name
                    spans += int(wval(tc.find("w:tcPr/w:gridSpan", NS)) or 1)
                assert spans == ncols, name


# --- size ------------------------------------------------------------------------------------


def test_thousand_row_appendix_structure(tmp_path):
    path = tmp_path / "big.docx"
    write_docx(docsamples.plan_with_rows(1000), path)
    tbl = appendix_table(Package.open(path))
    rows = tbl.findall(w("tr"))
    data = [r for r in rows if len(cells(r)) == 6 and r.find("w:trPr/w:tblHeader", NS) is None]
    assert len(data) == 1000
    assert sum(r.find("w:trPr/w:tblHeader", NS) is not None for r in rows) == 1
    assert all(r.find("w:trPr/w:cantSplit", NS) is not None for r in rows)
    assert para_text(cells(data[-1])[0]) == "1000"


@pytest.mark.benchmark
def test_thousand_row_appendix_is_written_within_a_second(tmp_path):
    doc = docsamples.plan_with_rows(1000)
    best = min(_timed(lambda: write_docx(doc, tmp_path / "big.docx")) for _ in range(3))
    print(f"1,000-row appendix: {best:.3f} s")
    assert best <= 1.0


def _timed(fn) -> float:
    import time

    start = time.perf_counter()
    fn()
    return time.perf_counter() - start
