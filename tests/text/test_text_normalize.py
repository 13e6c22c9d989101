import unicodedata

from dxdesk.text import clean, nfc, strip_control

DECOMPOSED = unicodedata.normalize("NFD", "Chuyển đổi số")


def test_nfc_composes_decomposed_text():
    assert DECOMPOSED != "Chuyển đổi số"
    assert nfc(DECOMPOSED) == "Chuyển đổi số"
    assert nfc("ASCII only") == "ASCII only"


def test_clean_collapses_every_kind_of_whitespace():
    text = "  Phòng\u00a0Tài\tchính\n-\u200bKế\u2003hoạch \r\n "
    assert clean(text) == "Phòng Tài chính - Kế hoạch"


def test_clean_removes_control_and_invisible_characters():
    assert clean("Ủy\x00 ban\x07 nhân\x1b dân\x7f\x9f") == "Ủy ban nhân dân"
    assert clean("Việt\u200dNam\u200e") == "ViệtNam"
    assert clean("\ufeffBáo cáo") == "Báo cáo"


def test_clean_returns_nfc():
    assert clean(DECOMPOSED) == "Chuyển đổi số"
    assert clean("  " + DECOMPOSED + "  ") == unicodedata.normalize("NFC", DECOMPOSED)


def test_clean_empty_and_blank():
    assert clean("") == ""
    assert clean(" \t\n\u00a0\u200b") == ""


def test_clean_keep_newlines_keeps_lines_and_tabs():
    text = "  Dòng 1  \r\nDòng\u00a0\u00a02\rCột\tA\x00\n\n  Dòng  cuối  "
    assert clean(text, keep_newlines=True) == "Dòng 1\nDòng 2\nCột\tA\n\nDòng cuối"


def test_clean_keep_newlines_normalises_other_line_breaks():
    assert clean("a\u2028b\u2029c\x0bd\x0ce\x85f", keep_newlines=True) == "a\nb\nc\nd\ne\nf"
    assert clean("\n\n  \n", keep_newlines=True) == ""


def test_strip_control_keeps_tab_newline_return_and_text():
    assert strip_control("A\tB\nC\rD") == "A\tB\nC\rD"
    assert strip_control("Kế\x00hoạch\x0b\x0c\x1f\x7f\x80\x85\x9f số") == "Kếhoạch số"
    assert strip_control("\u00a0Đ\u200b") == "\u00a0Đ\u200b"  # not control characters
