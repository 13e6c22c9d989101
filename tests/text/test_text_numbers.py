import pytest

from dxdesk.text.numbers import format_number


@pytest.mark.parametrize("value, text", [
    (None, ""), (0, "0"), (15.0, "15"), (60.4, "60,4"), (1079, "1.079"),
    (1234567.25, "1.234.567,2"), (99.96, "100"), (-3.5, "-3,5"),
])
def test_format_number(value, text):
    assert format_number(value) == text
