"""The format-neutral document model and its ND30 formatting helpers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest

import docsamples
from dxdesk.documents import layout
from dxdesk.documents.model import (
    AdminDocument,
    Align,
    Appendix,
    Bullet,
    Column,
    DocumentKind,
    GroupRow,
    Header,
    HeaderCell,
    Heading,
    Paragraph,
    Row,
    Signer,
    Span,
    Table,
    addressee_lines,
    basis_lines,
    format_appendix_reference,
    format_date_line,
    format_number_line,
    letter_summary_lines,
    recipient_lines,
    roman,
    with_closing_mark,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# --- number and date lines -----------------------------------------------------------------


@pytest.mark.parametrize(
    "number, symbol, expected",
    [
        (5, "KH-UBND", "Số: 05/KH-UBND"),
        (9, "KH-UBND", "Số: 09/KH-UBND"),
        (10, "BC-UBND", "Số: 10/BC-UBND"),
        (189, "KH-UBND", "Số: 189/KH-UBND"),
        (123, "UBND-VHTT", "Số: 123/UBND-VHTT"),
        (None, "KH-UBND", "Số:      /KH-UBND"),
    ],
)
def test_number_line(number, symbol, expected):
    assert format_number_line(number, symbol) == expected


def test_number_must_be_positive():
    with pytest.raises(ValueError):
        format_number_line(0, "KH-UBND")


@pytest.mark.parametrize(
    "date, expected",
    [
        (dt.date(2023, 2, 5), "Ba Tơ, ngày 05 tháng 02 năm 2023"),
        (dt.date(2023, 1, 9), "Ba Tơ, ngày 09 tháng 01 năm 2023"),
        (dt.date(2023, 1, 10), "Ba Tơ, ngày 10 tháng 01 năm 2023"),
        (dt.date(2023, 3, 1), "Ba Tơ, ngày 01 tháng 3 năm 2023"),
        (dt.date(2023, 9, 5), "Ba Tơ, ngày 05 tháng 9 năm 2023"),
        (dt.date(2023, 10, 31), "Ba Tơ, ngày 31 tháng 10 năm 2023"),
        (dt.date(2023, 12, 25), "Ba Tơ, ngày 25 tháng 12 năm 2023"),
    ],
)
def test_date_line_padding(date, expected):
    """Day below 10 zero-padded; only months 1 and 2 zero-padded."""
    assert format_date_line("Ba Tơ", date) == expected


def test_draft_date_line_keeps_the_year():
    assert format_date_line("Ba Tơ", None, 2023) == "Ba Tơ, ngày      tháng      năm 2023"


def test_date_line_year_checks():
    with pytest.raises(ValueError):
        format_date_line("Ba Tơ", None)  # a draft needs its year
    with pytest.raises(ValueError):
        format_date_line("Ba Tơ", dt.date(2023, 2, 5), 2024)
    assert format_date_line("Ba Tơ", dt.date(2023, 2, 5), 2023).endswith("năm 2023")


def test_header_lines_and_draft():
    draft = docsamples.plan_header()
    assert draft.is_draft and draft.year == 2023
    assert draft.number_line == "Số:      /KH-UBND"
    assert draft.date_line == "Ba Tơ, ngày      tháng      năm 2023"
    issued = docsamples.plan_header(number=5, date=dt.date(2023, 2, 5))
    assert not issued.is_draft
    assert issued.number_line == "Số: 05/KH-UBND"
    assert issued.date_line == "Ba Tơ, ngày 05 tháng 02 năm 2023"


def test_header_year_comes_from_the_date():
    h = Header(("ỦY BAN NHÂN DÂN", "HUYỆN BA TƠ"), "KH-UBND", "Ba Tơ", date=dt.date(2024, 3, 1))
    assert h.year == 2024
    with pytest.raises(ValueError):
        Header(("UBND",), "KH-UBND", "Ba Tơ")  # neither date nor year
    with pytest.raises(ValueError):
        Header(("UBND",), "KH-UBND", "Ba Tơ", date=dt.date(2024, 3, 1), year=2023)
    with pytest.raises(ValueError):
        Header((), "KH-UBND", "Ba Tơ", year=2023)


def test_appendix_reference():
    issued = format_appendix_reference("Kế hoạch", 5, "KH-UBND", dt.date(2023, 2, 5), None,
                                       "Ủy ban nhân dân huyện Ba Tơ")
    assert issued == ("(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 02 năm 2023 "
                      "của Ủy ban nhân dân huyện Ba Tơ)")
    draft = format_appendix_reference("Kế hoạch", None, "KH-UBND", None, 2023, "Ủy ban nhân dân huyện Ba Tơ")
    assert draft == ("(Kèm theo Kế hoạch số      /KH-UBND ngày      tháng      năm 2023 "
                     "của Ủy ban nhân dân huyện Ba Tơ)")


# --- punctuation helpers -------------------------------------------------------------------


def test_recipient_lines_add_the_punctuation():
    lines = recipient_lines(["Sở Thông tin và Truyền thông", "Thường trực Huyện ủy", "Lưu: VT, VHTT"])
    assert lines == ["- Sở Thông tin và Truyền thông;", "- Thường trực Huyện ủy;", "- Lưu: VT, VHTT."]


def test_recipient_lines_do_not_double_punctuation():
    lines = recipient_lines(["- Như trên;", "  Lưu:  VT, VHTT. ", ""])
    assert lines == ["- Như trên;", "- Lưu: VT, VHTT."]


def test_addressee_lines():
    assert addressee_lines(["Sở Thông tin và Truyền thông"]) == ["Sở Thông tin và Truyền thông."]
    assert addressee_lines(["A", "B", "C"]) == ["- A;", "- B;", "- C."]


def test_basis_lines():
    assert basis_lines(["Căn cứ A;", "Căn cứ B"]) == ["Căn cứ A;", "Căn cứ B."]


def test_letter_summary_gets_one_vv_prefix():
    assert letter_summary_lines(["đôn đốc thực hiện"]) == ["V/v đôn đốc thực hiện"]
    assert letter_summary_lines(["V/v đôn đốc thực hiện", "năm 2023"]) == ["V/v đôn đốc thực hiện", "năm 2023"]
    assert letter_summary_lines([]) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("chỉ đạo thực hiện.", "chỉ đạo thực hiện./."),
        ("chỉ đạo thực hiện", "chỉ đạo thực hiện./."),
        ("chỉ đạo thực hiện;", "chỉ đạo thực hiện./."),
        ("chỉ đạo thực hiện./.", "chỉ đạo thực hiện./."),
    ],
)
def test_closing_mark(text, expected):
    assert with_closing_mark(text) == expected


def test_roman():
    assert [roman(n) for n in (1, 4, 6, 9, 14)] == ["I", "IV", "VI", "IX", "XIV"]


# --- parts ---------------------------------------------------------------------------------


def test_heading_display():
    assert Heading(1, "Mục tiêu", "II").display_text == "II. MỤC TIÊU"
    assert Heading(2, "Nhận thức số", "1").display_text == "1. Nhận thức số"
    assert Heading(2, "Chỉ tiêu", "1.1").display_text == "1.1. Chỉ tiêu"
    assert Heading(3, "Bảo đảm an toàn", "a").display_text == "a) Bảo đảm an toàn"
    assert Heading(1, "Mục tiêu").display_text == "MỤC TIÊU"
    assert Heading(1, "x", "I").is_bold and Heading(2, "x", "1").is_bold
    assert not Heading(3, "x", "a").is_bold  # ND30: a point is not bold
    assert Heading(3, "x", "a", bold=True, italic=True).is_italic
    with pytest.raises(ValueError):
        Heading(4, "x")


def test_bullet_markers():
    assert Bullet("Triển khai").display_text == "- Triển khai"
    assert Bullet("Triển khai", "+").display_text == "+ Triển khai"
    with pytest.raises(ValueError):
        Bullet("x", "1.")


def test_paragraph_accepts_strings_and_spans():
    p = Paragraph("Một đoạn.")
    assert p.spans == (Span("Một đoạn."),) and p.text == "Một đoạn."
    q = Paragraph((Span("Kinh tế số: ", italic=True), "tỷ trọng 10%."))
    assert q.text == "Kinh tế số: tỷ trọng 10%." and q.spans[0].italic and not q.spans[1].italic


def test_everything_is_nfc_and_immutable():
    doc = AdminDocument(
        kind=DocumentKind.PLAN,
        header=Header((nfd("ỦY BAN NHÂN DÂN"), nfd("HUYỆN BA TƠ")), "KH-UBND", nfd("Ba Tơ"), year=2023),
        summary=[nfd("Chuyển đổi số huyện Ba Tơ năm 2023")],
        bases=[nfd("Căn cứ Luật Tổ chức chính quyền địa phương")],
        intro=[nfd("Ủy ban nhân dân huyện ban hành Kế hoạch như sau:")],
        blocks=[Heading(1, nfd("Mục tiêu"), "I"), Bullet(nfd("Nâng cao nhận thức")),
                Table((Column(nfd("Nhiệm vụ"), 1),), (Row((nfd("Số hóa"),)), GroupRow(nfd("Hạ tầng số"))))],
        recipients=[nfd("Lưu: VT, VHTT")],
        signer=Signer((nfd("CHỦ TỊCH"),), nfd("Phạm Xuân Vinh")),
        appendices=[Appendix(nfd("Danh mục nhiệm vụ"), [nfd("Ghi chú")], reference=nfd("Kèm theo"))],
    )
    texts = list(doc.iter_text())
    assert len(texts) > 15
    for text in texts:
        assert unicodedata.is_normalized("NFC", text), text
    assert isinstance(doc.summary, tuple) and isinstance(doc.blocks, tuple)
    assert isinstance(doc.intro[0], Paragraph)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.summary = ()  # type: ignore[misc]


def test_table_validation():
    cols = (Column("STT", 10, Align.CENTER), Column("Nhiệm vụ", 80))
    t = Table(cols, [Row(("1", "Số hóa")), GroupRow("Hạ tầng số", label="I")])
    assert t.headers == ((HeaderCell("STT"), HeaderCell("Nhiệm vụ")),)
    with pytest.raises(ValueError):
        Table(cols, [Row(("1",))])
    with pytest.raises(ValueError):
        Table(cols, header_rows=[[HeaderCell("STT")]])
    with pytest.raises(ValueError):
        Column("x", 0)
    with pytest.raises(TypeError):
        Table(cols, ["1, Số hóa"])


def test_signer_validation():
    with pytest.raises(ValueError):
        Signer(())
    with pytest.raises(ValueError):
        Signer(("CHỦ TỊCH",), "A", gap_lines=1)


def test_appendix_display():
    a = Appendix("Danh mục nhiệm vụ", reference="Kèm theo Kế hoạch số 05/KH-UBND")
    assert a.display_title == "DANH MỤC NHIỆM VỤ"
    assert a.display_reference == "(Kèm theo Kế hoạch số 05/KH-UBND)"
    assert Appendix("x").display_reference is None


def test_document_kinds():
    assert DocumentKind.PLAN.type_name == "KẾ HOẠCH" and DocumentKind.PLAN.abbreviation == "KH"
    assert DocumentKind.REPORT.type_name == "BÁO CÁO" and DocumentKind.REPORT.abbreviation == "BC"
    assert DocumentKind.LETTER.type_name is None
    assert docsamples.reminder_letter().title_text == "Công văn V/v đôn đốc thực hiện các nhiệm vụ chuyển đổi số năm 2023"
    assert docsamples.bato_plan().title_text == "KẾ HOẠCH Chuyển đổi số huyện Ba Tơ năm 2023"
    with pytest.raises(TypeError):
        AdminDocument(kind="plan", header=docsamples.plan_header())  # type: ignore[arg-type]


# --- layout metrics ------------------------------------------------------------------------


def test_text_widths_match_times_new_roman():
    """Reference widths measured with Liberation Serif (metric-compatible with Times New Roman)."""
    assert layout.text_width_mm(layout.NATIONAL_TITLE, 13, bold=True) == pytest.approx(95.7, abs=0.2)
    assert layout.text_width_mm(layout.MOTTO, 14, bold=True) == pytest.approx(60.5, abs=0.2)
    assert layout.text_width_mm("Chuyển đổi số huyện Ba Tơ năm 2023", 14, bold=True) == pytest.approx(80.0, abs=0.3)
    assert layout.text_width_mm("Ba Tơ, ngày      tháng      năm 2023", 14, italic=True) == pytest.approx(69.9, abs=0.3)


def test_national_title_fits_the_right_column_at_13pt():
    assert layout.national_title_pt() == 13
    assert layout.text_width_mm(layout.NATIONAL_TITLE, 13, bold=True) < layout.HEADER_RIGHT_MM
    assert layout.HEADER_LEFT_MM + layout.HEADER_RIGHT_MM == pytest.approx(layout.PORTRAIT.text_width)
