import pytest

from dxdesk.text.numbers import format_number, parse_number


@pytest.mark.parametrize("value, text", [
    (None, ""), (0, "0"), (15.0, "15"), (60.4, "60,4"), (1079, "1.079"),
    (1234567.25, "1.234.567,2"), (99.96, "100"), (-3.5, "-3,5"),
])
def test_format_number(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize("text, value", [
    ("60,4", 60.4), ("60.4", 60.4), ("1.079", 1079), ("1.079,5", 1079.5), ("85 %", 85),
    ("", None), ("0,25", 0.25), ("12.50", 12.5),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_parse_number_refuses_words():
    with pytest.raises(ValueError):
        parse_number("tám mươi")
