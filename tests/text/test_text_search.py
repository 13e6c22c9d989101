import unicodedata

import pytest

from dxdesk.text import fold, matches


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Chuyển Đổi Số", "chuyen doi so"),
        ("ĐƯỜNG HỒ CHÍ MINH", "duong ho chi minh"),
        ("Đắk Lắk", "dak lak"),
        ("  Ủy   ban\tnhân\u00a0dân ", "uy ban nhan dan"),
        ("Thừa Thiên Huế", "thua thien hue"),
        ("Quỹ, Kỹ thuật; Nghị định 45/2019", "quy, ky thuat; nghi dinh 45/2019"),
        ("Plain ASCII", "plain ascii"),
        ("", ""),
    ],
)
def test_fold(text, key):
    assert fold(text) == key


def test_fold_decomposed_input_gives_the_same_key():
    assert fold(unicodedata.normalize("NFD", "Chuyển Đổi Số")) == "chuyen doi so"


def test_fold_ignores_soft_hyphen_and_zero_width_joiner():
    assert fold("chuy\u00adển đ\u200dổi") == "chuyen doi"


def test_matches_every_word_in_any_order():
    title = "Kế hoạch Chuyển đổi số huyện Ba Tơ năm 2023"
    assert matches("chuyen doi", title)
    assert matches("so chuyen", title)
    assert matches("BA TO 2023", title)
    assert matches("Chuyển đổi số", title)
    assert matches("ke hoa", title)  # substring of a word
    assert not matches("chuyen doi tinh", title)
    assert not matches("Ba Vì", title)


def test_matches_dd_and_d():
    assert matches("dong", "Phòng Đông Hà")
    assert matches("đông", "Dong Ha")


def test_empty_query_matches_everything():
    assert matches("", "Bất kỳ")
    assert matches("   ", "")
    assert not matches("a", "")
